package caravan.store;

import caravan.text.CaravanException;
import caravan.text.StartTrace;
import caravan.text.Text;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The relational store for what people edit (stated figures, later the registry): an H2 file under
 * the data directory by default, PostgreSQL when a {@code jdbc:postgresql:} URL is given. Flyway
 * migrations from {@code db/migration} keep one portable schema for both; {@code db/vendor/h2} and
 * {@code db/vendor/postgresql} add what each says in its own dialect (the audit log's triggers).
 */
public final class RelationalStore implements AutoCloseable {
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final String url;

  private RelationalStore(DataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.url = url;
    this.jdbi = Jdbi.create(dataSource);
    DataVersion.pool(jdbi, dataSource);
  }

  /** The default store: an H2 file {@code caravan} in the data directory. */
  public static RelationalStore h2File(Path dataDir) {
    H2Durability.createWhole(dataDir.toAbsolutePath().resolve("caravan"));
    return open(
        "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("caravan") + ";AUTO_SERVER=FALSE",
        null,
        null);
  }

  /**
   * Opens and migrates the store at {@code url} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}).
   * User and password may be null when the URL carries them.
   */
  public static RelationalStore open(String url, String user, String password) {
    HikariConfig pool = new HikariConfig();
    if (url.startsWith("jdbc:h2:")) {
      // PostgreSQL mode keeps the migrations to one dialect that both databases accept.
      pool.setJdbcUrl(
          H2Durability.durable(
              url.contains("MODE=") ? url : url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));
      pool.setDriverClassName("org.h2.Driver");
    } else if (url.startsWith("jdbc:postgresql:")) {
      pool.setJdbcUrl(url);
      pool.setDriverClassName("org.postgresql.Driver");
    } else {
      throw new CaravanException(Text.of("sto.err.url", url), Map.of("field", "db", "value", url));
    }
    if (user != null) pool.setUsername(user);
    if (password != null) pool.setPassword(password);
    // Opening a connection costs milliseconds (an H2 file, a PostgreSQL login): keep a few open.
    pool.setMaximumPoolSize(8);
    pool.setMinimumIdle(1);
    pool.setPoolName("caravan-store");
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(pool);
    } catch (RuntimeException e) {
      H2Durability.damage(url, e)
          .ifPresent(
              d -> {
                throw d;
              });
      String why = rootMessage(e);
      // an H2 file has one process at a time: most often a running `caravan serve`
      Text hint =
          url.startsWith("jdbc:h2:") && why.contains("locked")
              ? Text.of("sto.err.locked")
              : Text.literal("");
      throw new CaravanException(
          Text.of("sto.err.connect", url, why, hint), Map.of("field", "db", "value", url), e);
    }
    StartTrace.mark("connection pool");
    Optional<StoreDamage> damage = H2Durability.openedWhole(url);
    if (damage.isPresent()) {
      ds.close();
      throw damage.get();
    }
    try {
      // db/migration holds the portable schema; db/vendor/{h2,postgresql} what only each dialect
      // can say (triggers), under version numbers that both folders share.
      String vendor = url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
      Migrations.bundled(vendor).bringUpToDate(ds);
    } catch (FlywayException e) {
      ds.close();
      throw new CaravanException(
          Text.of("sto.err.prepare", url, String.valueOf(e.getMessage())),
          Map.of("field", "db", "value", url),
          e);
    }
    StartTrace.mark("schema current");
    return new RelationalStore(ds, url);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    ((HikariDataSource) dataSource).close();
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) e = e.getCause();
    return e.getMessage();
  }
}
