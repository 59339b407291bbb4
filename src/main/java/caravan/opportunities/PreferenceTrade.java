package caravan.opportunities;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pair's trade in the products each agreement's lines cover, by year, from the trade store. A
 * direction's year is read from one report, in the profile's order (DESIGN.md): the exporter's
 * declared exports, else BACI's reconciled flows, else the importer's declared imports (mirror), so
 * no trade is counted twice.
 */
final class PreferenceTrade {
  static final String DECLARED = "declared exports";
  static final String BACI = "BACI";
  static final String MIRROR = "mirror imports";

  private final AnalyticsStore store;
  private final Function<String, Optional<LocalDate>> inForce;

  PreferenceTrade(AnalyticsStore store, Function<String, Optional<LocalDate>> inForce) {
    this.store = store;
    this.inForce = inForce;
  }

  private record Flow(int year, String basis, String from, String product, double value) {}

  List<PreferenceEffect> effects(String a, String b, List<PreferenceLine> lines) {
    Map<String, List<PreferenceLine>> byAgreement = new TreeMap<>();
    lines.forEach(l -> byAgreement.computeIfAbsent(l.agreement(), k -> new ArrayList<>()).add(l));
    if (byAgreement.isEmpty()) return List.of();
    List<Flow> flows = flows(a, b);
    List<PreferenceEffect> out = new ArrayList<>();
    byAgreement.forEach(
        (agreement, own) -> {
          LocalDate date = inForce.apply(agreement).orElse(null);
          TreeMap<Integer, Map<String, Map<String, Double>>> byYear = new TreeMap<>();
          for (Flow f : flows) {
            if (own.stream().noneMatch(l -> l.covers(f.product()))) continue;
            byYear
                .computeIfAbsent(f.year(), y -> new TreeMap<>())
                .computeIfAbsent(f.from() + " " + f.basis(), k -> new TreeMap<>())
                .merge("v", f.value(), Double::sum);
          }
          List<PreferenceEffect.Year> years = new ArrayList<>();
          byYear.forEach(
              (year, sums) -> {
                Map.Entry<String, Double> ab = pick(sums, a);
                Map.Entry<String, Double> ba = pick(sums, b);
                years.add(
                    new PreferenceEffect.Year(
                        year,
                        phase(year, date),
                        ab == null ? null : ab.getValue(),
                        ab == null ? null : ab.getKey(),
                        ba == null ? null : ba.getValue(),
                        ba == null ? null : ba.getKey()));
              });
          out.add(new PreferenceEffect(agreement, date, own.size(), List.copyOf(years)));
        });
    return out;
  }

  /** The first report with the direction from {@code from}: its basis and value. */
  private static Map.Entry<String, Double> pick(
      Map<String, Map<String, Double>> sums, String from) {
    for (String basis : List.of(DECLARED, BACI, MIRROR)) {
      Map<String, Double> v = sums.get(from + " " + basis);
      if (v != null) return Map.entry(basis, v.get("v"));
    }
    return null;
  }

  static String phase(int year, LocalDate inForce) {
    if (inForce == null) return "unknown";
    return year < inForce.getYear() ? "before" : year == inForce.getYear() ? "entry" : "after";
  }

  /** Whole-year rows of the pair, either way, by report. */
  private List<Flow> flows(String a, String b) {
    try (Connection c = store.connect()) {
      if (!caravan.store.AnalyticsStore.hasTable(c, "trade_flow")) return List.of();
      List<Flow> out = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT year, source, reporter, flow, product, sum(value_usd) FROM flows WHERE month"
                  + " IS NULL AND ((reporter = ? AND partner = ?) OR (reporter = ? AND partner ="
                  + " ?)) GROUP BY ALL")) {
        s.setString(1, a);
        s.setString(2, b);
        s.setString(3, b);
        s.setString(4, a);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String source = r.getString(2);
            String reporter = r.getString(3);
            boolean export = "export".equals(r.getString(4));
            String basis = source.equals("BACI") ? BACI : export ? DECLARED : MIRROR;
            // a declared import of B from A is A's trade to B, seen from B
            String from = export ? reporter : reporter.equals(a) ? b : a;
            out.add(new Flow(r.getInt(1), basis, from, r.getString(5), r.getDouble(6)));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.opp.cannotReadPair", String.valueOf(e.getMessage())),
          java.util.Map.of());
    }
  }
}
