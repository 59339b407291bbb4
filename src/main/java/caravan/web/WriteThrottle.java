package caravan.web;

import caravan.access.AccessException;
import caravan.access.Session;
import caravan.access.Throttle;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the changes (POST, PUT, PATCH, DELETE) one address and one signed-in user may send: {@code
 * perMinute} in a burst, then that many a minute (twice as many per address, which several people
 * behind one office router share). Above it the answer is 429 with Retry-After, and the refusal is
 * logged. Counted in this process only: each instance behind a balancer has its own allowance.
 */
final class WriteThrottle {
  /** Generous for people typing, low enough to stop a script flooding the audit log. */
  static final int DEFAULT_PER_MINUTE = 300;

  private static final Logger LOG = LoggerFactory.getLogger(WriteThrottle.class);
  private static final int MAX_KEYS = 10_000;

  private final Throttle users;
  private final Throttle addresses;

  WriteThrottle(int perMinute, Clock clock) {
    this.users = new Throttle(perMinute, Duration.ofMinutes(1), MAX_KEYS, clock);
    this.addresses = new Throttle(perMinute * 2, Duration.ofMinutes(1), MAX_KEYS, clock);
  }

  /**
   * The limit from the system property {@code caravan.writes-per-minute} or the environment
   * variable {@code CARAVAN_WRITES_PER_MINUTE}, else {@value #DEFAULT_PER_MINUTE}.
   */
  static WriteThrottle configured() {
    String v = System.getProperty("caravan.writes-per-minute");
    if (v == null) v = System.getenv("CARAVAN_WRITES_PER_MINUTE");
    int perMinute = DEFAULT_PER_MINUTE;
    if (v != null && !v.isBlank()) {
      try {
        perMinute = Math.max(1, Integer.parseInt(v.strip()));
      } catch (NumberFormatException e) {
        LOG.warn("CARAVAN_WRITES_PER_MINUTE is not a whole number ('{}'): using {}", v, perMinute);
      }
    }
    return new WriteThrottle(perMinute, Clock.systemUTC());
  }

  /** Spends one change of the address (and of the user, when signed in), or refuses with 429. */
  void charge(Context ctx, Session session) {
    String address = RequestOrigin.of(ctx).address(ctx);
    Optional<Duration> wait = addresses.take(address);
    if (wait.isEmpty() && session != null) wait = users.take(session.user().name());
    if (wait.isEmpty()) return;
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    LOG.warn(
        "Change refused, too many from {} (user {}): {} {}",
        address,
        session == null ? "-" : session.user().name(),
        ctx.method(),
        ctx.path());
    throw new AccessException(
        caravan.text.Text.of("lang.err.throttled", String.valueOf(seconds)),
        Map.of("reason", "throttled", "retryAfter", seconds),
        429);
  }
}
