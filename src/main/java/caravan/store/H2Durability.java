package caravan.store;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * What keeps an H2 file whole through a kill. First, commits: H2 keeps a commit in memory and
 * writes it with the next background store, up to {@code WRITE_DELAY} milliseconds later (500 by
 * default): a server killed in between loses writes it had already acknowledged (the crash test
 * lost up to a few seconds of them per kill). With {@code WRITE_DELAY=0} H2 2.5 ends each
 * committing transaction with a blocking {@code MVStore.commit()}, so the commit is in the file
 * (the operating system's cache, which a killed process cannot lose) before the answer leaves.
 */
final class H2Durability {
  private H2Durability() {}

  /**
   * The URL with {@code WRITE_DELAY=0}, unless the URL sets its own, and, for a file, the listener
   * that hears what H2 found wrong while opening it (see {@link H2OpenWatch}).
   */
  static String durable(String url) {
    String u = url.toUpperCase(Locale.ROOT);
    String durable = u.contains("WRITE_DELAY=") ? url : url + ";WRITE_DELAY=0";
    return u.startsWith("JDBC:H2:FILE:") && !u.contains("DATABASE_EVENT_LISTENER=")
        ? durable + H2OpenWatch.setting()
        : durable;
  }

  /**
   * Refuses a file H2 opened with parts left out: its damage, as {@link StoreDamage}, else nothing.
   */
  static Optional<StoreDamage> openedWhole(String url) {
    Optional<Path> base = base(url);
    if (base.isEmpty()) return Optional.empty();
    return H2OpenWatch.takeFor(base.get().toString()).flatMap(e -> damage(url, e));
  }

  private static Optional<Path> base(String url) {
    String prefix = "jdbc:h2:file:";
    if (!url.startsWith(prefix)) return Optional.empty();
    int end = url.indexOf(';');
    return Optional.of(Path.of(url.substring(prefix.length(), end < 0 ? url.length() : end)));
  }

  /** The damage {@code e} reports in the file of an H2 {@code url}, if that is what it reports. */
  static Optional<StoreDamage> damage(String url, Throwable e) {
    if (base(url).isEmpty()) return Optional.empty();
    Path base = base(url).get();
    Path dataDir = base.toAbsolutePath().getParent();
    return StoreDamage.in(e, Path.of(base + ".mv.db"), dataDir.resolve(Backup.TRADE), dataDir);
  }

  /**
   * Makes a new H2 file whole or not at all. H2 commits each DDL statement by itself, so a first
   * start killed amid the migrations left a file with half a migration that Flyway then refuses for
   * ever ("Detected failed migration"; found by the crash test). The schema is made in a file of
   * another name and moved into place once complete; a killed attempt leaves only that file, made
   * again next time.
   */
  static void createWhole(Path base) {
    Path file = Path.of(base + ".mv.db");
    if (Files.exists(file)) return;
    Path draft = Path.of(base + "-new");
    try {
      Files.deleteIfExists(Path.of(draft + ".mv.db"));
      Files.deleteIfExists(Path.of(draft + ".trace.db"));
      RelationalStore.open("jdbc:h2:file:" + draft + ";AUTO_SERVER=FALSE", null, null).close();
      Files.move(Path.of(draft + ".mv.db"), file, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(Path.of(draft + ".trace.db"));
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.err.create", file.toString(), String.valueOf(e.getMessage())),
          java.util.Map.of(),
          e);
    }
  }
}
