package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import caravan.access.Role;
import caravan.store.TestStores;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL, which cannot hold or even compare a text with a NUL: a sign-in with such a name is
 * a 400 naming the name (before, the look-up failed in the database: 500), and a reset body of null
 * is a 400 naming the password.
 */
class UserBodiesOnPostgresTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path dir;

  @Test
  void a_nul_in_a_sign_in_name_and_a_null_reset_body_are_400() throws Exception {
    try (App app = App.open(new App.Config(dir, TestStores.postgresUrl(), "postgres", null))) {
      Javalin server = app.web().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> page =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/signin?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        String signin = AccessRoutesTest.cookie(page, "caravan_signin");
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "caravan_signin=" + signin)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "_csrf=" + signin + "&lang=en&name=a%00b&password=caspian-steppe-42"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("'a?b' cannot be a user name");

        app.access().addUser("dana", "caspian-steppe-42".toCharArray(), Role.ADMIN);
        var s = app.access().signIn("dana", "caspian-steppe-42".toCharArray()).orElseThrow();
        HttpResponse<String> reset =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/users/dana/reset"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", "caravan_session=" + s.token())
                    .header("X-CSRF-Token", s.csrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString("null"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(400);
        assertThat(reset.body()).contains("\"field\":\"password\"");
      } finally {
        server.stop();
      }
    }
  }
}
