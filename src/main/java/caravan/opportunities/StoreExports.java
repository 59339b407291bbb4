package caravan.opportunities;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * World exports by exporter (ISO3) and HS6 product for a year of the trade store, from the
 * reconciled BACI flows summed over importers (BACI's two codes of one country, such as 710 and
 * 711, are one exporter). Declared Comtrade rows are not used: a reporter's exports to its loaded
 * partners are not its exports to the world.
 */
public final class StoreExports {
  private final AnalyticsStore store;

  public StoreExports(AnalyticsStore store) {
    this.store = store;
  }

  /** The latest year with BACI rows, empty when none. */
  public OptionalInt latestYear() {
    try (Connection c = store.connect();
        PreparedStatement s =
            c.prepareStatement(
                caravan.store.AnalyticsStore.hasTable(c, "baci_flow")
                    ? "SELECT max(year) FROM baci_flow"
                    : "SELECT NULL");
        ResultSet r = s.executeQuery()) {
      r.next();
      int y = r.getInt(1);
      return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
    } catch (SQLException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.opp.cannotReadStore", String.valueOf(e.getMessage())),
          java.util.Map.of());
    }
  }

  /** The matrix of the year; refused when the store has no BACI rows for it. */
  public ExportMatrix year(int year) {
    ExportMatrix.Builder b = ExportMatrix.builder();
    try (Connection c = store.connect()) {
      if (caravan.store.AnalyticsStore.hasTable(c, "baci_flow")) {
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT e.iso3, lpad(f.product::VARCHAR, 6, '0'), sum(f.value_usd) FROM baci_flow f"
                    + " JOIN baci_country e ON e.code = f.exporter WHERE f.year = ?"
                    + " GROUP BY 1, 2")) {
          s.setInt(1, year);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) b.add(r.getString(1), r.getString(2), r.getDouble(3));
          }
        }
      }
    } catch (SQLException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.opp.cannotReadStore", String.valueOf(e.getMessage())),
          java.util.Map.of());
    }
    if (b.size() == 0)
      throw new CaravanException(
          caravan.text.Text.of("cl.opp.noBaciYear", String.valueOf(year)),
          java.util.Map.of("year", year));
    return b.build();
  }
}
