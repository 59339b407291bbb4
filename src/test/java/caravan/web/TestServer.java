package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Caravan over a fresh data directory, served on a free local port for the tests of one class
 * ({@code @RegisterExtension static final TestServer web = new TestServer();}), started before the
 * class's own {@code @BeforeAll} and stopped after its tests.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path dataDir;
  private App app;
  private Javalin server;
  private String base;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dataDir = Files.createTempDirectory("caravan-web-test");
    app = App.open(new App.Config(dataDir, null, null, null));
    server = app.web().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) server.stop();
    if (app != null) app.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  App app() {
    return app;
  }

  /** The data directory the app serves from. */
  Path dataDir() {
    return dataDir;
  }

  /** The server's address, {@code http://127.0.0.1:PORT}, to which paths are appended. */
  String base() {
    return base;
  }

  /** The body of GET {@code path}, which must answer 200. */
  String get(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return r.body();
  }

  /** GET {@code path} as JSON, which must answer 200. */
  JsonNode json(String path) throws Exception {
    return JSON.readTree(get(path));
  }
}
