package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 §3 over HTTP with the real server: the users API and the sign-in form answer a body of
 * null, a wrong type or an out-of-range value with 400 problem details naming the field, never 500,
 * and nothing changes.
 */
class UserBodiesTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "caspian-steppe-42";

  @BeforeAll
  static void users() {
    web.app().access().addUser("dana", PASSWORD.toCharArray(), Role.ADMIN);
    web.app().access().addUser("cyrus", PASSWORD.toCharArray(), Role.EDITOR);
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws Exception {
    Session s = web.app().access().signIn("dana", PASSWORD.toCharArray()).orElseThrow();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Cookie", "caravan_session=" + s.token())
            .header("X-CSRF-Token", s.csrfToken());
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Asserts a 400 problem detail naming {@code field}, and returns its detail. */
  private static String badRequest(HttpResponse<String> r, String field) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .as(r.uri() + " " + r.body())
        .startsWith("application/problem+json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.path("status").asInt()).isEqualTo(400);
    assertThat(p.path("field").asText()).as(r.body()).isEqualTo(field);
    assertThat(p.path("detail").asText()).doesNotContain("Exception", "java.", "jackson");
    return p.path("detail").asText();
  }

  private static final String NOT_AN_OBJECT =
      "The body must be a JSON object with the new password, {\"password\": \"…\"}";

  @Test
  void a_reset_body_that_is_no_json_object_is_400_naming_the_password() throws Exception {
    for (String body : List.of("null", "[]", "42", "\"caspian-steppe-43\"", "true", "")) {
      HttpResponse<String> r = send("POST", "/api/v1/users/cyrus/reset", body);
      assertThat(badRequest(r, "password")).as(body).startsWith(NOT_AN_OBJECT);
    }
    // the password is unchanged
    assertThat(web.app().access().signIn("cyrus", PASSWORD.toCharArray())).isPresent();
  }

  @Test
  void a_reset_password_of_the_wrong_type_is_400_naming_it() throws Exception {
    for (String body :
        List.of(
            "{}",
            "{\"password\": null}",
            "{\"password\": 12345678901}",
            "{\"password\": 1e400}",
            "{\"password\": [\"caspian-steppe-43\"]}",
            "{\"password\": {\"text\": \"caspian-steppe-43\"}}",
            "{\"pasword\": \"caspian-steppe-43\"}")) {
      HttpResponse<String> r = send("POST", "/api/v1/users/cyrus/reset", body);
      assertThat(badRequest(r, "password"))
          .as(body)
          .isEqualTo(
              "password must be text (a JSON string) of 10 to 1024 characters, such as"
                  + " {\"password\": \"caspian-steppe-43\"}");
    }
    assertThat(web.app().access().signIn("cyrus", PASSWORD.toCharArray())).isPresent();
  }

  @Test
  void a_reset_password_out_of_range_is_400_naming_it() throws Exception {
    // 1025 characters: one over the most a password may have
    HttpResponse<String> r =
        send("POST", "/api/v1/users/cyrus/reset", "{\"password\": \"" + "p".repeat(1025) + "\"}");
    assertThat(badRequest(r, "password"))
        .isEqualTo(
            "The password for 'cyrus' has 1025 characters: use at least 10 (and at most 1024)");
    assertThat(web.app().access().signIn("cyrus", PASSWORD.toCharArray())).isPresent();
  }

  @Test
  void a_body_that_is_not_json_is_400() throws Exception {
    HttpResponse<String> r = send("POST", "/api/v1/users/cyrus/reset", "{\"password\": ");
    assertThat(badRequest(r, "password")).startsWith(NOT_AN_OBJECT);
  }

  @Test
  void a_user_name_that_no_user_can_have_is_400_naming_it() throws Exception {
    // 65 characters: one over the longest name; a tab; a space; a camel (Jetty itself answers an
    // encoded NUL in a path with 400)
    for (String name : List.of("a".repeat(65), "a%09b", "%20", "%F0%9F%90%AB")) {
      for (String path :
          List.of("/api/v1/users/" + name + "/disable", "/api/v1/users/" + name + "/reset")) {
        HttpResponse<String> r = send("POST", path, "{\"password\": \"caspian-steppe-43\"}");
        assertThat(badRequest(r, "name"))
            .as(path)
            .contains(
                "cannot be a user name: 2–64 characters (Latin letters, digits, '.', '_',"
                    + " '-'), starting with a letter");
      }
      assertThat(badRequest(send("DELETE", "/api/v1/users/" + name, null), "name")).isNotEmpty();
    }
  }

  @Test
  void a_sign_in_with_a_name_no_user_can_have_is_400_naming_it() throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/signin?lang=en")).build(),
            HttpResponse.BodyHandlers.ofString());
    String signin = AccessRoutesTest.cookie(page, "caravan_signin");
    for (String name : List.of("a".repeat(65), "a\0b", "da na")) {
      String body =
          "_csrf="
              + signin
              + "&lang=en&name="
              + URLEncoder.encode(name, StandardCharsets.UTF_8)
              + "&password="
              + PASSWORD;
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(web.base() + "/signin"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "caravan_signin=" + signin)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(name).isEqualTo(400);
      assertThat(r.body()).contains("cannot be a user name");
    }
  }

  @Test
  void a_json_body_sent_to_the_sign_in_form_is_refused_without_a_failure() throws Exception {
    for (String body : List.of("null", "{\"name\": 5}", "[]")) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(web.base() + "/signin"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // the form's CSRF field is missing: 403, as for any post that did not come from the form
      assertThat(r.statusCode()).as(body).isEqualTo(403);
    }
  }
}
