package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import caravan.access.Role;
import caravan.access.Session;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/v1/admin/backup: tried without credentials, with a wrong local token and as an editor,
 * and refused each time; the local operator's token and an admin's session are let through.
 */
class AdminBackupTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String TOKEN = "the-token-serve-wrote-into-the-data-directory";
  @TempDir static Path tmp;
  static App app;
  static Javalin server;
  static String base;

  @BeforeAll
  static void start() {
    app = App.open(new App.Config(tmp.resolve("data"), null, null, null));
    server = app.web().withBackup(TOKEN, app::backup).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    app.access().addUser("editor1", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    app.access().addUser("admin1", "caspian-steppe-43".toCharArray(), Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    server.stop();
    app.close();
  }

  private static HttpResponse<String> post(String dir, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + AdminRoutes.BACKUP))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"dir\": \"" + dir + "\"}"));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String[] as(Session s) {
    return new String[] {
      "Cookie", AccessRoutes.SESSION_COOKIE + "=" + s.token(), "X-CSRF-Token", s.csrfToken()
    };
  }

  @Test
  void nobody_a_wrong_token_and_an_editor_are_refused_and_nothing_is_written() throws Exception {
    Session editor = app.access().signIn("editor1", "caspian-steppe-42".toCharArray()).get();

    assertThat(post(tmp.resolve("b1").toString()).statusCode()).isEqualTo(401);
    assertThat(post(tmp.resolve("b2").toString(), "Caravan-Local-Token", "guess").statusCode())
        .isEqualTo(403);
    assertThat(post(tmp.resolve("b3").toString(), as(editor)).statusCode()).isEqualTo(403);
    assertThat(tmp.resolve("b1")).doesNotExist();
    assertThat(tmp.resolve("b2")).doesNotExist();
    assertThat(tmp.resolve("b3")).doesNotExist();
  }

  @Test
  void the_local_token_and_an_admin_back_up() throws Exception {
    Session admin = app.access().signIn("admin1", "caspian-steppe-43".toCharArray()).get();

    HttpResponse<String> local =
        post(tmp.resolve("by-token").toString(), "Caravan-Local-Token", TOKEN);
    HttpResponse<String> byAdmin = post(tmp.resolve("by-admin").toString(), as(admin));

    assertThat(local.statusCode()).as(local.body()).isEqualTo(200);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    assertThat(tmp.resolve("by-token/caravan.zip")).exists();
    assertThat(tmp.resolve("by-admin/trade.duckdb")).exists();
  }
}
