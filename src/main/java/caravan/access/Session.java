package caravan.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser or client. {@code token} is the secret the client holds (the cookie value;
 * only its SHA-256 is stored); {@code csrfToken} must come back with every change; the session ends
 * at {@code expires} unless it is used before then (each use moves it on).
 */
public record Session(String token, User user, String csrfToken, Instant expires) {
  public Session {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(expires, "expires");
  }

  /** Keeps the secrets out of logs. */
  @Override
  public String toString() {
    return "Session[user=" + user + ", expires=" + expires + "]";
  }
}
