package caravan.trade;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBPreparedStatement;

/**
 * How far a running DuckDB statement that reads a file has come, by DuckDB's own count of the work
 * done, reported as bytes of the file to a progress bar while the statement runs.
 */
final class StatementProgress implements AutoCloseable {
  private static final ScheduledExecutorService WATCH =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "caravan-import-progress");
            t.setDaemon(true);
            return t;
          });
  private final ScheduledFuture<?> polling;
  private final long bytes;
  private final LongConsumer progress;

  private StatementProgress(Statement s, long bytes, LongConsumer progress) {
    this.bytes = bytes;
    this.progress = progress;
    this.polling =
        progress == null || !(s instanceof DuckDBPreparedStatement duck)
            ? null
            : WATCH.scheduleWithFixedDelay(() -> report(duck), 100, 100, TimeUnit.MILLISECONDS);
  }

  /** Watches {@code s} until closed; {@code progress} may be null (nothing is watched). */
  static StatementProgress watch(Statement s, long bytes, LongConsumer progress)
      throws SQLException {
    if (progress != null) {
      // DuckDB counts its progress only when asked to, and must not draw a bar of its own
      s.execute("SET enable_progress_bar = true");
      s.execute("SET enable_progress_bar_print = false");
    }
    return new StatementProgress(s, bytes, progress);
  }

  private void report(DuckDBPreparedStatement s) {
    try {
      double pct = s.getQueryProgress().getPercentage();
      if (pct >= 0) progress.accept((long) (Math.min(pct, 100) / 100 * bytes));
    } catch (SQLException | RuntimeException e) {
      // the statement ended between two looks: nothing more to report
    }
  }

  /** Stops watching without reporting the end: the statement failed and another may follow. */
  void abandon() {
    if (polling != null) polling.cancel(false);
  }

  @Override
  public void close() {
    if (polling != null) {
      polling.cancel(false);
      progress.accept(bytes);
    }
  }
}
