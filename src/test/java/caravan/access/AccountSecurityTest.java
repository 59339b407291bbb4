package caravan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 §3 on H2 and PostgreSQL: sessions end at an absolute limit however busy; disabling,
 * resetting and deleting a user end their sessions and refuse their sign-in; repeated failed
 * sign-ins for one name or from one address are refused for a while.
 */
class AccountSecurityTest {
  private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
  private static final char[] PASSWORD = "caspian-steppe-42".toCharArray();
  private static final char[] OTHER = "tabriz-bazaar-2024".toCharArray();

  private final List<RelationalStore> opened = new ArrayList<>();
  private final MovableClock clock = new MovableClock(START);

  private AccessService service(String db) {
    RelationalStore store = db.equals("h2") ? TestStores.h2() : TestStores.postgres();
    opened.add(store);
    return new AccessService(store.jdbi(), clock);
  }

  @AfterEach
  void close() {
    opened.forEach(RelationalStore::close);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_session_used_every_hour_still_ends_twelve_hours_after_sign_in(String db) {
    AccessService access = service(db);
    access.addUser("aigerim", PASSWORD, Role.EDITOR);
    Session s = access.signIn("aigerim", PASSWORD).orElseThrow();

    // Used every hour, the 8 h idle limit never bites; the 12 h absolute one does: at 09:00 + 11 h
    // it still lives, and its end has been capped at 21:00 rather than 20:00 + 8 h.
    for (int hour = 1; hour <= 11; hour++) {
      clock.move(Duration.ofHours(1));
      assertThat(access.session(s.token())).as("hour " + hour).isPresent();
    }
    assertThat(access.session(s.token()).orElseThrow().expires())
        .isEqualTo(Instant.parse("2025-03-01T21:00:00Z"));
    clock.move(Duration.ofHours(1));
    assertThat(access.session(s.token())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_disabled_user_loses_every_session_and_cannot_sign_in_until_enabled(String db) {
    AccessService access = service(db);
    access.addUser("aigerim", PASSWORD, Role.EDITOR);
    access.addUser("bahram", PASSWORD, Role.EDITOR);
    Session one = access.signIn("aigerim", PASSWORD).orElseThrow();
    Session two = access.signIn("aigerim", PASSWORD).orElseThrow();
    Session other = access.signIn("bahram", PASSWORD).orElseThrow();

    access.disable("aigerim");

    assertThat(access.session(one.token())).isEmpty();
    assertThat(access.session(two.token())).isEmpty();
    assertThat(access.session(other.token())).isPresent();
    assertThat(access.signIn("aigerim", PASSWORD)).isEmpty();
    assertThat(access.accounts())
        .extracting(a -> a.user().name() + " " + a.disabled() + " " + a.liveSessions())
        .containsExactly("aigerim true 0", "bahram false 1");

    access.enable("aigerim");
    assertThat(access.signIn("aigerim", PASSWORD)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_reset_password_ends_the_sessions_and_only_the_new_password_opens(String db) {
    AccessService access = service(db);
    access.addUser("aigerim", PASSWORD, Role.EDITOR);
    Session before = access.signIn("aigerim", PASSWORD).orElseThrow();

    access.resetPassword("aigerim", OTHER);

    assertThat(access.session(before.token())).isEmpty();
    assertThat(access.signIn("aigerim", PASSWORD)).isEmpty();
    assertThat(access.signIn("aigerim", OTHER)).isPresent();
    assertThatThrownBy(() -> access.resetPassword("aigerim", "short".toCharArray()))
        .hasMessageContaining("use at least 10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void a_deleted_user_is_gone_with_their_sessions(String db) {
    AccessService access = service(db);
    access.addUser("aigerim", PASSWORD, Role.EDITOR);
    Session s = access.signIn("aigerim", PASSWORD).orElseThrow();

    access.deleteUser("aigerim");

    assertThat(access.session(s.token())).isEmpty();
    assertThat(access.signIn("aigerim", PASSWORD)).isEmpty();
    assertThat(access.users()).isEmpty();
    assertThatThrownBy(() -> access.deleteUser("aigerim"))
        .isInstanceOfSatisfying(AccessException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void five_failures_for_one_name_lock_it_even_for_the_right_password_then_it_thaws() {
    AccessService access = service("h2");
    access.addUser("aigerim", PASSWORD, Role.EDITOR);
    for (int i = 0; i < SignInThrottle.PER_NAME; i++) {
      // each from another address, so that only the name's count can lock
      assertThat(access.signIn("aigerim", OTHER, "10.0.0." + i)).isEmpty();
    }
    assertThatThrownBy(() -> access.signIn("Aigerim ", PASSWORD, "10.0.1.1"))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              // one token comes back every 15 min / 5 = 180 s
              assertThat(e.details()).containsEntry("retryAfter", 180L);
            });
    // another name from the same addresses is not affected
    access.addUser("bahram", PASSWORD, Role.EDITOR);
    assertThat(access.signIn("bahram", PASSWORD, "10.0.0.1")).isPresent();

    clock.move(Duration.ofMinutes(3));
    assertThat(access.signIn("aigerim", PASSWORD, "10.0.1.1")).isPresent();
  }

  @Test
  void thirty_failures_from_one_address_lock_it_for_every_name() {
    // the throttle itself, so that thirty failures cost no thirty password hashes
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
      throttle.check("guess" + i, "192.0.2.7");
      throttle.failed("guess" + i, "192.0.2.7");
    }
    assertThatThrownBy(() -> throttle.check("aigerim", "192.0.2.7"))
        .isInstanceOfSatisfying(
            AccessException.class,
            // 15 minutes / 30 tries = one back every 30 s
            e -> assertThat(e.details()).containsEntry("retryAfter", 30L));
    throttle.check("aigerim", "192.0.2.8"); // another address: let through
    clock.move(Duration.ofSeconds(30));
    throttle.check("aigerim", "192.0.2.7");
  }

  @Test
  void each_failure_is_logged_with_name_and_address_never_the_password() {
    AccessService access = service("h2");
    access.addUser("aigerim", PASSWORD, Role.EDITOR);
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      access.signIn("aigerim", "typed-by-mistake-77".toCharArray(), "10.9.9.9");
      // a name carrying a line break cannot forge a second log entry
      access.signIn("eve\nINFO forged entry", OTHER, "10.9.9.9");
    } finally {
      System.setErr(err);
    }
    String written = log.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written)
        .contains("Failed sign-in for name 'aigerim' from 10.9.9.9")
        .contains("Failed sign-in for name 'eve?info forged entry' from 10.9.9.9")
        .doesNotContain("typed-by-mistake-77")
        .doesNotContain(new String(OTHER));
  }

  @Test
  void a_throttle_remembers_at_most_its_size_of_keys() {
    Throttle t = new Throttle(1, Duration.ofMinutes(1), 3, clock);
    for (int i = 0; i < 100; i++) t.take("key" + i);
    assertThat(t.size()).isEqualTo(3);
    // the three most recent are still spent; a forgotten one starts afresh
    assertThat(t.wait("key99")).isPresent();
    assertThat(t.wait("key0")).isEmpty();
  }
}
