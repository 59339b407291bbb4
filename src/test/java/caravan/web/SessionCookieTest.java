package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The session cookie and sign-in on the whole server (issue 10 §3): the cookie's flags, Secure only
 * over HTTPS a trusted proxy vouches for, a fresh token at sign-in that ends the one held before,
 * sign-out ends it server-side, and repeated failures answer 429 with Retry-After.
 */
class SessionCookieTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "caspian-steppe-42";

  @BeforeAll
  static void users() {
    web.app().access().addUser("aigerim", PASSWORD.toCharArray(), Role.EDITOR);
    web.app().access().addUser("guessed", PASSWORD.toCharArray(), Role.EDITOR);
  }

  @Test
  void the_cookie_is_http_only_lax_and_secure_only_behind_a_trusted_https_proxy() throws Exception {
    String plain =
        setCookie(signIn(web.base(), "aigerim", PASSWORD, null, "X-Forwarded-Proto", "https"));
    // a forged X-Forwarded-Proto to a server that trusts no proxy: no Secure
    assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    Javalin trusting = web.app().web().trustProxy(true).start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + trusting.port();
      String secure =
          setCookie(signIn(base, "aigerim", PASSWORD, null, "X-Forwarded-Proto", "https"));
      assertThat(secure).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    } finally {
      trusting.stop();
    }
  }

  @Test
  void sign_in_issues_a_new_token_and_ends_the_one_held_before() throws Exception {
    // the attack: a token planted in the victim's browser before the victim signs in
    String planted = value(setCookie(signIn(web.base(), "aigerim", PASSWORD, null)));
    assertThat(status("/api/v1/session", planted)).isEqualTo(200);

    String fresh = value(setCookie(signIn(web.base(), "aigerim", PASSWORD, planted)));

    assertThat(fresh).isNotEqualTo(planted);
    assertThat(status("/api/v1/session", planted)).isEqualTo(401);
    assertThat(status("/api/v1/session", fresh)).isEqualTo(200);
  }

  @Test
  void after_sign_out_the_old_cookie_opens_nothing() throws Exception {
    String session = value(setCookie(signIn(web.base(), "aigerim", PASSWORD, null)));
    String csrf =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(get("/api/v1/session", session).body())
            .path("csrfToken")
            .asText();
    HttpResponse<String> out =
        HTTP.send(
            form(web.base() + "/signout", "caravan_session=" + session, Map.of("_csrf", csrf)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(status("/api/v1/session", session)).isEqualTo(401);
  }

  @Test
  void repeated_failures_for_one_name_answer_429_with_retry_after() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(web.base(), "guessed", "wrong-password-" + i, null).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> refused = signIn(web.base(), "guessed", PASSWORD, null);
    assertThat(refused.statusCode()).isEqualTo(429);
    // 15 minutes / 5 tries = one try back every 180 s, less what came back while the tries ran
    assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1, 180);
    assertThat(refused.body()).contains("Too many failed sign-ins").doesNotContain("Exception");
    assertThat(refused.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("caravan_session="));
  }

  // ---- helpers ----

  /** The sign-in form, then its post; {@code held} is a session cookie the browser already has. */
  static HttpResponse<String> signIn(
      String base, String name, String password, String held, String... headers) throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
            HttpResponse.BodyHandlers.ofString());
    String signin = value(setCookieOf(page, "caravan_signin"));
    String cookies = "caravan_signin=" + signin + (held == null ? "" : "; caravan_session=" + held);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/signin"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookies)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    encode(
                        Map.of(
                            "_csrf", signin, "name", name, "password", password, "lang", "en"))));
    if (headers.length > 0) b.headers(headers);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest form(String url, String cookies, Map<String, String> fields) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
        .build();
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> get(String path, String session) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .header("Cookie", "caravan_session=" + session)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int status(String path, String session) throws Exception {
    return get(path, session).statusCode();
  }

  static String setCookie(HttpResponse<?> r) {
    assertThat(r.statusCode()).as("sign-in").isEqualTo(303);
    return setCookieOf(r, "caravan_session");
  }

  static String setCookieOf(HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + r.headers()));
  }

  static String value(String setCookie) {
    int semi = setCookie.indexOf(';');
    return setCookie.substring(setCookie.indexOf('=') + 1, semi < 0 ? setCookie.length() : semi);
  }
}
