package caravan.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The {@code app_user} table through Jdbi; SQL kept portable between H2 and PostgreSQL. */
final class UserStore {
  private final Jdbi jdbi;

  UserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A user row with its password hash, which never leaves this package. */
  record Row(User user, String passwordHash, boolean disabled) {}

  private static final String INSERT =
      """
      INSERT INTO app_user (name, password_hash, role, created_at)
      VALUES (:name, :hash, :role, :createdAt)""";

  private static final String SELECT_BY_NAME =
      "SELECT id, name, role, password_hash, disabled_at FROM app_user WHERE name = :name";

  private static final String SELECT_ALL = "SELECT id, name, role FROM app_user ORDER BY name";

  private static final String SELECT_ACCOUNTS =
      """
      SELECT u.id, u.name, u.role, u.disabled_at,
        (SELECT COUNT(*) FROM user_session s WHERE s.user_id = u.id AND s.expires_at > :now) AS live
      FROM app_user u ORDER BY u.name""";

  private static final String UPDATE_DISABLED =
      "UPDATE app_user SET disabled_at = :at WHERE id = :id";

  private static final String DELETE = "DELETE FROM app_user WHERE id = :id";

  private static final String UPDATE_HASH =
      "UPDATE app_user SET password_hash = :hash WHERE id = :id";

  /** Inserts a user; empty when the name is taken (checked in the same transaction). */
  Optional<User> insert(String name, String hash, Role role, Instant now) {
    return jdbi.inTransaction(
        h -> {
          if (h.createQuery(SELECT_BY_NAME).bind("name", name).mapToMap().findFirst().isPresent()) {
            return Optional.empty();
          }
          long id =
              h.createUpdate(INSERT)
                  .bind("name", name)
                  .bind("hash", hash)
                  .bind("role", role.key())
                  .bind("createdAt", utc(now))
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          return Optional.of(new User(id, name, role));
        });
  }

  Optional<Row> byName(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT_BY_NAME)
                .bind("name", name)
                .map(
                    (rs, ctx) ->
                        new Row(
                            user(rs),
                            rs.getString("password_hash"),
                            rs.getObject("disabled_at") != null))
                .findFirst());
  }

  List<User> all() {
    return jdbi.withHandle(h -> h.createQuery(SELECT_ALL).map((rs, ctx) -> user(rs)).list());
  }

  List<UserAccount> accounts(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT_ACCOUNTS)
                .bind("now", utc(now))
                .map(
                    (rs, ctx) ->
                        new UserAccount(
                            user(rs), rs.getObject("disabled_at") != null, rs.getInt("live")))
                .list());
  }

  void setDisabled(long id, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate(UPDATE_DISABLED)
                .bind("id", id)
                .bind("at", at == null ? null : utc(at))
                .execute());
  }

  void delete(long id) {
    jdbi.useHandle(h -> h.createUpdate(DELETE).bind("id", id).execute());
  }

  void updateHash(long id, String hash) {
    jdbi.useHandle(h -> h.createUpdate(UPDATE_HASH).bind("id", id).bind("hash", hash).execute());
  }

  static User user(ResultSet rs) throws SQLException {
    return new User(rs.getLong("id"), rs.getString("name"), Role.parse(rs.getString("role")));
  }

  static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
