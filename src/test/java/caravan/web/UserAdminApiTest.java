package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin role means something: only an admin lists, disables, resets and deletes users over the
 * API; an editor asking the same is refused (403), and what the admin did takes effect at once.
 */
class UserAdminApiTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "caspian-steppe-42";

  @BeforeAll
  static void users() {
    web.app().access().addUser("dana", PASSWORD.toCharArray(), Role.ADMIN);
    web.app().access().addUser("aigerim", PASSWORD.toCharArray(), Role.EDITOR);
    web.app().access().addUser("bahram", PASSWORD.toCharArray(), Role.EDITOR);
    web.app().access().addUser("cyrus", PASSWORD.toCharArray(), Role.EDITOR);
  }

  private static Session signIn(String name) {
    return web.app().access().signIn(name, PASSWORD.toCharArray()).orElseThrow();
  }

  private static HttpResponse<String> send(String method, String path, Session s, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (s != null) {
      b.header("Cookie", "caravan_session=" + s.token()).header("X-CSRF-Token", s.csrfToken());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void an_editor_may_not_manage_users_and_nobody_signed_out_may_either() throws Exception {
    Session editor = signIn("aigerim");
    assertThat(send("GET", "/api/v1/users", editor, null).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/users/cyrus/disable", editor, null).statusCode())
        .isEqualTo(403);
    assertThat(send("DELETE", "/api/v1/users/cyrus", editor, null).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/users", null, null).statusCode()).isEqualTo(401);
    assertThat(web.app().access().signIn("cyrus", PASSWORD.toCharArray())).isPresent();
  }

  @Test
  void an_admin_disables_resets_and_deletes_with_effect_at_once() throws Exception {
    Session admin = signIn("dana");
    Session victim = signIn("bahram");

    HttpResponse<String> list = send("GET", "/api/v1/users", admin, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(list.body()).findValuesAsText("name"))
        .contains("aigerim", "bahram", "dana");

    assertThat(send("POST", "/api/v1/users/bahram/disable", admin, null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/v1/session", victim, null).statusCode()).isEqualTo(401);
    assertThat(web.app().access().signIn("bahram", PASSWORD.toCharArray())).isEmpty();
    send("POST", "/api/v1/users/bahram/enable", admin, null);

    Session again = signIn("bahram");
    HttpResponse<String> reset =
        send("POST", "/api/v1/users/bahram/reset", admin, "{\"password\": \"tabriz-bazaar-2024\"}");
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/session", again, null).statusCode()).isEqualTo(401);
    assertThat(web.app().access().signIn("bahram", "tabriz-bazaar-2024".toCharArray())).isPresent();

    assertThat(send("DELETE", "/api/v1/users/bahram", admin, null).statusCode()).isEqualTo(200);
    assertThat(send("DELETE", "/api/v1/users/bahram", admin, null).statusCode()).isEqualTo(404);
    // an admin cannot lock themself out
    assertThat(send("DELETE", "/api/v1/users/dana", admin, null).statusCode()).isEqualTo(409);
    // nor by writing their name as sign-in reads it (trimmed, any case): the stored name is 'dana'
    assertThat(send("DELETE", "/api/v1/users/DANA", admin, null).statusCode()).isEqualTo(409);
    assertThat(send("POST", "/api/v1/users/Dana/disable", admin, null).statusCode()).isEqualTo(409);
  }
}
