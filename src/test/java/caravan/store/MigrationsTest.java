package caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * Flyway is skipped only when a store already holds every bundled migration unchanged: a fresh
 * store is migrated, a current one is not touched, one that lacks a newly bundled migration gets
 * it, one whose history disagrees with a bundled file goes to Flyway (which refuses it). On H2 and
 * on PostgreSQL, whose history tables Caravan reads itself.
 */
class MigrationsTest {
  private static final Migrations H2 = Migrations.bundled("h2");
  private static final Migrations POSTGRES = Migrations.bundled("postgresql");

  @Test
  void h2_fresh_migrates_current_skips_new_migration_runs() throws Exception {
    try (HikariDataSource ds = h2()) {
      fresh_current_next(ds, H2, "h2");
    }
  }

  @Test
  void postgres_fresh_migrates_current_skips_new_migration_runs() throws Exception {
    try (HikariDataSource ds = pool(TestStores.postgresUrl(), "postgres")) {
      fresh_current_next(ds, POSTGRES, "postgresql");
    }
  }

  @Test
  void h2_history_that_differs_from_a_bundled_file_is_not_current() throws Exception {
    try (HikariDataSource ds = h2()) {
      changed_checksum(ds, H2);
    }
  }

  @Test
  void postgres_history_that_differs_from_a_bundled_file_is_not_current() throws Exception {
    try (HikariDataSource ds = pool(TestStores.postgresUrl(), "postgres")) {
      changed_checksum(ds, POSTGRES);
    }
  }

  @Test
  void checksums_agree_with_flyways_own() {
    // Flyway's info() computes the checksum of each bundled file by its own code: the
    // independent reference for ours
    try (HikariDataSource ds = h2()) {
      Flyway flyway =
          Flyway.configure()
              .dataSource(ds)
              .locations("classpath:db/migration", "classpath:db/vendor/h2")
              .load();
      MigrationInfo[] all = flyway.info().all();
      assertThat(all).isNotEmpty();
      var ours = H2.checksums();
      for (MigrationInfo m : all) {
        assertThat(ours.get(m.getVersion().getVersion()))
            .as("V%s", m.getVersion())
            .isEqualTo(m.getChecksum());
      }
      assertThat(ours).hasSize(all.length);
    }
  }

  private static void fresh_current_next(HikariDataSource ds, Migrations bundled, String vendor)
      throws Exception {
    assertThat(bundled.current(ds)).as("an empty store has no history").isFalse();
    assertThat(bundled.bringUpToDate(ds)).as("a fresh store is migrated").isTrue();
    assertThat(count(ds, "SELECT count(*) FROM stated_figure")).isZero();
    long applied = count(ds, "SELECT count(*) FROM flyway_schema_history");

    assertThat(bundled.current(ds)).isTrue();
    assertThat(bundled.bringUpToDate(ds)).as("a current store is left alone").isFalse();
    assertThat(count(ds, "SELECT count(*) FROM flyway_schema_history")).isEqualTo(applied);

    Migrations later =
        new Migrations(List.of("db/migration", "db/vendor/" + vendor, "db/start-next"));
    assertThat(later.current(ds)).as("V900 is bundled but not applied").isFalse();
    assertThat(later.bringUpToDate(ds)).isTrue();
    assertThat(count(ds, "SELECT count(*) FROM start_next_migration")).isZero();
    assertThat(count(ds, "SELECT count(*) FROM flyway_schema_history")).isEqualTo(applied + 1);
    assertThat(later.bringUpToDate(ds)).isFalse();
  }

  private static void changed_checksum(HikariDataSource ds, Migrations bundled) throws Exception {
    bundled.bringUpToDate(ds);
    assertThat(bundled.current(ds)).isTrue();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
    }
    assertThat(bundled.current(ds)).isFalse();
  }

  private static HikariDataSource h2() {
    return pool(
        "jdbc:h2:mem:migrations-"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "sa");
  }

  private static HikariDataSource pool(String url, String user) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername(user);
    c.setMaximumPoolSize(2);
    return new HikariDataSource(c);
  }

  private static long count(HikariDataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
