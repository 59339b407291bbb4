package caravan.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Who may change Caravan's data: users with a role, password sign-in, sessions that end after a
 * time without use, and CSRF tokens for changes. Reading needs none of this (DESIGN.md §3).
 *
 * <p>Passwords are kept as PBKDF2-HMAC-SHA256 hashes (210,000 iterations, 16-byte salt); session
 * tokens are 32 random bytes of which only the SHA-256 is stored. Each sign-in costs one hash
 * (about 0.1–0.3 s of one core), whether or not the user exists.
 */
public final class AccessService {
  /** How long a session lives without being used; each use moves the end on by this much. */
  public static final Duration DEFAULT_IDLE = Duration.ofHours(8);

  /** How long a session lives at most from sign-in, however busy: then its user signs in again. */
  public static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(12);

  /** The shortest password accepted, in characters (Unicode code points). */
  public static final int MIN_PASSWORD = 10;

  /** The longest password accepted; longer ones only cost hashing time. */
  public static final int MAX_PASSWORD = 1024;

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  // A session's end moves on at most once a minute, so reading pages does not write every time.
  private static final Duration TOUCH_STEP = Duration.ofMinutes(1);

  private final UserStore users;
  private final SessionStore sessions;
  private final Passwords passwords;
  private final Tokens tokens;
  private final Clock clock;
  private final Duration idle;
  private final Duration absolute;
  private final SignInThrottle throttle;

  public AccessService(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, DEFAULT_IDLE);
  }

  /** As {@link #AccessService(Jdbi, Clock)} with sessions ending after {@code idle} unused. */
  public AccessService(Jdbi jdbi, Clock clock, Duration idle) {
    this(jdbi, clock, idle, DEFAULT_ABSOLUTE.compareTo(idle) < 0 ? idle : DEFAULT_ABSOLUTE);
  }

  /**
   * As {@link #AccessService(Jdbi, Clock, Duration)}, every session ending {@code absolute} after
   * its sign-in at the latest.
   */
  public AccessService(Jdbi jdbi, Clock clock, Duration idle, Duration absolute) {
    if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
      throw new IllegalArgumentException(
          "Session idle time must be positive and at most the absolute time, got "
              + idle
              + " and "
              + absolute);
    }
    SecureRandom random = new SecureRandom();
    this.users = new UserStore(jdbi);
    this.sessions = new SessionStore(jdbi);
    this.passwords = new Passwords(random, Passwords.ITERATIONS);
    this.tokens = new Tokens(random);
    this.clock = clock;
    this.idle = idle;
    this.absolute = absolute;
    this.throttle = new SignInThrottle(clock);
  }

  /**
   * Adds a user. The name is trimmed and lower-cased and must then be 2–64 characters of Latin
   * letters, digits, '.', '_' or '-', starting with a letter; the password must have at least
   * {@value #MIN_PASSWORD} characters. The caller keeps (and may clear) the password array.
   *
   * @throws AccessException 400 for a bad name or password, 409 when the name is taken
   */
  public User addUser(String name, char[] password, Role role) {
    String normal = normalName(name);
    if (!NAME.matcher(normal).matches()) {
      throw new AccessException(
          caravan.text.Text.of("cl.acc.badName", String.valueOf(name)),
          Map.of("field", "name", "value", String.valueOf(name)),
          400);
    }
    checkPassword(normal, password);
    if (role == null) throw new IllegalArgumentException("role must not be null");
    String hash = passwords.hash(password);
    Optional<User> added;
    try {
      added = users.insert(normal, hash, role, clock.instant());
    } catch (JdbiException e) {
      // Two adds of one name at once: the unique constraint refuses the second.
      if (users.byName(normal).isEmpty()) throw e;
      added = Optional.empty();
    }
    return added.orElseThrow(
        () ->
            new AccessException(
                caravan.text.Text.of("cl.acc.taken", normal),
                Map.of("field", "name", "value", normal),
                409));
  }

  private static void checkPassword(String normal, char[] password) {
    int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
    if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
      throw new AccessException(
          caravan.text.Text.of(
              "cl.acc.passwordLength",
              normal,
              String.valueOf(length),
              String.valueOf(MIN_PASSWORD),
              String.valueOf(MAX_PASSWORD)),
          Map.of("field", "password", "length", length),
          400);
    }
  }

  /** All users, by name. */
  public List<User> users() {
    return users.all();
  }

  /**
   * Signs a user in: a new session when name and password match, otherwise empty. A wrong password,
   * an unknown name and a malformed name all fail the same way and take the same time (one password
   * hash), so a failure gives no hint which part was wrong.
   */
  public Optional<Session> signIn(String name, char[] password) {
    if (password == null || password.length > MAX_PASSWORD * 2) return Optional.empty();
    // a name no user can have is not looked up: it fails as an unknown one does, and some (a NUL)
    // PostgreSQL cannot even compare
    Optional<UserStore.Row> row =
        NAME.matcher(normalName(name)).matches()
            ? users.byName(normalName(name))
            : Optional.empty();
    boolean ok =
        row.isPresent()
            ? passwords.verify(password, row.get().passwordHash())
            : passwords.verifyNothing(password);
    // A disabled user's password may still be right; the answer is the same as for a wrong one.
    if (!ok || row.get().disabled()) return Optional.empty();
    User user = row.get().user();
    if (passwords.needsRehash(row.get().passwordHash())) {
      users.updateHash(user.id(), passwords.hash(password));
    }
    Instant now = now();
    sessions.deleteExpired(now);
    String token = tokens.next();
    String csrf = tokens.next();
    Instant expires = now.plus(idle.compareTo(absolute) < 0 ? idle : absolute);
    sessions.insert(Tokens.digest(token), user.id(), csrf, now, expires);
    return Optional.of(new Session(token, user, csrf, expires));
  }

  /**
   * As {@link #signIn(String, char[])} for a client at {@code address}, refused while that name or
   * address has failed too often lately (see {@link SignInThrottle}); each failure is logged with
   * the name and the address, never the password.
   *
   * @throws AccessException 429 with the seconds to wait in {@code retryAfter}
   */
  public Optional<Session> signIn(String name, char[] password, String address) {
    String normal = normalName(name);
    throttle.check(normal, address);
    Optional<Session> session = signIn(name, password);
    if (session.isEmpty()) throttle.failed(normal, address);
    return session;
  }

  /**
   * The live session of {@code token}, its end moved to now plus the idle time; empty for an
   * unknown, signed-out or expired token (an expired one is deleted).
   */
  public Optional<Session> session(String token) {
    if (token == null || token.isEmpty() || token.length() > 128) return Optional.empty();
    String digest = Tokens.digest(token);
    Optional<SessionStore.Row> row = sessions.find(digest);
    if (row.isEmpty()) return Optional.empty();
    Instant now = now();
    Instant expires = row.get().expires();
    Instant end = row.get().created().plus(absolute);
    if (!now.isBefore(expires) || !now.isBefore(end)) {
      sessions.delete(digest);
      return Optional.empty();
    }
    Instant moved = now.plus(idle);
    if (moved.isAfter(end)) moved = end;
    if (Duration.between(expires, moved).compareTo(TOUCH_STEP) >= 0) {
      sessions.touch(digest, moved);
      expires = moved;
    }
    return Optional.of(new Session(token, row.get().user(), row.get().csrfToken(), expires));
  }

  /** Ends the session of {@code token}; nothing happens for an unknown token. */
  public void signOut(String token) {
    if (token == null || token.isEmpty() || token.length() > 128) return;
    sessions.delete(Tokens.digest(token));
  }

  /** Users with whether each is disabled and how many live sessions each has, by name. */
  public List<UserAccount> accounts() {
    return users.accounts(now());
  }

  /**
   * Refuses {@code name} every further sign-in and ends their sessions; the row stays, so that the
   * name is not reused by someone else unnoticed. {@link #enable} undoes it.
   *
   * @throws AccessException 404 when no user has that name
   */
  public User disable(String name) {
    User u = require(name);
    users.setDisabled(u.id(), now());
    sessions.deleteOf(u.id());
    return u;
  }

  /** Lets a disabled user sign in again. */
  public User enable(String name) {
    User u = require(name);
    users.setDisabled(u.id(), null);
    return u;
  }

  /**
   * Gives {@code name} a new password (the same rules as {@link #addUser}) and ends their sessions,
   * so that whoever knew the old one is signed out everywhere.
   */
  public User resetPassword(String name, char[] password) {
    User u = require(name);
    checkPassword(u.name(), password);
    users.updateHash(u.id(), passwords.hash(password));
    sessions.deleteOf(u.id());
    return u;
  }

  /**
   * Deletes {@code name} and their sessions for good (erasure on request). The audit log is
   * append-only, so the entries that name this user as actor stay: they record who changed public
   * data, and the name is all they hold.
   */
  public User deleteUser(String name) {
    User u = require(name);
    sessions.deleteOf(u.id());
    users.delete(u.id());
    return u;
  }

  private User require(String name) {
    String normal = normalName(name);
    return (NAME.matcher(normal).matches() ? users.byName(normal) : Optional.<UserStore.Row>empty())
        .map(UserStore.Row::user)
        .orElseThrow(
            () ->
                new AccessException(
                    caravan.text.Text.of("cl.acc.noUser", normal),
                    Map.of("field", "name", "value", normal),
                    404));
  }

  /** Whether {@code token} is the CSRF token of {@code session}, compared in constant time. */
  public boolean csrfValid(Session session, String token) {
    return session != null && Passwords.sameSecret(session.csrfToken(), token);
  }

  // Whole seconds: both databases keep them exactly, so a stored expiry reads back equal.
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String normalName(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
