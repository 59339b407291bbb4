package caravan.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger behind {@code db/vendor/h2/V6}: a table it guards takes inserts only, so its rows
 * (the audit log) cannot be rewritten or removed, the same rule PostgreSQL's trigger keeps.
 */
public final class AppendOnly implements Trigger {
  private String table = "?";

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type) {
    this.table = table;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    String change = newRow == null ? "DELETE" : "UPDATE";
    // SQLSTATE 42501 (insufficient privilege), as PostgreSQL's trigger reports it
    throw new SQLException(table + " is append-only: " + change + " refused", "42501");
  }
}
