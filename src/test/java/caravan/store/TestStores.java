package caravan.store;

import caravan.TestEnvironment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Migrated relational stores for tests: a fresh H2 in-memory database, or a fresh database on an
 * embedded PostgreSQL 14 started once per JVM (skipped, or failed under CI, when it cannot start).
 */
public final class TestStores {
  private TestStores() {}

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static String postgresFailure;

  /** A fresh, migrated H2 in-memory store (PostgreSQL mode), alive until the JVM ends. */
  public static RelationalStore h2() {
    return RelationalStore.open(
        "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A fresh, migrated database on the embedded PostgreSQL of this JVM. */
  public static RelationalStore postgres() {
    return RelationalStore.open(postgresUrl(), "postgres", null);
  }

  /** The JDBC URL (user postgres, no password) of a fresh empty database, for a whole App. */
  public static String postgresUrl() {
    EmbeddedPostgres pg = embeddedPostgres();
    String db = "test_" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create database " + db + ": " + e.getMessage(), e);
    }
    return pg.getJdbcUrl("postgres", db);
  }

  private static synchronized EmbeddedPostgres embeddedPostgres() {
    if (postgres == null && postgresFailure == null) {
      try {
        postgres = EmbeddedPostgres.start();
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (Exception ignored) {
                        // the JVM is ending
                      }
                    }));
      } catch (Exception | LinkageError e) {
        postgresFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }
    TestEnvironment.require(
        postgres != null, "embedded PostgreSQL could not start: " + postgresFailure);
    return postgres;
  }
}
