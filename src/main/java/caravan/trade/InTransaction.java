package caravan.trade;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes to the trade store that must all happen or none: one transaction around a piece of work.
 */
final class InTransaction {
  interface Work<T> {
    T run() throws SQLException;
  }

  private InTransaction() {}

  /**
   * Runs {@code work} with auto-commit off and commits when it returns; when it throws, rolls back,
   * so the store is as it was. The connection's auto-commit is restored either way.
   */
  static <T> T run(Connection c, Work<T> work) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
