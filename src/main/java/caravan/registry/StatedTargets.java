package caravan.registry;

import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The targets officials stated (the figures feature) as registry indicators. The indicator links to
 * the target statement by its figure id and names the series that measures it; the values stay in
 * the figures and the trade profile, so they are linked, never copied.
 */
final class StatedTargets {
  /** Target indicator → (measuring indicator, title), as the figures' vocabulary names them. */
  private static final Map<String, String[]> TARGETS =
      Map.of(
          "target_trade_turnover", new String[] {"trade_turnover", "Trade turnover target"},
          "target_agri_trade", new String[] {"agri_trade_turnover", "Agricultural trade target"},
          "target_corridor_capacity",
              new String[] {
                "north_south_corridor_capacity", "North–South corridor capacity target"
              },
          "target_kaz_cargo_via_instc",
              new String[] {"kaz_cargo_via_instc", "Kazakh cargo via the North–South corridor"});

  private StatedTargets() {}

  /** The id of every target's indicator, whether or not a figure states it. */
  static java.util.Set<String> ids() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String target : TARGETS.keySet()) ids.add(id(target));
    return ids;
  }

  private static String id(String target) {
    return "IND-"
        + target.substring("target_".length()).toUpperCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static List<Indicator> from(FiguresService figures, String a, String b) {
    List<Indicator> out = new ArrayList<>();
    for (Map.Entry<String, String[]> t : TARGETS.entrySet()) {
      figures
          .latestTarget(a, b, t.getKey())
          .ifPresent(f -> out.add(indicator(t.getKey(), t.getValue(), f)));
    }
    return out;
  }

  /**
   * The indicator keeps the statement's id, the measuring series and the unit (a required field);
   * the target value, year and source are read through {@link TargetFigures} when shown.
   */
  private static Indicator indicator(String target, String[] measure, StatedFigure f) {
    return new Indicator(
        id(target),
        0,
        measure[0],
        measure[1],
        f.unit(),
        Indicator.Aggregation.FLOW_PER_PERIOD,
        null,
        null,
        null,
        null,
        f.id(),
        List.of(),
        "Target as stated ("
            + f.reportedBy()
            + "); the measured values are the stated figures and"
            + " imported flows of '"
            + measure[0]
            + "' (see the trade profile).",
        List.of());
  }
}
