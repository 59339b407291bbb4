package caravan.store;

import caravan.text.CaravanException;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The relational store for what people edit (stated figures, later the registry): an H2 file under
 * the data directory by default, PostgreSQL when a {@code jdbc:postgresql:} URL is given. Flyway
 * migrations from {@code db/migration} keep one portable schema for both.
 */
public final class RelationalStore {
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final String url;

  private RelationalStore(DataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.url = url;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** The default store: an H2 file {@code caravan} in the data directory. */
  public static RelationalStore h2File(Path dataDir) {
    return open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("caravan") + ";AUTO_SERVER=FALSE", null, null);
  }

  /**
   * Opens and migrates the store at {@code url} ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}).
   * User and password may be null when the URL carries them.
   */
  public static RelationalStore open(String url, String user, String password) {
    DataSource ds;
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      // PostgreSQL mode keeps the migrations to one dialect that both databases accept.
      h2.setURL(url.contains("MODE=") ? url : url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
      if (user != null) h2.setUser(user);
      if (password != null) h2.setPassword(password);
      ds = h2;
    } else if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(url);
      if (user != null) pg.setUser(user);
      if (password != null) pg.setPassword(password);
      ds = pg;
    } else {
      throw new CaravanException(
          "Unsupported database URL '" + url + "': use jdbc:h2:file:… or jdbc:postgresql://host/db",
          Map.of("field", "db", "value", url));
    }
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      throw new CaravanException(
          "Cannot prepare the database at " + url + ": " + e.getMessage(),
          Map.of("field", "db", "value", url),
          e);
    }
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
}
