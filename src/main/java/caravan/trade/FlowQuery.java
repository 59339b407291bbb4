package caravan.trade;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads all product flows between two countries from the DuckDB trade store in one query; the
 * profile is then computed from these rows in memory (a pair has at most a few thousand products a
 * year, while the store may hold tens of millions of rows).
 */
final class FlowQuery {
  /** One product's value for a year from one report: yearly rows, or monthly rows summed. */
  record Row(
      int year,
      boolean yearly,
      String reporter,
      String flow,
      String source,
      String product,
      String hsRevision,
      double valueUsd,
      String files) {}

  private static final String PAIR_SQL =
      """
      SELECT f.year, f.month IS NULL AS yearly, f.reporter, f.flow, f.source, f.product, f.hs_revision,
             SUM(f.value_usd) AS v, string_agg(DISTINCT b.file_name, '|') AS files
      FROM trade_flow f JOIN import_batch b ON b.batch_id = f.batch_id
      WHERE ((f.reporter = ? AND f.partner = ?) OR (f.reporter = ? AND f.partner = ?))
        AND (f.month IS NULL OR f.month BETWEEN ? AND ?)
      GROUP BY ALL
      """;

  private static final String ANY_SQL =
      """
      SELECT 1 FROM trade_flow
      WHERE (reporter = ? AND partner = ?) OR (reporter = ? AND partner = ?)
      LIMIT 1
      """;

  private final AnalyticsStore store;

  FlowQuery(AnalyticsStore store) {
    this.store = store;
  }

  boolean any(String a, String b) {
    try (Connection c = store.connect();
        PreparedStatement ps = c.prepareStatement(ANY_SQL)) {
      bindPair(ps, a, b);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Every flow between {@code a} and {@code b} in either direction, by product and year; monthly
   * rows count only for months {@code firstMonth..lastMonth}.
   */
  PairFlows load(String a, String b, int firstMonth, int lastMonth) {
    List<Row> rows = new ArrayList<>();
    try (Connection c = store.connect();
        PreparedStatement ps = c.prepareStatement(PAIR_SQL)) {
      bindPair(ps, a, b);
      ps.setInt(5, firstMonth);
      ps.setInt(6, lastMonth);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getString(9)));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return new PairFlows(a, b, firstMonth == 1 && lastMonth == 12, rows);
  }

  private static void bindPair(PreparedStatement ps, String a, String b) throws SQLException {
    ps.setString(1, a);
    ps.setString(2, b);
    ps.setString(3, b);
    ps.setString(4, a);
  }

  private static CaravanException failure(SQLException e) {
    return new CaravanException(
        "The trade store could not answer: " + e.getMessage(), Map.of("field", "trade-store"), e);
  }
}
