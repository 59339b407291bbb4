package caravan.corridor;

import caravan.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans routes over the network with the Pareto search: each routable link becomes a leg priced by
 * the cost model for the cargo and tonnage asked about (its own time, half the headway waiting for
 * a sailing, port calls, the crossing's dwell and fee, and at a gauge break either a bogie exchange
 * or a transshipment, as two alternative legs). Every step keeps the links.csv line and the figures
 * it was priced with, so an answer traces to its rows and names its estimates.
 */
public final class NetworkPlanner implements RoutePlanner {
  static final List<String> MODES = List.of("rail", "sea", "road");

  /**
   * The network as the planner prices it for a cargo and tonnage: the graph its searches run on
   * (for the route bench, which times the search on what users are answered from).
   */
  public static RouteGraph graphFor(Network network, String cargo, double tonnes) {
    RouteQuery q = new RouteQuery("", "", cargo, tonnes, Set.of(), Set.copyOf(MODES), Set.of());
    return priced(network, q).graph();
  }

  /** The priced graph and what maps its node numbers and payloads back to the network. */
  private record Priced(
      RouteGraph graph,
      List<Node> nodes,
      Map<String, Integer> index,
      Map<String, Integer> countries,
      List<List<RouteAnswer.Step>> stepsByPayload,
      Set<Integer> cargoClosed,
      Set<Integer> whatIfClosed) {}

  @Override
  public RouteAnswer plan(Network network, RouteQuery q) {
    Priced priced = priced(network, q);
    List<Node> nodes = priced.nodes();
    Map<String, Integer> index = priced.index();
    Map<String, Integer> countries = priced.countries();
    List<List<RouteAnswer.Step>> stepsByPayload = priced.stepsByPayload();
    Set<Integer> cargoClosed = priced.cargoClosed(), whatIfClosed = priced.whatIfClosed();
    List<Link> links = network.links();
    ParetoSearch search = new ParetoSearch(priced.graph());
    Set<Integer> avoidNodes = new HashSet<>(), avoidCountries = new HashSet<>();
    for (String a : q.avoid()) {
      if (index.containsKey(a)) avoidNodes.add(index.get(a));
      else if (countries.containsKey(a.toUpperCase(Locale.ROOT)))
        avoidCountries.add(countries.get(a.toUpperCase(Locale.ROOT)));
    }
    Set<Integer> forbidden = new HashSet<>();
    for (String m : MODES) if (!q.modes().contains(m)) forbidden.add(MODES.indexOf(m));
    Set<Integer> closed = new HashSet<>(cargoClosed);
    closed.addAll(whatIfClosed);
    RouteFilter filter = new RouteFilter(avoidNodes, avoidCountries, forbidden, closed);
    ParetoAnswer a = search.search(index.get(q.from()), index.get(q.to()), filter);
    List<RouteAnswer.Route> routes = new ArrayList<>();
    for (ParetoRoute r : a.routes()) routes.add(route(r, stepsByPayload, nodes));
    List<RouteAnswer.Reason> reasons =
        reasons(
            a,
            q,
            search,
            index,
            new RouteFilter(avoidNodes, avoidCountries, forbidden, whatIfClosed));
    List<RouteAnswer.Alternative> alternatives =
        routes.isEmpty()
            ? List.of()
            : alternatives(
                a, search, filter, nodes, links, stepsByPayload, index.get(q.from()), q.to());
    return new RouteAnswer(
        q,
        routes,
        reasons.stream().map(RouteAnswer.Reason::text).toList(),
        alternatives,
        null,
        reasons);
  }

  /**
   * For each way out of the origin's country and into the destination's that no Pareto route takes,
   * the quickest route through it alone (every other way on that side closed): the corridors a
   * Pareto set of one hides.
   */
  private static List<RouteAnswer.Alternative> alternatives(
      ParetoAnswer best,
      ParetoSearch search,
      RouteFilter filter,
      List<Node> nodes,
      List<Link> links,
      List<List<RouteAnswer.Step>> stepsByPayload,
      int from,
      String to) {
    Map<String, Node> byId = new HashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    String home = nodes.get(from).country(), away = byId.get(to).country();
    if (home.equals(away)) return List.of();
    List<RouteAnswer.Alternative> out = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (ParetoRoute r : best.routes()) seen.add(places(route(r, stepsByPayload, nodes)));
    // the ways out of the origin's country (the KZ–TM line at Bolashak, the ports of Aktau and
    // Kuryk) and the ways into the destination's (Sarakhs, Inche Burun, the Caspian ports)
    for (boolean leaving : new boolean[] {true, false}) {
      String country = leaving ? home : away;
      // the payloads of each way, named inside → outside when leaving, outside → inside when
      // entering; a crossing's rail and road links (and both gauge-break variants) are one way
      Map<String, Set<Integer>> ways = new java.util.LinkedHashMap<>();
      for (int p = 0; p < stepsByPayload.size(); p++) {
        if (stepsByPayload.get(p) == null) continue;
        Link l = links.get(p / 2);
        boolean a = byId.get(l.from()).country().equals(country);
        boolean b = byId.get(l.to()).country().equals(country);
        if (a == b) continue;
        String inside = a ? l.from() : l.to(), outside = a ? l.to() : l.from();
        String way = leaving ? inside + "–" + outside : outside + "–" + inside;
        ways.computeIfAbsent(way, k -> new HashSet<>()).add(p);
      }
      for (Map.Entry<String, Set<Integer>> e : ways.entrySet()) {
        Set<Integer> closed = new HashSet<>(filter.closedPayloads());
        ways.forEach((k, ps) -> closed.addAll(k.equals(e.getKey()) ? Set.of() : ps));
        RouteFilter only =
            new RouteFilter(
                filter.avoidNodes(), filter.avoidCountries(), filter.forbiddenModes(), closed);
        ParetoAnswer a = search.search(from, indexOf(nodes, to), only);
        if (a.routes().isEmpty()) continue;
        ParetoRoute quickest = a.routes().get(0); // the search orders its routes by time
        RouteAnswer.Route route = route(quickest, stepsByPayload, nodes);
        if (!seen.add(places(route))) continue; // a Pareto route, or one already listed
        int beatenBy = 0;
        for (int i = 0; i < best.routes().size() && beatenBy == 0; i++) {
          if (best.routes().get(i).totals().dominates(quickest.totals())) beatenBy = i + 1;
        }
        RouteAnswer.Alternative alt = new RouteAnswer.Alternative(e.getKey(), route, beatenBy, "");
        out.add(
            new RouteAnswer.Alternative(
                e.getKey(), route, beatenBy, RouteWords.why(alt).english()));
      }
    }
    out.sort(java.util.Comparator.comparingDouble(x -> x.route().hours()));
    return out;
  }

  /** The places a route passes, in order: two routes through the same places are one. */
  private static List<String> places(RouteAnswer.Route r) {
    List<String> out = new ArrayList<>();
    for (RouteAnswer.Step s : r.steps()) {
      if (out.isEmpty()) out.add(s.from());
      if (!out.get(out.size() - 1).equals(s.to())) out.add(s.to());
    }
    return out;
  }

  private static int indexOf(List<Node> nodes, String id) {
    for (int i = 0; i < nodes.size(); i++) if (nodes.get(i).id().equals(id)) return i;
    return -1;
  }

  private static Priced priced(Network network, RouteQuery q) {
    List<Node> nodes = new ArrayList<>(network.allNodes());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).id(), i);
    Map<String, Integer> countries = new HashMap<>();
    RouteGraph.Builder b = RouteGraph.builder(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      b.country(i, countries.computeIfAbsent(nodes.get(i).country(), c -> countries.size()));
    }
    // payload = 2 × link index + variant (1: transshipment at a gauge break instead of bogies)
    List<List<RouteAnswer.Step>> stepsByPayload = new ArrayList<>();
    Set<Integer> cargoClosed = new HashSet<>(), whatIfClosed = new HashSet<>();
    List<Link> links = network.links();
    Map<String, Crossing> crossings = new HashMap<>();
    network.crossings().forEach(c -> crossings.put(c.link().id(), c));
    for (int li = 0; li < links.size(); li++) {
      stepsByPayload.add(null);
      stepsByPayload.add(null);
      Link l = links.get(li);
      if (!l.routable()) continue;
      Crossing c = crossings.get(l.id());
      List<List<RouteAnswer.Step>> variants = new ArrayList<>();
      variants.add(steps(network, l, c, q, false));
      if (c != null && c.gaugeBreak().isPresent()) variants.add(steps(network, l, c, q, true));
      for (int v = 0; v < variants.size(); v++) {
        int payload = 2 * li + v;
        stepsByPayload.set(payload, variants.get(v));
        b.both(
            index.get(l.from()),
            index.get(l.to()),
            MODES.indexOf(l.mode()),
            criteria(variants.get(v)),
            payload);
        if (!l.accepts(q.cargo())) cargoClosed.add(payload);
        if (closes(q.closedLinks(), l)) whatIfClosed.add(payload);
      }
    }
    return new Priced(
        b.build(), nodes, index, countries, stepsByPayload, cargoClosed, whatIfClosed);
  }

  static boolean closes(Set<String> closed, Link l) {
    for (String c : closed) {
      String k = c.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
      if (k.equals(l.from() + "-" + l.to())
          || k.equals(l.to() + "-" + l.from())
          || k.equals(String.valueOf(l.line()))) return true;
    }
    return false;
  }

  private static List<RouteAnswer.Reason> reasons(
      ParetoAnswer a,
      RouteQuery q,
      ParetoSearch search,
      Map<String, Integer> index,
      RouteFilter withoutCargo) {
    List<RouteAnswer.Reason> out = new ArrayList<>();
    String avoided = String.join(", ", q.avoid());
    switch (a.outcome()) {
      case COMPLETE -> {}
      case TRUNCATED -> out.add(reason("truncated", String.valueOf(a.maxLabels())));
      case SAME_PLACE -> out.add(reason("samePlace", q.from()));
      case ENDPOINT_AVOIDED -> out.add(reason("endpoint", avoided));
      case NOT_CONNECTED -> out.add(reason("notConnected", q.from(), q.to()));
      case FILTERED_OUT -> {
        ParetoAnswer open = search.search(index.get(q.from()), index.get(q.to()), withoutCargo);
        if (!open.routes().isEmpty()) {
          out.add(reason("cargo", q.cargo()));
        } else {
          for (ParetoAnswer.Part p : a.blocking()) {
            out.add(
                switch (p) {
                  case AVOIDED_NODES -> reason("avoidedPlaces", avoided);
                  case AVOIDED_COUNTRIES -> reason("avoidedCountries", avoided);
                  case FORBIDDEN_MODES -> reason("modes", String.join(", ", q.modes()));
                  case CLOSED_LINKS -> reason("closed", String.join(", ", q.closedLinks()));
                });
          }
          if (out.isEmpty())
            out.add(
                reason(
                    "together",
                    avoided,
                    String.join(", ", q.modes()),
                    String.join(", ", q.closedLinks())));
        }
      }
    }
    return out;
  }

  /** A reason by its code; its text the English of the bundles' cor.reason.CODE. */
  private static RouteAnswer.Reason reason(String code, String... args) {
    RouteAnswer.Reason r = new RouteAnswer.Reason(code, List.of(args), "");
    return new RouteAnswer.Reason(code, r.args(), RouteWords.reason(r).english());
  }

  private static Criteria criteria(List<RouteAnswer.Step> steps) {
    double h = 0, usd = 0;
    int x = 0;
    for (RouteAnswer.Step s : steps) {
      h += s.hours().value();
      usd += s.usd().value();
      if (s.what().equals("transshipment") || s.what().equals("port call")) x++;
    }
    return new Criteria(h, usd, x);
  }

  /** The steps of one link for one cargo and tonnage; costs per tonne × tonnes. */
  private static List<RouteAnswer.Step> steps(
      Network n, Link l, Crossing c, RouteQuery q, boolean transship) {
    CostModel m = n.costs();
    List<RouteAnswer.Step> out = new ArrayList<>();
    Measure km = l.distanceKm().orElseThrow();
    String mode = l.mode();
    Measure rate = m.get("tonne_km", mode, q.cargo(), "USD/t-km");
    Measure legCost =
        new Measure(
            km.value() * rate.value() * q.tonnes(),
            worst(km, rate),
            Text.of(
                "lang.how.legCost",
                String.format(Locale.ROOT, "%.0f", km.value()),
                NetworkLoader.plain(rate.value()),
                NetworkLoader.plain(q.tonnes())));
    boolean handled = mode.equals("sea") && !l.kind().equals("ferry");
    if (mode.equals("sea")) {
      Measure head = l.headwayHours().orElseThrow();
      out.add(
          step(
              "waiting for a sailing",
              l,
              new Measure(
                  head.value() / 2,
                  head.basis(),
                  Text.of("lang.how.halfHeadway", NetworkLoader.plain(head.value()), head.text())),
              zero(),
              zero()));
      Measure call = m.get("port_call", "sea", q.cargo(), "USD/t");
      Measure dwell = m.get("dwell", "sea", q.cargo(), "h");
      out.add(
          step(handled ? "port call" : "ferry loading", l, dwell, times(call, q.tonnes()), zero()));
    }
    // the road links are border links between rail stations: a truck leg is loaded and unloaded
    Measure th = m.get("transshipment", "rail", q.cargo(), "h");
    Measure tc = times(m.get("transshipment", "rail", q.cargo(), "USD/t"), q.tonnes());
    if (mode.equals("road")) out.add(step("transshipment", l, th, tc, zero()));
    out.add(step("leg", l, l.hours().orElseThrow(), legCost, km));
    if (mode.equals("road")) out.add(step("transshipment", l, th, tc, zero()));
    if (mode.equals("sea")) {
      Measure call = m.get("port_call", "sea", q.cargo(), "USD/t");
      out.add(
          step(
              handled ? "port call" : "ferry unloading",
              l,
              m.get("dwell", "sea", q.cargo(), "h"),
              times(call, q.tonnes()),
              zero()));
    }
    if (c != null) {
      out.add(
          step(
              "border crossing " + c.countryFrom() + "→" + c.countryTo(),
              l,
              c.dwellHours(),
              times(m.get("crossing", "border", q.cargo(), "USD/t"), q.tonnes()),
              zero()));
      if (c.gaugeBreak().isPresent()) {
        GaugeBreak g = c.gaugeBreak().get();
        out.add(
            transship
                ? step(
                    "transshipment",
                    l,
                    g.transshipmentHours(),
                    times(g.transshipmentUsdPerTonne(), q.tonnes()),
                    zero())
                : step(
                    "bogie exchange",
                    l,
                    g.bogieExchangeHours(),
                    times(g.bogieExchangeUsdPerTonne(), q.tonnes()),
                    zero()));
      }
    }
    return out;
  }

  private static Basis worst(Measure a, Measure b) {
    return a.basis().ordinal() >= b.basis().ordinal() ? a.basis() : b.basis();
  }

  private static Measure times(Measure perTonne, double tonnes) {
    return new Measure(
        perTonne.value() * tonnes,
        perTonne.basis(),
        Text.of("lang.how.times", perTonne.text(), NetworkLoader.plain(tonnes)));
  }

  private static Measure zero() {
    return new Measure(0, Basis.STATED, "");
  }

  private static RouteAnswer.Step step(
      String what, Link l, Measure hours, Measure usd, Measure km) {
    return new RouteAnswer.Step(what, l.from(), l.to(), l.mode(), l.line(), hours, usd, km);
  }

  private static RouteAnswer.Route route(
      ParetoRoute r, List<List<RouteAnswer.Step>> stepsByPayload, List<Node> nodes) {
    List<RouteAnswer.Step> steps = new ArrayList<>();
    for (int i = 0; i < r.payloads().size(); i++) {
      // a step runs the way the route goes, whichever way links.csv lists its link
      String from = nodes.get(r.nodes().get(i)).id(), to = nodes.get(r.nodes().get(i + 1)).id();
      for (RouteAnswer.Step s : stepsByPayload.get(r.payloads().get(i))) {
        String what = s.what();
        if (!s.from().equals(from) && what.startsWith("border crossing ")) {
          String[] c = what.substring("border crossing ".length()).split("→");
          what = "border crossing " + c[1] + "→" + c[0];
        }
        steps.add(
            new RouteAnswer.Step(what, from, to, s.mode(), s.link(), s.hours(), s.usd(), s.km()));
      }
    }
    List<String> crossings = new ArrayList<>();
    for (RouteAnswer.Step s : steps) {
      if (s.what().startsWith("border crossing"))
        crossings.add(s.from() + "–" + s.to() + " (" + s.what().substring(16) + ")");
    }
    return new RouteAnswer.Route(
        steps,
        r.totals().hours(),
        r.totals().costUsd(),
        r.totals().transshipments(),
        crossings,
        RouteWords.gaugeBreaks(steps).stream().map(Text::english).toList(),
        RouteWords.estimates(steps).stream().map(Text::english).toList(),
        List.of(),
        List.of());
  }
}
