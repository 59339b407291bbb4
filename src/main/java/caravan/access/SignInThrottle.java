package caravan.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing: after {@value #PER_NAME} failed sign-ins for one name, or {@value
 * #PER_ADDRESS} from one address, within {@link #WINDOW}, further tries for that name or from that
 * address are refused (429) until a token has come back (one per {@code WINDOW / limit}), whether
 * or not the password would be right. Only failures are counted. A side effect accepted by ASVS: a
 * stranger can keep one name locked by failing on purpose; its owner waits, the password is safe.
 */
final class SignInThrottle {
  static final int PER_NAME = 5;
  static final int PER_ADDRESS = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);

  // Bounded: an attacker inventing names or addresses only pushes the oldest ones out.
  private static final int MAX_KEYS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  private final Throttle names;
  private final Throttle addresses;

  SignInThrottle(Clock clock) {
    this.names = new Throttle(PER_NAME, WINDOW, MAX_KEYS, clock);
    this.addresses = new Throttle(PER_ADDRESS, WINDOW, MAX_KEYS, clock);
  }

  /** Refuses (429) while the name or the address must wait. */
  void check(String name, String address) {
    Optional<Duration> wait = names.wait(name).or(() -> addresses.wait(key(address)));
    if (wait.isEmpty()) return;
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    LOG.warn(
        "Sign-in refused without checking: too many failures for name '{}' or from {}",
        printable(name),
        printable(address));
    throw new AccessException(
        caravan.text.Text.of("cl.acc.throttled", String.valueOf(seconds)),
        Map.of("reason", "throttled", "retryAfter", seconds),
        429);
  }

  /** Counts one failure against the name and the address, and logs it. */
  void failed(String name, String address) {
    names.take(name);
    addresses.take(key(address));
    LOG.warn("Failed sign-in for name '{}' from {}", printable(name), printable(address));
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }

  // What a client typed goes to the log: no line breaks to forge entries, and not too long.
  static String printable(String s) {
    if (s == null) return "";
    String clean = s.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "?");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }
}
