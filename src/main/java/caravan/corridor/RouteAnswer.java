package caravan.corridor;

import java.util.List;

/**
 * A router's answer: the routes none of which is better than another on every criterion (time,
 * cost, transshipments), or, when there are none, the reasons (unknown place, nothing connects
 * them, everything avoided, no link takes the cargo).
 */
public record RouteAnswer(
    RouteQuery query,
    List<Route> routes,
    List<String> reasons,
    List<Alternative> alternatives,
    WhatIf whatIf,
    List<Reason> reasonCodes) {
  public RouteAnswer {
    routes = List.copyOf(routes);
    reasons = List.copyOf(reasons);
    alternatives = List.copyOf(alternatives);
    reasonCodes = List.copyOf(reasonCodes);
  }

  public RouteAnswer(RouteQuery query, List<Route> routes, List<String> reasons) {
    this(query, routes, reasons, List.of(), null, List.of());
  }

  RouteAnswer withWhatIf(WhatIf w) {
    return new RouteAnswer(query, routes, reasons, alternatives, w, reasonCodes);
  }

  /**
   * Why there is no route (or why the list may be short), as a code and its arguments for a page to
   * word in its own language; {@code text} is the English of {@link #reasons} (the bundles'
   * cor.reason.CODE, so {@link RouteWords#in} gives it in any language).
   */
  public record Reason(String code, List<String> args, String text) {
    public Reason {
      args = List.copyOf(args);
    }
  }

  /**
   * What closing the links changed, against the same query with everything open: the number of
   * Pareto routes, the quickest time and the lowest cost each way (null where there is no route).
   */
  public record WhatIf(
      int routesOpen,
      int routesClosed,
      Double quickestHoursOpen,
      Double quickestHoursClosed,
      Double lowestUsdOpen,
      Double lowestUsdClosed) {
    static WhatIf of(RouteAnswer open, RouteAnswer closed) {
      return new WhatIf(
          open.routes().size(),
          closed.routes().size(),
          least(open, Route::hours),
          least(closed, Route::hours),
          least(open, Route::usd),
          least(closed, Route::usd));
    }

    private static Double least(RouteAnswer a, java.util.function.ToDoubleFunction<Route> f) {
      return a.routes().stream().mapToDouble(f).min().stream().boxed().findFirst().orElse(null);
    }
  }

  /**
   * The quickest route through a way out of the origin's country or into the destination's (a
   * crossing or a port) that no Pareto route takes. A Pareto route beats it on every criterion, so
   * it is no answer to "which is best"; it is the fallback an operator asks about when a crossing
   * shuts, and the way the corridors of the talks (the KZ–TM–IR line, the Caspian ferries) show
   * beside the winner.
   *
   * @param entry the crossing or sailing it is made to take, as {@code FROM–TO} in its direction
   * @param beatenBy the number (from 1) of the Pareto route that beats it; 0 for none
   * @param why which Pareto route beats it, in English ({@link RouteWords#in} words it for a
   *     reader)
   */
  public record Alternative(String entry, Route route, int beatenBy, String why) {}

  /**
   * One route: its steps in order and its totals. {@code estimates} names every figure of it that
   * no source printed (a length from great-circle × circuity, a dwell from a comparable crossing);
   * {@code capacity} the points it passes whose utilisation of a stated capacity is known
   * (volumes.csv), those at {@link Volumes#NEAR_CAPACITY_PCT} % or more marked NEAR CAPACITY.
   */
  public record Route(
      List<Step> steps,
      double hours,
      double usd,
      int transshipments,
      List<String> crossings,
      List<String> gaugeBreaks,
      List<String> estimates,
      List<String> capacity,
      List<Use> uses) {
    public Route {
      capacity = List.copyOf(capacity);
      uses = List.copyOf(uses);
      steps = List.copyOf(steps);
      crossings = List.copyOf(crossings);
      gaugeBreaks = List.copyOf(gaugeBreaks);
      estimates = List.copyOf(estimates);
    }
  }

  /**
   * A point of a route whose use of its stated capacity is known: the English of {@code capacity}
   * as a value a page words in its own language ({@link Volumes#NEAR_CAPACITY_PCT} marks "near").
   */
  public record Use(String point, Measure utilisation) {}

  /**
   * One step: a leg over a link, waiting for a sailing, a port call, a border crossing, a gauge
   * break or a transshipment; {@code usd} for the whole tonnage asked about. {@code link} is the
   * links.csv line it comes from (0 for none), so every step traces to its row and sources.
   */
  public record Step(
      String what,
      String from,
      String to,
      String mode,
      int link,
      Measure hours,
      Measure usd,
      Measure km) {}
}
