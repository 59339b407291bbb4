package caravan.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.api.DatabaseEventListener;

/**
 * What H2 found wrong while opening a file. H2 2.5 opens a file whose table data it cannot read by
 * leaving those tables out (it writes the error to its trace file and carries on), so the store
 * "opens" without its registry or figures. H2 tells a {@link DatabaseEventListener} named in the
 * URL; this one keeps the errors for {@link RelationalStore} to refuse the store with them.
 */
public final class H2OpenWatch implements DatabaseEventListener {
  private static final List<Found> FOUND = new CopyOnWriteArrayList<>();
  private String url = "";

  /** An error H2 met while opening the database at {@code url}. */
  record Found(String url, SQLException error) {}

  /** H2 makes one per database it opens, by this public constructor. */
  public H2OpenWatch() {}

  @Override
  public void init(String url) {
    this.url = url == null ? "" : url;
  }

  @Override
  public void exceptionThrown(SQLException e, String sql) {
    // only damage: H2 may report other things here, which must not refuse a later open
    if (e.getErrorCode() == FILE_CORRUPTED || String.valueOf(e.getMessage()).contains("corrupt")) {
      FOUND.add(new Found(url, e));
    }
  }

  /** H2's ErrorCode.FILE_CORRUPTED_1. */
  private static final int FILE_CORRUPTED = 90030;

  /** The first error met while opening the file {@code path} (no suffix), and forgets them all. */
  static Optional<SQLException> takeFor(String path) {
    Optional<SQLException> first =
        FOUND.stream().filter(f -> f.url().contains(path)).map(Found::error).findFirst();
    FOUND.removeIf(f -> f.url().contains(path));
    return first;
  }

  /** The URL setting that installs this listener. */
  static String setting() {
    return ";DATABASE_EVENT_LISTENER='" + H2OpenWatch.class.getName() + "'";
  }
}
