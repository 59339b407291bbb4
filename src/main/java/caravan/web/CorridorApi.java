package caravan.web;

import caravan.corridor.CorridorService;
import caravan.corridor.RouteAnswer;
import caravan.corridor.RouteQuery;
import caravan.corridor.RouteWords;
import caravan.text.CaravanException;
import caravan.text.InvalidValueException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corridor router over JSON: {@code GET /api/v1/routes?from=…&to=…}, the same query as {@code
 * caravan route}. No route is a 422 problem detail with the reasons, never an empty list.
 */
final class CorridorApi {
  private final CorridorService corridor;

  CorridorApi(CorridorService corridor) {
    this.corridor = corridor;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/routes", this::routes);
  }

  /** No route for the query: the router's reasons, as a problem detail. */
  static final class NoRoute extends CaravanException {
    NoRoute(caravan.text.Text detail, Map<String, Object> details) {
      super(detail, details);
    }

    @Override
    public int status() {
      return 422;
    }
  }

  private void routes(Context ctx) {
    String from = required(ctx, "from"), to = required(ctx, "to");
    String cargo = param(ctx, "cargo", "container");
    if (!Set.of("container", "bulk", "grain", "oil").contains(cargo)) {
      throw new InvalidValueException(
          caravan.text.Text.of("lang.err.cargo", cargo), Map.of("field", "cargo", "value", cargo));
    }
    double tonnes;
    try {
      tonnes = Double.parseDouble(param(ctx, "tonnes", "65"));
    } catch (NumberFormatException e) {
      tonnes = -1;
    }
    if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
      throw new InvalidValueException(
          caravan.text.Text.of("lang.err.tonnes"),
          Map.of("field", "tonnes", "value", param(ctx, "tonnes", "")));
    }
    Set<String> modes = list(param(ctx, "modes", "rail,sea,road"));
    for (String m : modes) {
      if (!Set.of("rail", "sea", "road").contains(m)) {
        throw new InvalidValueException(
            caravan.text.Text.of("lang.err.modes", m), Map.of("field", "modes", "value", m));
      }
    }
    Set<String> avoid = new LinkedHashSet<>();
    for (String a : list(param(ctx, "avoid", ""))) {
      avoid.add(a.matches("[A-Za-z]{3}") ? a.toUpperCase(Locale.ROOT) : corridor.node(a).id());
    }
    RouteAnswer answer =
        corridor.route(
            new RouteQuery(from, to, cargo, tonnes, avoid, modes, list(param(ctx, "close", ""))));
    // the sentences in the reader's language (Accept-Language or ?lang=), the figures as they are
    RouteAnswer worded = RouteWords.in(answer, Problems.language(ctx));
    if (answer.routes().isEmpty()) {
      throw new NoRoute(
          RouteWords.reasons(answer),
          Map.of(
              "field",
              "to",
              "reasons",
              worded.reasons(),
              "from",
              answer.query().from(),
              "to",
              answer.query().to()));
    }
    ctx.json(worded);
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw new InvalidValueException(
          caravan.text.Text.of("lang.err.placeRequired", name), Map.of("field", name));
    }
    return v.strip();
  }

  private static String param(Context ctx, String name, String otherwise) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? otherwise : v.strip();
  }

  private static Set<String> list(String text) {
    List<String> parts =
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new LinkedHashSet<>(parts);
  }
}
