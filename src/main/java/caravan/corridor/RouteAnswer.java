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
    WhatIf whatIf) {
  public RouteAnswer {
    routes = List.copyOf(routes);
    reasons = List.copyOf(reasons);
    alternatives = List.copyOf(alternatives);
  }

  public RouteAnswer(
      RouteQuery query, List<Route> routes, List<String> reasons, List<Alternative> alternatives) {
    this(query, routes, reasons, alternatives, null);
  }

  public RouteAnswer(RouteQuery query, List<Route> routes, List<String> reasons) {
    this(query, routes, reasons, List.of(), null);
  }

  RouteAnswer withWhatIf(WhatIf w) {
    return new RouteAnswer(query, routes, reasons, alternatives, w);
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
   * @param why which Pareto route beats it, in words
   */
  public record Alternative(String entry, Route route, String why) {}

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
      List<String> capacity) {
    public Route {
      capacity = List.copyOf(capacity);
      steps = List.copyOf(steps);
      crossings = List.copyOf(crossings);
      gaugeBreaks = List.copyOf(gaugeBreaks);
      estimates = List.copyOf(estimates);
    }
  }

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
