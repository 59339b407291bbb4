package caravan.web;

import caravan.corridor.Link;
import caravan.corridor.RouteQuery;
import caravan.text.CaravanException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planner form of the corridor page as asked in its query string: from, to, cargo, tonnes,
 * places or countries to avoid (comma-separated, or the field repeated) and the modes allowed
 * (checkboxes). The same names go to {@code GET /api/v1/routes}.
 */
public record CorridorPlan(
    String from,
    String to,
    String cargo,
    double tonnes,
    List<String> avoid,
    Set<String> modes,
    List<String> close) {
  /** A wagon's load, as the route API assumes when no tonnage is asked. */
  static final double DEFAULT_TONNES = 65;

  public static final List<String> CARGO_NAMES = List.of("container", "bulk", "grain", "oil");
  public static final List<String> MODE_NAMES = List.of("rail", "sea", "road");

  static CorridorPlan of(Context ctx) {
    String cargo = text(ctx.queryParam("cargo"));
    if (cargo.isEmpty()) cargo = "container";
    if (!CARGO_NAMES.contains(cargo)) {
      throw new CaravanException(
          caravan.text.Text.of("lang.err.planCargo", cargo, String.join(", ", CARGO_NAMES)),
          Map.of("field", "cargo", "value", cargo));
    }
    String t = text(ctx.queryParam("tonnes"));
    double tonnes;
    try {
      tonnes = t.isEmpty() ? DEFAULT_TONNES : Double.parseDouble(t.replace(',', '.'));
    } catch (NumberFormatException e) {
      tonnes = Double.NaN;
    }
    if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
      throw new CaravanException(
          caravan.text.Text.of("lang.err.planTonnes"), Map.of("field", "tonnes", "value", t));
    }
    Set<String> modes = new LinkedHashSet<>(split(ctx.queryParams("modes")));
    if (modes.isEmpty()) modes.addAll(MODE_NAMES);
    for (String mode : modes) {
      if (!Link.MODES.contains(mode)) {
        throw new CaravanException(
            caravan.text.Text.of("lang.err.planMode", mode),
            Map.of("field", "modes", "value", mode));
      }
    }
    return new CorridorPlan(
        text(ctx.queryParam("from")),
        text(ctx.queryParam("to")),
        cargo,
        tonnes,
        split(ctx.queryParams("avoid")),
        modes,
        split(ctx.queryParams("close")));
  }

  static CorridorPlan empty() {
    return new CorridorPlan(
        "", "", "container", DEFAULT_TONNES, List.of(), new LinkedHashSet<>(MODE_NAMES), List.of());
  }

  /** Both ends given: a plan was asked. */
  public boolean asked() {
    return !from.isEmpty() && !to.isEmpty();
  }

  /** The plan as the planner takes it, the links it closes (the "what if") included. */
  public RouteQuery routeQuery() {
    return new RouteQuery(from, to, cargo, tonnes, Set.copyOf(avoid), modes, Set.copyOf(close));
  }

  /** The plan as a query string for the route API. */
  public String query() {
    StringBuilder q = new StringBuilder();
    q.append("from=").append(CorridorPage.encode(from));
    q.append("&to=").append(CorridorPage.encode(to));
    q.append("&cargo=").append(cargo);
    q.append("&tonnes=").append(tonnesText());
    if (!avoid.isEmpty()) q.append("&avoid=").append(CorridorPage.encode(String.join(",", avoid)));
    q.append("&modes=").append(String.join(",", modes));
    if (!close.isEmpty()) q.append("&close=").append(CorridorPage.encode(String.join(",", close)));
    return q.toString();
  }

  public String tonnesText() {
    return tonnes == Math.rint(tonnes) ? Long.toString((long) tonnes) : Double.toString(tonnes);
  }

  public String avoidText() {
    return String.join(", ", avoid);
  }

  public String closeText() {
    return String.join(", ", close);
  }

  private static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) out.add(part.strip());
      }
    }
    return out;
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
