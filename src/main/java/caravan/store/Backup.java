package caravan.store;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Consistent copies of both stores, taken while they are in use, and their restore into a data
 * directory. Each store copies itself by its own means, which see one committed state while writers
 * go on: H2's {@code BACKUP TO} (a zip of the store file as of one commit), DuckDB's {@code COPY
 * FROM DATABASE} into a fresh file in one transaction, and for PostgreSQL {@code pg_dump} (see
 * {@link PgDump}). A backup directory holds {@value #H2_ZIP}, {@value #TRADE} and {@value
 * #MANIFEST}; the data directory's {@value #JOURNAL} lists every backup taken, so a store that does
 * not open can name the latest.
 */
public final class Backup {
  static final String H2_ZIP = "caravan.zip";
  static final String TRADE = "trade.duckdb";
  static final String MANIFEST = "backup.properties";
  static final String JOURNAL = "backups.txt";

  /** The data directory's mark that the shipped flows are in the trade store (see App). */
  static final String SHIPPED_MARK = "shipped-flows.done";

  /** The store files of a data directory that a restore replaces. */
  private static final List<String> STORE_FILES =
      List.of("caravan.mv.db", "caravan.trace.db", TRADE, TRADE + ".wal", SHIPPED_MARK, "shipped");

  private Backup() {}

  /** The relational store's address and login ({@code url} null: the data directory's H2 file). */
  public record Login(String url, String user, String password) {}

  /** Where a backup went, when, and what it holds. */
  public record Report(Path dir, Instant at, List<String> files, String note) {}

  private static final String TAKEN = "taken ";

  /**
   * A report's note worded by the bundles, for a door to put in its reader's language; the report
   * itself carries the English, as the local API's JSON does.
   */
  public static Text noteText(String note) {
    if (note.equals(PgDump.NOT_FOUND)) return Text.of("sto.backup.noPgDump");
    if (note.startsWith(TAKEN)) return Text.of("sto.restore.taken", note.substring(TAKEN.length()));
    return Text.literal(note);
  }

  /**
   * Copies both stores into {@code dir} (created; must be empty or absent) and records it in the
   * data directory's journal. Safe while a server reads and writes the stores.
   */
  public static Report write(
      RelationalStore relational, AnalyticsStore trade, Path dataDir, Path dir, Login login) {
    Path target = dir.toAbsolutePath().normalize();
    requireEmpty(target, false);
    Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<String> files = new ArrayList<>();
    Properties manifest = new Properties();
    manifest.setProperty("created", at.toString());
    String note = "";
    try {
      Files.createDirectories(target);
      ownerOnly(target);
      if (relational.url().startsWith("jdbc:h2:")) {
        try (Connection c = relational.dataSource().getConnection();
            Statement s = c.createStatement()) {
          s.execute("BACKUP TO " + literal(target.resolve(H2_ZIP)));
        }
        files.add(H2_ZIP);
        manifest.setProperty("relational", "h2");
      } else {
        Optional<String> dumped =
            PgDump.dump(relational.url(), login.user(), login.password(), target);
        dumped.ifPresent(files::add);
        manifest.setProperty("relational", dumped.isPresent() ? "postgresql" : "none");
        if (dumped.isEmpty()) note = PgDump.NOT_FOUND;
      }
      try (Connection c = trade.connect();
          Statement s = c.createStatement()) {
        String db = currentDatabase(s);
        s.execute("ATTACH " + literal(target.resolve(TRADE)) + " AS caravan_backup");
        try {
          s.execute("COPY FROM DATABASE \"" + db.replace("\"", "\"\"") + "\" TO caravan_backup");
        } finally {
          s.execute("DETACH caravan_backup");
        }
      }
      files.add(TRADE);
      if (Files.exists(dataDir.resolve(SHIPPED_MARK))) {
        Files.copy(dataDir.resolve(SHIPPED_MARK), target.resolve(SHIPPED_MARK));
        files.add(SHIPPED_MARK);
      }
      manifest.setProperty("files", String.join(",", files));
      try (Writer w = Files.newBufferedWriter(target.resolve(MANIFEST))) {
        manifest.store(w, "Caravan backup: caravan restore " + target);
      }
      Files.writeString(
          dataDir.resolve(JOURNAL),
          at + "\t" + target + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException | SQLException e) {
      throw new CaravanException(
          Text.of("sto.backup.cannot", target.toString(), String.valueOf(e.getMessage())),
          Map.of("field", "dir", "value", target.toString()),
          e);
    }
    return new Report(target, at, List.copyOf(files), note);
  }

  /**
   * Puts a backup's stores into {@code dataDir}. The directory must be empty unless {@code force},
   * in which case its store files are moved aside into {@code before-restore-TIME/}, never deleted.
   * The relational store goes to {@code dbUrl} when it is PostgreSQL (pg_restore), else to the data
   * directory's H2 file. Nothing may use the data directory meanwhile.
   */
  public static Report restore(Path backup, Path dataDir, Login db, boolean force) {
    String dbUrl = db.url();
    Path from = backup.toAbsolutePath().normalize();
    Properties manifest = manifest(from);
    Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<String> files = new ArrayList<>();
    try {
      if (!force) requireEmpty(dataDir, true);
      Files.createDirectories(dataDir);
      setAside(dataDir, at);
      boolean toPostgres = dbUrl != null && dbUrl.startsWith("jdbc:postgresql:");
      if (Files.exists(from.resolve(H2_ZIP)) && !toPostgres) {
        unzipStore(from.resolve(H2_ZIP), dataDir.resolve("caravan.mv.db"));
        files.add(H2_ZIP);
      } else if (Files.exists(from.resolve(PgDump.FILE)) && toPostgres) {
        PgDump.restore(dbUrl, db.user(), db.password(), from.resolve(PgDump.FILE));
        files.add(PgDump.FILE);
      } else {
        String taken = manifest.getProperty("relational");
        throw new CaravanException(
            Text.of(
                "sto.restore.noStore",
                from.toString(),
                toPostgres ? "PostgreSQL (" + PgDump.FILE + ")" : "H2 (" + H2_ZIP + ")",
                taken == null ? Text.of("sto.restore.unknownStore") : Text.literal(taken)),
            Map.of("field", "dir", "value", from.toString()));
      }
      Files.copy(from.resolve(TRADE), dataDir.resolve(TRADE), StandardCopyOption.REPLACE_EXISTING);
      files.add(TRADE);
      if (Files.exists(from.resolve(SHIPPED_MARK))) {
        Files.copy(from.resolve(SHIPPED_MARK), dataDir.resolve(SHIPPED_MARK));
        files.add(SHIPPED_MARK);
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of(
              "sto.restore.cannot",
              from.toString(),
              dataDir.toString(),
              String.valueOf(e.getMessage())),
          Map.of("field", "data-dir", "value", dataDir.toString()),
          e);
    }
    return new Report(from, at, List.copyOf(files), TAKEN + manifest.getProperty("created"));
  }

  /** The latest backup recorded for this data directory that still exists. */
  public static Optional<Path> latest(Path dataDir) {
    Path journal = dataDir.resolve(JOURNAL);
    if (!Files.isRegularFile(journal)) return Optional.empty();
    try {
      List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String[] parts = lines.get(i).split("\t", 2);
        if (parts.length == 2 && Files.isRegularFile(Path.of(parts[1]).resolve(MANIFEST))) {
          return Optional.of(Path.of(parts[1]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable journal names no backup; the caller says how to find one
    }
    return Optional.empty();
  }

  private static Properties manifest(Path from) {
    Properties p = new Properties();
    Path file = from.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new CaravanException(
          Text.of("sto.restore.notBackup", from.toString(), MANIFEST),
          Map.of("field", "dir", "value", from.toString()));
    }
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.err.read", file.toString(), String.valueOf(e.getMessage())), Map.of(), e);
    }
    return p;
  }

  /** H2's backup zip holds the store file under the database's own name: one .mv.db entry. */
  private static void unzipStore(Path zip, Path to) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().endsWith(".mv.db")) {
          Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
          return;
        }
      }
    }
    throw new CaravanException(Text.of("sto.restore.noH2", zip.toString()), Map.of());
  }

  private static void setAside(Path dataDir, Instant at) throws IOException {
    Path aside = null;
    for (String name : STORE_FILES) {
      Path f = dataDir.resolve(name);
      if (!Files.exists(f)) continue;
      if (aside == null) {
        aside = dataDir.resolve("before-restore-" + at.toString().replace(":", ""));
        Files.createDirectories(aside);
      }
      Files.move(f, aside.resolve(name));
    }
  }

  private static void requireEmpty(Path dir, boolean restoring) {
    if (!Files.exists(dir)) return;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      if (!Files.isDirectory(dir) || entries.iterator().hasNext()) {
        throw new CaravanException(
            Text.of(restoring ? "sto.restore.notEmpty" : "sto.backup.notEmpty", dir.toString()),
            Map.of("field", "dir", "value", dir.toString()));
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.err.read", dir.toString(), String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  private static String currentDatabase(Statement s) throws SQLException {
    try (var rs = s.executeQuery("SELECT current_database()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String literal(Path p) {
    return "'" + p.toString().replace("'", "''") + "'";
  }

  /** A backup holds password hashes and session digests: only its owner may read it. */
  private static void ownerOnly(Path dir) throws java.io.IOException {
    try {
      Files.setPosixFilePermissions(
          dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its own access rules apply
    }
  }
}
