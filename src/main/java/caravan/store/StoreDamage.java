package caravan.store;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * A store file that cannot be read, said in one line: which file, what its database found wrong,
 * and the command that restores the latest backup recorded for the data directory. The databases
 * say it their own ways: H2 with an {@code MVStoreException} ("File corrupted in chunk …", error
 * 90030), DuckDB with "Corrupt database file" or "not a valid DuckDB database file".
 */
public final class StoreDamage extends CaravanException {
  private StoreDamage(Text message, Path file, Throwable cause) {
    super(message, Map.of("field", "data-dir", "value", file.toString()), cause);
  }

  /**
   * The damage {@code e} reports in one of the data directory's store files, if that is what it
   * reports: the H2 file {@code caravan.mv.db} or the DuckDB file {@code trade.duckdb}.
   */
  public static Optional<StoreDamage> in(Throwable e, Path dataDir) {
    return in(e, dataDir.resolve("caravan.mv.db"), dataDir.resolve(Backup.TRADE), dataDir);
  }

  static Optional<StoreDamage> in(Throwable e, Path h2File, Path tradeFile, Path dataDir) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StoreDamage d) return Optional.of(d);
      String m = t.getMessage() == null ? "" : t.getMessage();
      if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
          || (t instanceof SQLException s && s.getErrorCode() == 90030)
          || m.contains("File corrupted")) {
        Throwable root = t;
        while (root.getCause() != null) root = root.getCause();
        return Optional.of(of(h2File, "relational", root.getMessage(), e, dataDir));
      }
      if (m.contains("Corrupt database file")
          || m.contains("Data Corruption Error")
          || m.contains("not a valid DuckDB database")) {
        return Optional.of(of(tradeFile, "trade", m, e, dataDir));
      }
    }
    return Optional.empty();
  }

  private static StoreDamage of(
      Path file, String which, String why, Throwable cause, Path dataDir) {
    String found =
        why == null
            ? ""
            : why.replaceAll("\\s*\\[\\d+\\.\\d+\\.\\d+/\\d+]", "")
                .replace("General error: ", "")
                .replace("Data Corruption Error: ", "")
                .replace("IO Error: ", "")
                .replace("\"", "")
                .lines()
                .findFirst()
                .orElse("")
                .strip();
    Text what = found.isEmpty() ? Text.of("sto.damage.unreadable") : Text.literal(found);
    Optional<Path> latest = Backup.latest(dataDir);
    String restore =
        "caravan restore "
            + latest.map(Path::toString).orElse("BACKUP_DIR")
            + " --data-dir "
            + dataDir.toAbsolutePath().normalize()
            + " --force";
    return new StoreDamage(
        Text.of(
            latest.isPresent() ? "sto.damage.latest." + which : "sto.damage.none." + which,
            file.toAbsolutePath().normalize().toString(),
            what,
            restore),
        file,
        cause);
  }

  @Override
  public int status() {
    return 503;
  }
}
