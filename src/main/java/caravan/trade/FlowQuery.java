package caravan.trade;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads product baskets from the DuckDB trade store. A direction A→B is taken, in this order, from
 * A's own declarations of exports (Comtrade or Caravan files), from BACI's reconciled flows, and
 * last from B's declared imports from A (the mirror), so each basket says whose report it is.
 */
final class FlowQuery {
  /** Where a basket's numbers come from, in order of preference. */
  enum Side {
    DECLARED_EXPORTS("declared exports of the reporter"),
    BACI("CEPII BACI reconciled flows"),
    MIRROR_IMPORTS("mirror: partner's declared imports");

    final String label;

    Side(String label) {
      this.label = label;
    }
  }

  record Product(String code, String hsRevision, double valueUsd) {}

  record Basket(String from, String to, FlowPeriod period, Side side, List<Product> products,
      List<String> files) {
    double total() {
      return products.stream().mapToDouble(Product::valueUsd).sum();
    }
  }

  private static final String BASKET_SQL =
      """
      SELECT f.product, f.hs_revision, SUM(f.value_usd) AS v, string_agg(DISTINCT b.file_name, '|') AS files
      FROM trade_flow f JOIN import_batch b ON b.batch_id = f.batch_id
      WHERE f.reporter = ? AND f.partner = ? AND f.flow = ? AND f.year = ?
        AND f.source IN (?, ?)
        AND %s
      GROUP BY f.product, f.hs_revision
      ORDER BY v DESC
      """;

  private static final String YEARS_SQL =
      """
      SELECT DISTINCT year FROM trade_flow
      WHERE (reporter = ? AND partner = ?) OR (reporter = ? AND partner = ?)
      ORDER BY year
      """;

  private static final String[] DECLARED = {"COMTRADE", "CARAVAN"};

  private final AnalyticsStore store;

  FlowQuery(AnalyticsStore store) {
    this.store = store;
  }

  /** Years with any flow between the two countries, oldest first. */
  List<Integer> years(String a, String b) {
    List<Integer> years = new ArrayList<>();
    try (Connection c = store.connect();
        PreparedStatement ps = c.prepareStatement(YEARS_SQL)) {
      ps.setString(1, a);
      ps.setString(2, b);
      ps.setString(3, b);
      ps.setString(4, a);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) years.add(rs.getInt(1));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return years;
  }

  /** The basket from → to in the period, from the most preferred side that has it; null if none. */
  Basket basket(String from, String to, FlowPeriod period) {
    for (Side side : Side.values()) {
      Basket b = basket(from, to, period, side);
      if (!b.products().isEmpty()) return b;
    }
    return null;
  }

  Basket basket(String from, String to, FlowPeriod period, Side side) {
    return switch (side) {
      case DECLARED_EXPORTS -> read(from, to, "export", DECLARED, period, side);
      case BACI -> read(from, to, "export", new String[] {"BACI", "BACI"}, period, side);
      case MIRROR_IMPORTS -> read(to, from, "import", DECLARED, period, side);
    };
  }

  private Basket read(String reporter, String partner, String flow, String[] sources,
      FlowPeriod period, Side side) {
    boolean mirror = side == Side.MIRROR_IMPORTS;
    String from = mirror ? partner : reporter;
    String to = mirror ? reporter : partner;
    // A whole year is read from yearly rows; months from monthly rows. Yearly figures are never
    // split into months, and monthly rows are summed into a year only when no yearly row exists.
    List<Product> products = new ArrayList<>();
    TreeSet<String> files = new TreeSet<>();
    String[] clauses =
        period.wholeYear()
            ? new String[] {"f.month IS NULL", "f.month BETWEEN 1 AND 12"}
            : new String[] {"f.month BETWEEN " + period.firstMonth() + " AND " + period.lastMonth()};
    try (Connection c = store.connect()) {
      for (String clause : clauses) {
        try (PreparedStatement ps = c.prepareStatement(BASKET_SQL.formatted(clause))) {
          ps.setString(1, reporter);
          ps.setString(2, partner);
          ps.setString(3, flow);
          ps.setInt(4, period.year());
          ps.setString(5, sources[0]);
          ps.setString(6, sources[1]);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              products.add(new Product(rs.getString(1), rs.getString(2), rs.getDouble(3)));
              for (String f : rs.getString(4).split("\\|")) files.add(f);
            }
          }
        }
        if (!products.isEmpty()) break;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return new Basket(from, to, period, side, List.copyOf(products), List.copyOf(files));
  }

  /** Both sides' reports of from → to by product: from's exports and to's imports. */
  Map<String, double[]> mirror(String from, String to, FlowPeriod period) {
    Map<String, double[]> rows = new LinkedHashMap<>();
    Basket exports = basket(from, to, period, Side.DECLARED_EXPORTS);
    Basket imports = basket(from, to, period, Side.MIRROR_IMPORTS);
    exports.products().forEach(p -> rows.computeIfAbsent(p.code(), k -> new double[2])[0] += p.valueUsd());
    imports.products().forEach(p -> rows.computeIfAbsent(p.code(), k -> new double[2])[1] += p.valueUsd());
    return rows;
  }

  private static CaravanException failure(SQLException e) {
    return new CaravanException(
        "The trade store could not answer: " + e.getMessage(), Map.of("field", "trade-store"), e);
  }
}
