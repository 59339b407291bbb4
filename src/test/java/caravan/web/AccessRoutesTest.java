package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.AccessService;
import caravan.access.Role;
import caravan.access.User;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.CaravanException;
import caravan.text.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, sign-out and the guard on a real server: the access routes plus two stand-in changes
 * registered here, a JSON one under /api/v1 and a form one, each answering "changed".
 */
class AccessRoutesTest {
  static final String PASSWORD = "caspian-steppe-42";
  static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects by default
  static final ObjectMapper JSON = new ObjectMapper();

  static RelationalStore store;
  static Javalin server;
  static String base;

  @BeforeAll
  static void start() {
    store = TestStores.h2();
    AccessService access = new AccessService(store.jdbi(), Clock.systemUTC());
    access.addUser("aigerim", PASSWORD.toCharArray(), Role.EDITOR);
    access.addUser("bahram", PASSWORD.toCharArray(), Role.VIEWER);
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    server =
        Javalin.create(
                cfg -> {
                  cfg.startup.showJavalinBanner = false;
                  new AccessRoutes(access, templates).register(cfg.routes);
                  cfg.routes.post("/api/v1/things", ctx -> ctx.result("changed"));
                  cfg.routes.post("/things", ctx -> ctx.result("changed"));
                  cfg.routes.get(
                      "/whoami",
                      ctx -> {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("m", Messages.of("en"));
                        p.put("user", ctx.<User>attribute("user"));
                        p.put("csrf", ctx.<String>attribute("csrf"));
                        StringOutput out = new StringOutput();
                        templates.render("userbar.jte", p, out);
                        ctx.html(out.toString());
                      });
                  cfg.routes.exception(CaravanException.class, Problems::handle);
                })
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.stop();
    if (store != null) store.close();
  }

  @Test
  void the_sign_in_page_is_public_and_its_form_carries_a_csrf_field_matching_a_cookie()
      throws Exception {
    HttpResponse<String> page = get("/signin?lang=en", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form method=\"post\" action=\"/signin\"");
    String field = field(page.body(), "_csrf");
    assertThat(cookie(page, "caravan_signin")).isEqualTo(field);
    assertThat(setCookie(page, "caravan_signin"))
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
  }

  @Test
  void signing_in_sets_an_http_only_lax_session_cookie_and_goes_where_asked() throws Exception {
    HttpResponse<String> page = get("/signin?lang=en&next=/pairs/KAZ-IRN", null);
    String signin = cookie(page, "caravan_signin");

    HttpResponse<String> r =
        postForm(
            "/signin",
            "caravan_signin=" + signin,
            Map.of(
                "_csrf",
                signin,
                "name",
                "aigerim",
                "password",
                PASSWORD,
                "next",
                field(page.body(), "next")));

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/pairs/KAZ-IRN");
    String set = setCookie(r, "caravan_session");
    assertThat(set).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
    // Plain http here, so the cookie cannot be Secure (a browser would drop it).
    assertThat(set).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void a_wrong_password_and_an_unknown_user_get_the_same_answer() throws Exception {
    HttpResponse<String> page = get("/signin?lang=en", null);
    String signin = cookie(page, "caravan_signin");

    HttpResponse<String> wrongPassword =
        postForm(
            "/signin",
            "caravan_signin=" + signin,
            Map.of(
                "_csrf", signin, "name", "aigerim", "password", "caspian-steppe-43", "lang", "en"));
    HttpResponse<String> unknownUser =
        postForm(
            "/signin",
            "caravan_signin=" + signin,
            Map.of("_csrf", signin, "name", "nobody", "password", PASSWORD, "lang", "en"));

    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownUser.statusCode()).isEqualTo(401);
    // Byte for byte the same page: the same form token, the same message, no hint which was wrong.
    assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    assertThat(wrongPassword.body()).contains("The user name or the password is wrong.");
    assertThat(wrongPassword.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void a_sign_in_post_without_the_form_cookie_is_refused() throws Exception {
    HttpResponse<String> r =
        postForm(
            "/signin", null, Map.of("_csrf", "forged", "name", "aigerim", "password", PASSWORD));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("caravan_session"));
  }

  @Test
  void a_change_without_a_session_is_401_as_a_problem_detail() throws Exception {
    HttpResponse<String> r = postJson("/api/v1/things", null, null);

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.path("status").asInt()).isEqualTo(401);
    assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "POST /api/v1/things needs a signed-in user with the editor role: sign in at /signin"
                + " and try again");
  }

  @Test
  void a_form_change_without_a_session_is_401_on_a_message_page() throws Exception {
    HttpResponse<String> r = postForm("/things", null, Map.of("x", "1"));

    assertThat(r.statusCode()).isEqualTo(401);
    // the heading and (issue 14 §2) the guard's words in the page's language, Russian by default
    assertThat(r.body())
        .contains("<h1>401 · Вход не выполнен</h1>")
        .contains("войдите на /signin и повторите");
  }

  @Test
  void a_viewer_may_not_change_even_with_the_right_csrf_token() throws Exception {
    String session = signIn("bahram");
    String csrf = csrf(session);

    HttpResponse<String> r = postJson("/api/v1/things", session, csrf);

    assertThat(r.statusCode()).isEqualTo(403);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.path("title").asText()).isEqualTo("Forbidden");
    assertThat(problem.path("reason").asText()).isEqualTo("role");
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "POST /api/v1/things needs the editor or admin role, but 'bahram' is a viewer: ask an"
                + " admin to run 'caravan user add' with --role editor");
  }

  @Test
  void an_editor_changes_with_the_csrf_token_in_the_header_or_the_form_field() throws Exception {
    String session = signIn("aigerim");
    String csrf = csrf(session);

    HttpResponse<String> api = postJson("/api/v1/things", session, csrf);
    HttpResponse<String> form =
        postForm("/things", "caravan_session=" + session, Map.of("_csrf", csrf, "x", "1"));

    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).isEqualTo("changed");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).isEqualTo("changed");
  }

  @Test
  void an_editor_without_or_with_a_wrong_csrf_token_is_refused() throws Exception {
    String session = signIn("aigerim");
    String cookie = "caravan_session=" + session;

    List<HttpResponse<String>> refused =
        List.of(
            postJson("/api/v1/things", session, null), // JSON without the header
            postJson("/api/v1/things", session, "x".repeat(43)), // JSON, wrong header
            postForm("/things", cookie, Map.of("x", "1")), // form without _csrf
            postForm("/things", cookie, Map.of("_csrf", "x".repeat(43)))); // form, wrong _csrf

    assertThat(refused).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(403));
    assertThat(JSON.readTree(refused.get(0).body()).path("reason").asText()).isEqualTo("csrf");
  }

  @Test
  void reading_stays_public_and_the_user_bar_shows_who_is_signed_in() throws Exception {
    String session = signIn("aigerim");

    HttpResponse<String> anonymous = get("/whoami", null);
    HttpResponse<String> signedIn = get("/whoami", session);

    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("<a href=\"/signin?lang=en\">Sign in</a>");
    assertThat(signedIn.body())
        .contains("Signed in as aigerim (editor)")
        .contains("action=\"/signout\"")
        .contains("value=\"" + csrf(session) + "\"");
  }

  @Test
  void signing_out_ends_the_session() throws Exception {
    String session = signIn("aigerim");
    String csrf = csrf(session);

    HttpResponse<String> out =
        postForm("/signout", "caravan_session=" + session, Map.of("_csrf", csrf));

    assertThat(out.statusCode()).isEqualTo(303);
    // Jetty removes a cookie by an empty value that expired in 1970.
    assertThat(setCookie(out, "caravan_session"))
        .startsWith("caravan_session=;")
        .contains("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    // The old cookie, replayed, no longer opens anything.
    assertThat(postJson("/api/v1/things", session, csrf).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/session", session).statusCode()).isEqualTo(401);
  }

  @Test
  void signing_out_needs_the_csrf_token_so_another_site_cannot_sign_a_user_out() throws Exception {
    String session = signIn("aigerim");

    HttpResponse<String> out = postForm("/signout", "caravan_session=" + session, Map.of());

    assertThat(out.statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/session", session).statusCode()).isEqualTo(200);
  }

  @Test
  void after_sign_in_only_paths_of_this_site_are_followed() {
    assertThat(AccessRoutes.next("/pairs/KAZ-IRN?lang=en")).isEqualTo("/pairs/KAZ-IRN?lang=en");
    assertThat(AccessRoutes.next("https://evil.example/")).isEqualTo("/");
    assertThat(AccessRoutes.next("//evil.example/")).isEqualTo("/");
    assertThat(AccessRoutes.next("/\\evil.example/")).isEqualTo("/");
    assertThat(AccessRoutes.next(null)).isEqualTo("/");
    // issue 11 §2: what browsers strip or rewrite before they resolve a Location (WHATWG URL:
    // tab, CR and LF removed anywhere, backslash read as slash) would turn these into "//host"
    for (String bypass :
        new String[] {
          "/\t/evil.example",
          "/\n/evil.example",
          "/\r/evil.example",
          "/ /evil.example",
          "/\u3000/evil.example",
          "/\u200b/evil.example",
          "/\u0000/evil.example",
          "\t//evil.example",
          "/\\/evil.example",
          "javascript:alert(1)",
          "/%",
        }) {
      assertThat(AccessRoutes.next(bypass)).as(bypass).isEqualTo("/");
    }
    // a percent-encoded slash stays part of the path: browsers do not decode it into one
    assertThat(AccessRoutes.next("/%2F/x")).isEqualTo("/%2F/x");
  }

  @Test
  void a_sign_in_page_asked_to_send_the_user_elsewhere_sends_them_home() throws Exception {
    // the query as the issue found it: next = "/", TAB, "/evil.example"
    HttpResponse<String> page = get("/signin?next=%2F%09%2Fevil.example", null);

    assertThat(field(page.body(), "next")).isEqualTo("/");
  }

  // ---- a small browser ----

  /** Signs {@code name} in through the form and returns the session cookie's value. */
  static String signIn(String name) throws Exception {
    HttpResponse<String> page = get("/signin", null);
    String signin = cookie(page, "caravan_signin");
    HttpResponse<String> r =
        postForm(
            "/signin",
            "caravan_signin=" + signin,
            Map.of("_csrf", signin, "name", name, "password", PASSWORD));
    assertThat(r.statusCode()).as("sign-in of " + name).isEqualTo(303);
    return cookie(r, "caravan_session");
  }

  static String csrf(String session) throws Exception {
    HttpResponse<String> r = get("/api/v1/session", session);
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body()).path("csrfToken").asText();
  }

  static HttpResponse<String> get(String path, String session) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (session != null) b.header("Cookie", "caravan_session=" + session);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postJson(String path, String session, String csrf) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"x\":1}"));
    if (session != null) b.header("Cookie", "caravan_session=" + session);
    if (csrf != null) b.header("X-CSRF-Token", csrf);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postForm(String path, String cookies, Map<String, String> fields)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookies != null) b.header("Cookie", cookies);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String setCookie(HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + r.headers()));
  }

  static String cookie(HttpResponse<?> r, String name) {
    String set = setCookie(r, name);
    return set.substring(name.length() + 1, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
  }

  static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return m.group(1);
  }
}
