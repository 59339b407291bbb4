package caravan.opportunities;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Reads a pair's year from the trade store's BACI table ({@code baci_flow}, codes named by {@code
 * baci_country}): BACI is the one loaded source that is a world matrix with partners, where one
 * country's exports are another's imports. Declared (Comtrade) flows are one reporter's view and
 * make no world.
 */
final class PairTradeReader {
  private final AnalyticsStore store;

  PairTradeReader(AnalyticsStore store) {
    this.store = store;
  }

  private static final String OF = " IN (SELECT code FROM baci_country WHERE iso3 = ?)";

  /**
   * The latest BACI year (or {@code year} itself when given) in which A exports and B imports;
   * empty when the store has none, which is when the import side is missing for the pair.
   */
  OptionalInt year(String a, String b, Integer year) {
    return query(
        OptionalInt.empty(),
        c -> {
          String sql =
              "SELECT max(year) FROM baci_flow WHERE exporter"
                  + OF
                  + (year == null ? "" : " AND year = ?")
                  + " AND year IN (SELECT year FROM baci_flow WHERE importer"
                  + OF
                  + ")";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, a);
            int i = 2;
            if (year != null) s.setInt(i++, year);
            s.setString(i, b);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              int y = r.getInt(1);
              return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
            }
          }
        });
  }

  /** The pair's year; call {@link #year} first, as this assumes the year has the pair. */
  PairTrade read(String a, String b, int year) {
    return query(
        null,
        c ->
            new PairTrade(
                year,
                revision(c, year),
                (int)
                    single(
                        c, "SELECT count(DISTINCT exporter) FROM baci_flow WHERE year = ?", year),
                byProduct(c, year, "exporter" + OF, a),
                byProduct(c, year, "importer" + OF, a),
                byProduct(c, year, "exporter" + OF, b),
                byProduct(c, year, "importer" + OF, b),
                byProduct(c, year, "exporter" + OF + " AND importer" + OF, a, b),
                byProduct(c, year, "exporter" + OF + " AND importer" + OF, b, a),
                single(
                    c, "SELECT coalesce(sum(value_usd), 0) FROM baci_flow WHERE year = ?", year)));
  }

  /** The HS edition of the year's BACI rows. */
  String revision(int year) {
    return query("H0", c -> revision(c, year));
  }

  private static String hs6(int k) {
    return String.format("%06d", k);
  }

  private static Map<String, Double> byProduct(
      Connection c, int year, String where, String... countries) throws SQLException {
    Map<String, Double> out = new TreeMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT product, sum(value_usd) FROM baci_flow WHERE year = ? AND "
                + where
                + " GROUP BY product")) {
      s.setInt(1, year);
      for (int i = 0; i < countries.length; i++) s.setString(2 + i, countries[i]);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.merge(hs6(r.getInt(1)), r.getDouble(2), Double::sum);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The HS edition of the year's batches (BACI names one per file), "H0" when none is recorded. */
  private static String revision(Connection c, int year) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT min(b.hs_revision) FROM import_batch b WHERE b.batch_no IN (SELECT DISTINCT"
                + " batch_no FROM baci_flow WHERE year = ?)")) {
      s.setInt(1, year);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        String v = r.getString(1);
        return v == null ? "H0" : v;
      }
    }
  }

  private static double single(Connection c, String sql, int year) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, year);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getDouble(1);
      }
    }
  }

  private interface Work<R> {
    R run(Connection c) throws SQLException;
  }

  private <R> R query(R none, Work<R> work) {
    try (Connection c = store.connect()) {
      if (!caravan.store.AnalyticsStore.hasTable(c, "baci_flow")) return none;
      return work.run(c);
    } catch (SQLException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.opp.cannotReadWorld", String.valueOf(e.getMessage())),
          java.util.Map.of());
    }
  }
}
