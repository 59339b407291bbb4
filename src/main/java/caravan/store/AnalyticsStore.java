package caravan.store;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The analytical store for bulk trade flows: one DuckDB database file. DuckDB allows one writer
 * process per file, so Caravan keeps a single root connection and hands out duplicates of it
 * (cheap, thread-safe per duplicate) to whoever queries or imports.
 */
public final class AnalyticsStore implements AutoCloseable {
  private final DuckDBConnection root;
  private final String location;
  // connections handed out, closed with the store (readers may keep one per thread); weak, so the
  // ones their users closed and dropped do not pile up
  private final java.util.Set<Connection> handedOut =
      java.util.Collections.synchronizedSet(
          java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  private AnalyticsStore(DuckDBConnection root, String location) {
    this.root = root;
    this.location = location;
  }

  /** Opens (creating if needed) {@code trade.duckdb} in the data directory. */
  public static AnalyticsStore file(Path dataDir) {
    return open("jdbc:duckdb:" + dataDir.toAbsolutePath().resolve("trade.duckdb"));
  }

  /** An in-memory store, for benchmarks and tests that need no file. */
  public static AnalyticsStore inMemory() {
    return open("jdbc:duckdb:");
  }

  private static AnalyticsStore open(String url) {
    try {
      // loading the driver's native library is a phase of its own in a traced start
      Class.forName("org.duckdb.DuckDBNative");
      caravan.text.StartTrace.mark("duckdb native library");
      DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection(url);
      limitMemory(root);
      return new AnalyticsStore(root, url);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The DuckDB driver is missing from the build", e);
    } catch (SQLException e) {
      if (url.length() > "jdbc:duckdb:".length()) {
        Path file = Path.of(url.substring("jdbc:duckdb:".length()));
        StoreDamage.in(e, file, file, file.getParent())
            .ifPresent(
                d -> {
                  throw d;
                });
      }
      throw new CaravanException(
          Text.of("sto.err.tradeOpen", url, String.valueOf(e.getMessage())),
          Map.of("field", "data-dir", "value", url),
          e);
    }
  }

  /**
   * DuckDB's own memory lies outside the Java heap and by default may take 80 % of the machine: a
   * file of well-formed garbage rows, staged whole before validation, took gigabytes (issue 11 §1).
   * With a limit DuckDB spills its temporary tables to disk (beside a file store; under {@code
   * java.io.tmpdir} for one in memory) instead of growing.
   */
  private static void limitMemory(DuckDBConnection root) throws SQLException {
    String limit = memoryLimit(System.getenv("CARAVAN_DUCKDB_MEMORY"));
    try (java.sql.Statement st = root.createStatement()) {
      st.execute("SET memory_limit = '" + limit + "'");
      if (root.getCatalog() == null || "memory".equals(root.getCatalog())) {
        Path spill = Path.of(System.getProperty("java.io.tmpdir"), "caravan-duckdb-spill");
        st.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
      }
    }
  }

  /** The limit asked for, or the default; refused in words unless it reads like {@code 512MB}. */
  static String memoryLimit(String asked) {
    if (asked == null || asked.isBlank()) {
      return DEFAULT_MEMORY;
    }
    String v = asked.trim();
    if (!v.matches("(?i)[0-9]{1,7}(\\.[0-9]{1,3})?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
      throw new CaravanException(
          Text.of("sto.err.memory", v), Map.of("field", "CARAVAN_DUCKDB_MEMORY", "value", v));
    }
    return v;
  }

  /** Enough for a full BACI year's import with room to spare; the rest spills to disk. */
  static final String DEFAULT_MEMORY = "1GB";

  /**
   * Whether {@code table} exists yet: a store that has seen no import of its kind has none, and its
   * readers answer "no data" rather than fail.
   */
  public static boolean hasTable(Connection c, String table) throws SQLException {
    try (java.sql.PreparedStatement s =
        c.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      s.setString(1, table);
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    }
  }

  /** A new connection to the same database; the caller closes it. */
  public Connection connect() {
    try {
      Connection c = root.duplicate();
      handedOut.add(c);
      return c;
    } catch (SQLException e) {
      throw new CaravanException(
          Text.of("sto.err.closed", String.valueOf(location), String.valueOf(e.getMessage())),
          Map.of(),
          e);
    }
  }

  /**
   * A number that changes whenever the trade data changes (each committed import), so readers may
   * keep what they derived from it until then. DuckDB lets one process write a database file, so
   * this process sees every change.
   */
  public long generation() {
    return generation.get();
  }

  /** Called by whoever committed a change to the trade data. */
  public void changed() {
    generation.incrementAndGet();
  }

  public String location() {
    return location;
  }

  @Override
  public void close() {
    synchronized (handedOut) {
      for (Connection c : handedOut) {
        try {
          c.close();
        } catch (SQLException e) {
          // already closed by its user
        }
      }
      handedOut.clear();
    }
    try {
      root.close();
    } catch (SQLException e) {
      // Closing a DuckDB handle only fails when it is already gone: nothing left to release.
    }
  }
}
