package caravan.store;

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

  private final Jdbi jdbi;

  public DataVersion(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Raises the version; call inside the transaction that writes, before it commits. */
  public static void bump(Handle inTransaction) {
    inTransaction.createUpdate(BUMP).execute();
  }

  /** The version committed now. */
  public long current() {
    return jdbi.withHandle(h -> h.createQuery(READ).mapTo(Long.class).one());
  }
}
