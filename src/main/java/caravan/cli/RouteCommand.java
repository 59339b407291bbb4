package caravan.cli;

import caravan.App;
import caravan.corridor.Measure;
import caravan.corridor.RouteAnswer;
import caravan.corridor.RouteQuery;
import caravan.text.InvalidValueException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "route", mixinStandardHelpOptions = true)
final class RouteCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "FROM")
  String from;

  @Parameters(index = "1", paramLabel = "TO", descriptionKey = "TO")
  String to;

  @Option(names = "--cargo", defaultValue = "${env:CARAVAN_CARGO:-container}")
  String cargo;

  @Option(names = "--tonnes", defaultValue = "${env:CARAVAN_TONNES:-65}")
  double tonnes;

  @Option(names = "--avoid", split = ",", defaultValue = "${env:CARAVAN_AVOID}")
  List<String> avoid;

  @Option(names = "--modes", split = ",", defaultValue = "${env:CARAVAN_MODES:-rail,sea,road}")
  List<String> modes;

  @Option(names = "--close", split = ",", defaultValue = "${env:CARAVAN_CLOSE}")
  List<String> close;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_FORMAT:-table}")
  String format;

  @Override
  public Integer call() throws Exception {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("table") && !f.equals("json")) {
      throw new InvalidValueException(
          "--format must be table or json, got '" + format + "'",
          Map.of("field", "format", "value", format));
    }
    if (!Set.of("container", "bulk", "grain", "oil").contains(cargo)) {
      throw new InvalidValueException(
          "--cargo must be container, bulk, grain or oil, got '" + cargo + "'",
          Map.of("field", "cargo", "value", cargo));
    }
    if (!(tonnes > 0)) {
      throw new InvalidValueException(
          "--tonnes must be more than 0, got " + tonnes, Map.of("field", "tonnes"));
    }
    for (String m : list(modes)) {
      if (!Set.of("rail", "sea", "road").contains(m)) {
        throw new InvalidValueException(
            "--modes takes rail, sea and road, got '" + m + "'",
            Map.of("field", "modes", "value", m));
      }
    }
    try (App app = root.open()) {
      var corridor = app.corridor();
      Set<String> avoided = new LinkedHashSet<>();
      for (String a : list(avoid)) {
        // a three-letter code is a country; anything else a place by any of its names
        avoided.add(a.matches("[A-Za-z]{3}") ? a.toUpperCase(Locale.ROOT) : corridor.node(a).id());
      }
      RouteAnswer answer =
          corridor.route(
              new RouteQuery(
                  from,
                  to,
                  cargo,
                  tonnes,
                  avoided,
                  new LinkedHashSet<>(list(modes)),
                  new LinkedHashSet<>(list(close))));
      if (f.equals("json")) {
        System.out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(answer));
      } else {
        print(answer);
      }
      return answer.routes().isEmpty() ? 1 : 0;
    }
  }

  private static List<String> list(List<String> l) {
    return l == null ? List.of() : l.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static void print(RouteAnswer a) {
    RouteQuery q = a.query();
    System.out.printf(
        Locale.ROOT,
        "%s → %s, %s, %s t: %d route(s), none better than another on time, cost and transshipments%n",
        q.from(),
        q.to(),
        q.cargo(),
        trim(q.tonnes()),
        a.routes().size());
    a.reasons().forEach(r -> System.out.println("  " + r));
    RouteAnswer.WhatIf w = a.whatIf();
    if (w != null) {
      System.out.printf(
          Locale.ROOT,
          "What if %s is closed: %d route(s) instead of %d; quickest %s instead of %s; cheapest %s"
              + " instead of %s%n",
          String.join(", ", q.closedLinks()),
          w.routesClosed(),
          w.routesOpen(),
          hours(w.quickestHoursClosed()),
          hours(w.quickestHoursOpen()),
          usd(w.lowestUsdClosed()),
          usd(w.lowestUsdOpen()));
    }
    int i = 0;
    for (RouteAnswer.Route r : a.routes()) {
      System.out.printf(
          Locale.ROOT,
          "%nRoute %d: %.1f h (%.1f days), %,.0f USD, %d transshipment(s)%n",
          ++i,
          r.hours(),
          r.hours() / 24,
          r.usd(),
          r.transshipments());
      printRoute(r);
    }
    if (!a.alternatives().isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "%nOther corridors (each the quickest through a way out of the origin's country or into"
              + " the destination's, a crossing or a port, that no route above takes; a route above"
              + " beats it)%n");
    }
    char letter = 'A';
    for (RouteAnswer.Alternative alt : a.alternatives()) {
      RouteAnswer.Route r = alt.route();
      System.out.printf(
          Locale.ROOT,
          "%nAlternative %c, via %s: %.1f h (%.1f days), %,.0f USD, %d transshipment(s): %s%n",
          letter++,
          alt.entry(),
          r.hours(),
          r.hours() / 24,
          r.usd(),
          r.transshipments(),
          alt.why());
      printRoute(r);
    }
  }

  private static void printRoute(RouteAnswer.Route r) {
    {
      if (!r.crossings().isEmpty())
        System.out.println("  crossings: " + String.join("; ", r.crossings()));
      if (!r.gaugeBreaks().isEmpty())
        System.out.println("  gauge breaks: " + String.join("; ", r.gaugeBreaks()));
      for (RouteAnswer.Step s : r.steps()) {
        System.out.printf(
            Locale.ROOT,
            "  %-28s %-7s → %-7s %-4s %7.1f h %9.0f USD%s  links.csv:%d%s%n",
            s.what(),
            s.from(),
            s.to(),
            s.mode(),
            s.hours().value(),
            s.usd().value(),
            s.km().value() > 0
                ? String.format(Locale.ROOT, " %6.0f km", s.km().value())
                : "          ",
            s.link(),
            mark(s));
      }
      System.out.println(
          "  "
              + r.estimates().size()
              + " figure(s) of this route are estimates (*): --format json lists how each was reached");
    }
  }

  private static String mark(RouteAnswer.Step s) {
    return List.of(s.hours(), s.usd(), s.km()).stream().anyMatch(Measure::isEstimate) ? " *" : "";
  }

  private static String hours(Double h) {
    return h == null ? "none" : String.format(Locale.ROOT, "%.1f h", h);
  }

  private static String usd(Double v) {
    return v == null ? "none" : String.format(Locale.ROOT, "%,.0f USD", v);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
