package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A signed-in editor flooding the write API is refused with 429 and Retry-After once past the
 * limit, and so is anyone else from that address; reading stays open.
 */
class WriteThrottleTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> delete(String base, Session s) throws Exception {
    // a delete of a record that is not there: a cheap change that still passes the guard
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/decisions/DEC-NONE?version=1"))
            .DELETE();
    if (s != null) {
      b.header("Cookie", "caravan_session=" + s.token()).header("X-CSRF-Token", s.csrfToken());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void past_the_limit_changes_are_429_and_reading_goes_on() throws Exception {
    web.app().access().addUser("aigerim", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    Session editor =
        web.app().access().signIn("aigerim", "caspian-steppe-42".toCharArray()).orElseThrow();
    System.setProperty("caravan.writes-per-minute", "3");
    Javalin server;
    try {
      server = web.app().web().start("127.0.0.1", 0);
    } finally {
      System.clearProperty("caravan.writes-per-minute");
    }
    try {
      String base = "http://127.0.0.1:" + server.port();
      for (int i = 0; i < 3; i++) assertThat(delete(base, editor).statusCode()).isEqualTo(404);
      HttpResponse<String> refused = delete(base, editor);
      assertThat(refused.statusCode()).isEqualTo(429);
      // 3 a minute: the next one comes back in 20 s
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
      assertThat(refused.body()).contains("Too many changes");
      // the address allows twice the user's count, 6: the editor's four tries spent four, so two
      // more (not signed in) reach the guard and are 401, and the next is refused at the door
      for (int i = 0; i < 2; i++) assertThat(delete(base, null).statusCode()).isEqualTo(401);
      assertThat(delete(base, null).statusCode()).isEqualTo(429);
      // reading is not throttled
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/v1/countries")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(200);
    } finally {
      server.stop();
    }
  }
}
