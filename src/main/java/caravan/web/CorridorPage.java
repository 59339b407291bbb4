package caravan.web;

import caravan.access.User;
import caravan.corridor.Link;
import caravan.corridor.Measure;
import caravan.corridor.Network;
import caravan.corridor.Node;
import caravan.corridor.RouteAnswer;
import caravan.text.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the corridor page shows: the planner form as asked, the places it offers, the map's data
 * addresses and, when a plan was asked, the routes (server-rendered, so the list works without
 * script) or the reason there are none.
 */
public record CorridorPage(
    Messages m,
    User user,
    String csrf,
    String path,
    String pairTitle,
    List<String> highlight,
    CorridorPlan plan,
    Network network,
    RouteAnswer answer,
    String problem) {

  /** A place the form offers, in the page's language, with its id. */
  public record Place(String id, String name) {}

  public List<Place> places() {
    return network.allNodes().stream()
        .map(n -> new Place(n.id(), name(n)))
        .sorted(Comparator.comparing(Place::name))
        .toList();
  }

  public String name(String id) {
    Node n = network.node(id);
    return n == null ? id : name(n);
  }

  private String name(Node n) {
    return n.name(m.lang());
  }

  /** The route API address for the plan asked, or "" when none was asked. */
  public String routesApi() {
    return plan.asked() ? "/api/v1/routes?" + plan.query() : "";
  }

  public String networkApi() {
    return "/api/v1/corridor/network";
  }

  public String mapData() {
    return CorridorRoutes.MAP_DATA;
  }

  public List<RouteAnswer.Route> routes() {
    return answer == null ? List.of() : answer.routes();
  }

  /** The node sequence of a step, as the map draws it: "KZ_ALA>KZ_AKT rail". */
  public static String legKey(RouteAnswer.Step s) {
    return s.from() + ">" + s.to() + " " + s.mode();
  }

  /**
   * The legs of a route that move between two places, in order, as {@link #legKey}s; a step that
   * repeats the one before (a wait for the sailing it precedes) counts once. corridor.js draws the
   * same.
   */
  public static List<String> legs(RouteAnswer.Route r) {
    List<String> out = new java.util.ArrayList<>();
    RouteAnswer.Step before = null;
    for (RouteAnswer.Step s : r.steps()) {
      boolean repeat =
          before != null
              && before.from().equals(s.from())
              && before.to().equals(s.to())
              && java.util.Objects.equals(before.mode(), s.mode());
      if (!s.from().equals(s.to()) && !repeat) out.add(legKey(s));
      before = s;
    }
    return out;
  }

  public String legsAttr(RouteAnswer.Route r) {
    return String.join("|", legs(r));
  }

  /**
   * A step's kind in the page's language: "leg", "port call", "border crossing KAZ→TKM" (the
   * countries kept as codes); a kind the bundle does not know stays as the answer names it.
   */
  public String stepName(RouteAnswer.Step s) {
    String what = s.what();
    if (what.startsWith("border crossing ")) {
      return m.get("corr.page.step.border", what.substring("border crossing ".length()));
    }
    return word("corr.page.step." + what.replace(' ', '_'), what);
  }

  /** True for the first step over a link: the row that names where the leg goes. */
  public boolean startsLeg(RouteAnswer.Route r, int i) {
    if (i == 0) return true;
    RouteAnswer.Step a = r.steps().get(i - 1), b = r.steps().get(i);
    return !(a.from().equals(b.from())
        && a.to().equals(b.to())
        && java.util.Objects.equals(a.mode(), b.mode())
        && a.link() == b.link());
  }

  /** A text of the answer with each node id in it ("TM_AKY–IR_INB") written as its name. */
  /** A reason there is no route, in the page's language, its places by name. */
  public String reason(RouteAnswer.Reason r) {
    return m.get("corr.page.reason." + r.code(), r.args().stream().map(this::named).toArray());
  }

  /** Which route beats another corridor, in the page's language. */
  public String beatenBy(RouteAnswer.Alternative alt) {
    return alt.beatenBy() == 0
        ? m.get("corr.page.notBeaten")
        : m.get("corr.page.beatenBy", alt.beatenBy());
  }

  /** The route's points with a known use of their stated capacity, in the page's language. */
  public String uses(RouteAnswer.Route r) {
    return r.uses().stream()
        .map(
            u ->
                m.get(
                    u.utilisation().value() >= caravan.corridor.Volumes.NEAR_CAPACITY_PCT
                        ? "corr.page.useNear"
                        : "corr.page.use",
                    name(u.point()),
                    caravan.text.Formats.of(m.lang()).integer(u.utilisation().value()),
                    u.utilisation().isEstimate() ? m.get("corr.page.useEstimate") : ""))
        .collect(Collectors.joining("; "));
  }

  public String named(String text) {
    return NODE_ID
        .matcher(text)
        .replaceAll(x -> java.util.regex.Matcher.quoteReplacement(name(x.group())));
  }

  private static final java.util.regex.Pattern NODE_ID =
      java.util.regex.Pattern.compile("\\b[A-Z]{2}_[A-Z]{3}\\b");

  public String modeName(String mode) {
    return mode == null || mode.isEmpty() ? "" : word("corr.page.mode." + mode, mode);
  }

  public String cargoName(String cargo) {
    return word("corr.page.cargo." + cargo, cargo);
  }

  /** A measure in the page's language with its unit, "~" before an estimate; "" when none. */
  public String hours(Measure h) {
    return h == null ? "" : mark(h) + m.get("corr.page.unit.hours", number(h.value(), 1));
  }

  public String km(Measure k) {
    return k == null || k.value() == 0
        ? ""
        : mark(k) + m.get("corr.page.unit.km", number(k.value(), 0));
  }

  public String usd(Measure u) {
    return u == null ? "" : mark(u) + m.get("corr.page.unit.usd", number(u.value(), 0));
  }

  /** What the closed links changed, in the page's language; null when nothing was closed. */
  public String whatIf() {
    RouteAnswer.WhatIf w = answer == null ? null : answer.whatIf();
    if (w == null) return null;
    Function<Double, String> h =
        v -> v == null ? m.get("corr.page.none") : m.get("corr.page.unit.hours", number(v, 1));
    Function<Double, String> usd =
        v -> v == null ? m.get("corr.page.none") : m.get("corr.page.unit.usd", number(v, 0));
    return m.get(
        "corr.page.whatIf",
        named(plan.closeText()),
        w.routesClosed(),
        w.routesOpen(),
        h.apply(w.quickestHoursClosed()),
        h.apply(w.quickestHoursOpen()),
        usd.apply(w.lowestUsdClosed()),
        usd.apply(w.lowestUsdOpen()));
  }

  public String totalHours(RouteAnswer.Route r) {
    return m.get("corr.page.unit.hoursDays", number(r.hours(), 1), number(r.hours() / 24, 1));
  }

  public String totalUsd(RouteAnswer.Route r) {
    // the answer's cost is for the whole tonnage asked; per tonne beside it, to compare loads
    double tonnes = answer.query().tonnes();
    return m.get("corr.page.unit.usdTotal", number(r.usd(), 0), number(r.usd() / tonnes, 2));
  }

  /** How a measure was reached, for its hover title, when it is not a plain stated figure. */
  public String how(Measure x) {
    if (x == null || !x.isEstimate()) return null;
    return m.get("corr.page.estimate") + ": " + x.text().in(m.lang());
  }

  /**
   * The route's estimated figures with how each was reached, as {@code RouteAnswer.Route.estimates}
   * lists them, worded in the page's language with the page's names for the steps.
   */
  public List<String> estimates(RouteAnswer.Route r) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (RouteAnswer.Step s : r.steps()) {
      for (Measure x : List.of(s.hours(), s.usd(), s.km())) {
        if (x.isEstimate())
          out.add(
              m.get(
                  "lang.how.estimateLine",
                  String.valueOf(s.link()),
                  s.from(),
                  s.to(),
                  stepName(s),
                  x.text().in(m.lang())));
      }
    }
    return List.copyOf(out);
  }

  public boolean estimate(RouteAnswer.Step s) {
    return est(s.hours()) || est(s.km()) || est(s.usd());
  }

  private static boolean est(Measure x) {
    return x != null && x.isEstimate();
  }

  private String mark(Measure x) {
    return x.isEstimate() ? "~" : "";
  }

  /** The sources of the links.csv row a step comes from (none for a step of no row). */
  public List<String> sources(RouteAnswer.Step s) {
    if (s.link() <= 0) return List.of();
    Link l = byLine().get(s.link());
    return l == null ? List.of() : l.sources();
  }

  private Map<Integer, Link> byLine() {
    return network.links().stream()
        .collect(Collectors.toMap(Link::line, Function.identity(), (a, b) -> a));
  }

  private String number(double v, int digits) {
    return caravan.text.Formats.of(m.lang()).fixed(v, digits);
  }

  public String word(String key, String fallback) {
    String text = m.get(key);
    return text.startsWith("?") ? fallback : text;
  }

  /** This page in another language. */
  public String langHref(String lang) {
    return LanguageSwitch.href(path, lang);
  }

  /** The language switch: this page, with its query, in each language. */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(m, path);
  }

  public String highlightAttr() {
    return String.join(",", highlight);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
