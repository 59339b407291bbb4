package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import caravan.access.Role;
import caravan.access.Session;
import caravan.store.TestStores;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The response cache of issue 10 §1, on H2 and on PostgreSQL: an anonymous answer carries an ETag,
 * a client that sends it back gets 304, and once a write commits the same request gets the new
 * answer under a new ETag; never an answer kept from before a committed write, even while other
 * readers fill the cache during the write.
 */
class CachedAnswersTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String PASSWORD = "caspian-steppe-42";
  static final String LIST = "/api/v1/registry/decisions?lang=en";

  @TempDir Path dir;

  private App open(String store) {
    return "postgresql".equals(store)
        ? App.open(new App.Config(dir, TestStores.postgresUrl(), "postgres", null))
        : App.open(new App.Config(dir, null, null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void a_matching_etag_gets_304_and_a_write_gives_a_new_answer_and_etag(String store)
      throws Exception {
    try (App app = open(store)) {
      app.access().addUser("dana", PASSWORD.toCharArray(), Role.EDITOR);
      Session editor = app.access().signIn("dana", PASSWORD.toCharArray()).orElseThrow();
      Javalin server = app.web().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        for (String path : new String[] {LIST, "/pairs/KAZ-IRN?lang=en", "/registry/decisions"}) {
          HttpResponse<String> first = get(base + path, null);
          String etag = first.headers().firstValue("ETag").orElseThrow();
          assertThat(get(base + path, etag).statusCode()).as(path).isEqualTo(304);
          // the same bytes, so the same tag, from the cache (second) as from the route (first)
          assertThat(get(base + path, null).body()).isEqualTo(first.body());
        }
        HttpResponse<String> before = get(base + LIST, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(before.body()).doesNotContain("Quokkaburg");

        assertThat(create(base, editor, "Open the Quokkaburg trade house").statusCode())
            .isEqualTo(201);

        HttpResponse<String> after = get(base + LIST, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Open the Quokkaburg trade house");
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        // a signed-in editor's page is never kept nor answered from what anonymous readers got
        HttpResponse<String> signedIn =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + LIST))
                    .header("Cookie", "caravan_session=" + editor.token())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("ETag")).isEmpty();
      } finally {
        server.stop();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void no_answer_kept_from_before_a_committed_write_is_served_after_it(String store)
      throws Exception {
    try (App app = open(store)) {
      app.access().addUser("dana", PASSWORD.toCharArray(), Role.EDITOR);
      Session editor = app.access().signIn("dana", PASSWORD.toCharArray()).orElseThrow();
      Javalin server = app.web().start("127.0.0.1", 0);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<Throwable> failed = new AtomicReference<>();
      // readers fill the cache all the while, so some read while a write is under way
      Thread[] readers = new Thread[3];
      try {
        String base = "http://127.0.0.1:" + server.port();
        for (int i = 0; i < readers.length; i++) {
          readers[i] =
              new Thread(
                  () -> {
                    try {
                      while (!stop.get()) get(base + LIST, null);
                    } catch (Exception e) {
                      failed.set(e);
                    }
                  });
          readers[i].start();
        }
        for (int n = 1; n <= 15; n++) {
          String text = "Quokkaburg decision number " + n + " of the test";
          assertThat(create(base, editor, text).statusCode()).isEqualTo(201);
          // acknowledged, so every later read shows it
          assertThat(get(base + LIST, null).body()).as("after write " + n).contains(text);
        }
      } finally {
        stop.set(true);
        for (Thread t : readers) if (t != null) t.join();
        server.stop();
      }
      assertThat(failed.get()).isNull();
    }
  }

  static HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> create(String base, Session editor, String text) throws Exception {
    String decision =
        """
        {"sessionNumber": 19, "text": "%s", "owners": {"KAZ": "Ministry of Trade", "IRN": "TPO"},
         "deadline": "2031-06-30", "status": "PLANNED", "evidence": [], "links": [], "sources": []}
        """
            .formatted(text);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/decisions"))
            .POST(HttpRequest.BodyPublishers.ofString(decision))
            .header("Content-Type", "application/json")
            .header("Cookie", "caravan_session=" + editor.token())
            .header("X-CSRF-Token", editor.csrfToken())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
