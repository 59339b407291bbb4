package caravan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The relational store's data version (table {@code data_version}, one row): raised by every write
 * to stated figures and registry records inside that write's own transaction, so that what was
 * computed from the store after reading version n stays true until the version moves. The row lock
 * orders the raises as the commits: a reader that sees n also sees every write that made n, and a
 * write still uncommitted has not raised it yet. It is read from the store each time (not kept in
 * the process), so several processes over one PostgreSQL agree on it.
 */
public final class DataVersion {
  private static final String BUMP = "UPDATE data_version SET n = n + 1 WHERE id = 1";
  private static final String READ = "SELECT n FROM data_version WHERE id = 1";

  // the pool behind each store's Jdbi: a read through plain JDBC costs ~15 µs on H2 where one
  // through a Jdbi handle costs 80-230 µs (measured, issue 10), and it is read on every
  // cacheable request
  private static final Map<Jdbi, DataSource> POOLS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Jdbi jdbi;
  private final DataSource pool;

  public DataVersion(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.pool = POOLS.get(jdbi);
  }

  /** Called by the store that made {@code jdbi} over {@code pool}. */
  static void pool(Jdbi jdbi, DataSource pool) {
    POOLS.put(jdbi, pool);
  }

  /**
   * Raises the version and returns this transaction's number; call inside the transaction that
   * writes. From here until it commits, other writers wait on the row.
   */
  public static long bump(Handle inTransaction) {
    inTransaction.createUpdate(BUMP).execute();
    return inTransaction.createQuery(READ).mapTo(Long.class).one();
  }

  /** The version committed now. */
  public long current() {
    if (pool == null) return jdbi.withHandle(h -> h.createQuery(READ).mapTo(Long.class).one());
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(READ);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) throw new IllegalStateException("data_version has no row: see V9");
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new org.jdbi.v3.core.ConnectionException(e);
    }
  }
}
