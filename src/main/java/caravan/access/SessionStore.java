package caravan.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The {@code user_session} table: sessions by the SHA-256 of their token. */
final class SessionStore {
  private final Jdbi jdbi;

  SessionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A stored session: its user (as now stored), CSRF token, sign-in time and expiry. */
  record Row(User user, String csrfToken, Instant created, Instant expires) {}

  private static final String INSERT =
      """
      INSERT INTO user_session (token_sha256, user_id, csrf_token, created_at, expires_at)
      VALUES (:digest, :userId, :csrf, :createdAt, :expiresAt)""";

  private static final String SELECT =
      """
      SELECT u.id, u.name, u.role, s.csrf_token, s.created_at, s.expires_at
      FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_sha256 = :digest AND u.disabled_at IS NULL""";

  private static final String TOUCH =
      "UPDATE user_session SET expires_at = :expiresAt WHERE token_sha256 = :digest";

  private static final String DELETE = "DELETE FROM user_session WHERE token_sha256 = :digest";

  private static final String DELETE_OF_USER = "DELETE FROM user_session WHERE user_id = :userId";

  private static final String DELETE_EXPIRED = "DELETE FROM user_session WHERE expires_at <= :now";

  void insert(String digest, long userId, String csrf, Instant created, Instant expires) {
    jdbi.useHandle(
        h ->
            h.createUpdate(INSERT)
                .bind("digest", digest)
                .bind("userId", userId)
                .bind("csrf", csrf)
                .bind("createdAt", UserStore.utc(created))
                .bind("expiresAt", UserStore.utc(expires))
                .execute());
  }

  Optional<Row> find(String digest) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT)
                .bind("digest", digest)
                .map(
                    (rs, ctx) ->
                        new Row(
                            UserStore.user(rs),
                            rs.getString("csrf_token"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .findFirst());
  }

  void touch(String digest, Instant expires) {
    jdbi.useHandle(
        h ->
            h.createUpdate(TOUCH)
                .bind("digest", digest)
                .bind("expiresAt", UserStore.utc(expires))
                .execute());
  }

  void delete(String digest) {
    jdbi.useHandle(h -> h.createUpdate(DELETE).bind("digest", digest).execute());
  }

  void deleteOf(long userId) {
    jdbi.useHandle(h -> h.createUpdate(DELETE_OF_USER).bind("userId", userId).execute());
  }

  int deleteExpired(Instant now) {
    return jdbi.withHandle(
        h -> h.createUpdate(DELETE_EXPIRED).bind("now", UserStore.utc(now)).execute());
  }
}
