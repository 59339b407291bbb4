package caravan.cli;

import caravan.corridor.Measure;
import caravan.corridor.RouteAnswer;
import caravan.corridor.RouteQuery;
import caravan.corridor.RouteWords;
import caravan.text.Messages;
import java.util.List;
import java.util.Locale;

/**
 * {@code caravan route}'s table in the reader's language: the query and how many routes, the
 * reasons, what a closure changed, each route's totals and steps, then the other corridors. Numbers
 * keep the CLI's plain digits (1,234.5) in every language, so columns line up and scripts read
 * them.
 */
final class RouteTable {
  private final Messages m;

  // the mode column as wide as the language's longest mode word ("rail" in English)
  private final int modeWidth;

  RouteTable(Messages m) {
    this.m = m;
    this.modeWidth =
        java.util.stream.Stream.of("rail", "sea", "road")
            .mapToInt(x -> m.get("corr.page.mode." + x).length())
            .max()
            .orElse(4);
  }

  void print(RouteAnswer a) {
    RouteQuery q = a.query();
    System.out.println(
        m.get(
            "cor.cli.routes",
            q.from(),
            q.to(),
            m.get("corr.page.cargo." + q.cargo()),
            trim(q.tonnes()),
            String.valueOf(a.routes().size())));
    a.reasons().forEach(r -> System.out.println("  " + r));
    RouteAnswer.WhatIf w = a.whatIf();
    if (w != null) {
      System.out.println(
          m.get(
              "corr.page.whatIf",
              String.join(", ", q.closedLinks()),
              String.valueOf(w.routesClosed()),
              String.valueOf(w.routesOpen()),
              hours(w.quickestHoursClosed()),
              hours(w.quickestHoursOpen()),
              usd(w.lowestUsdClosed()),
              usd(w.lowestUsdOpen())));
    }
    int i = 0;
    for (RouteAnswer.Route r : a.routes()) {
      System.out.println();
      System.out.println(
          m.get(
              "cor.cli.route",
              String.valueOf(++i),
              one(r.hours()),
              one(r.hours() / 24),
              whole(r.usd()),
              String.valueOf(r.transshipments())));
      printRoute(r);
    }
    if (!a.alternatives().isEmpty()) {
      System.out.println();
      System.out.println(m.get("cor.cli.others"));
    }
    char letter = 'A';
    for (RouteAnswer.Alternative alt : a.alternatives()) {
      RouteAnswer.Route r = alt.route();
      System.out.println();
      System.out.println(
          m.get(
              "cor.cli.alternative",
              String.valueOf(letter++),
              alt.entry(),
              one(r.hours()),
              one(r.hours() / 24),
              whole(r.usd()),
              String.valueOf(r.transshipments()),
              alt.why()));
      printRoute(r);
    }
  }

  private void printRoute(RouteAnswer.Route r) {
    if (!r.crossings().isEmpty())
      System.out.println("  " + m.get("cor.cli.crossings", String.join("; ", r.crossings())));
    if (!r.gaugeBreaks().isEmpty())
      System.out.println("  " + m.get("cor.cli.gaugeBreaks", String.join("; ", r.gaugeBreaks())));
    for (RouteAnswer.Step s : r.steps()) {
      String km =
          s.km().value() > 0
              ? " "
                  + m.get("corr.page.unit.km", String.format(Locale.ROOT, "%6.0f", s.km().value()))
              : "          ";
      System.out.printf(
          Locale.ROOT,
          "  %-28s %-7s → %-7s %-" + modeWidth + "s %s %s%s  links.csv:%d%s%n",
          RouteWords.step(s.what()).in(m.lang()),
          s.from(),
          s.to(),
          s.mode() == null ? "" : m.get("corr.page.mode." + s.mode()),
          m.get("corr.page.unit.hours", String.format(Locale.ROOT, "%7.1f", s.hours().value())),
          m.get("corr.page.unit.usd", String.format(Locale.ROOT, "%9.0f", s.usd().value())),
          km,
          s.link(),
          mark(s));
    }
    System.out.println("  " + m.get("cor.cli.estimates", String.valueOf(r.estimates().size())));
  }

  private static String mark(RouteAnswer.Step s) {
    return List.of(s.hours(), s.usd(), s.km()).stream().anyMatch(Measure::isEstimate) ? " *" : "";
  }

  private String hours(Double h) {
    return h == null ? m.get("corr.page.none") : m.get("corr.page.unit.hours", one(h));
  }

  private String usd(Double v) {
    return v == null ? m.get("corr.page.none") : m.get("corr.page.unit.usd", whole(v));
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String whole(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
