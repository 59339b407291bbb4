package caravan;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.store.TestStores;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §5: two Caravan instances (each its own data directory, as on two machines) over one
 * PostgreSQL. A session made by signing in on one is good on the other; an edit through one is
 * found at once by a search on the other (whose in-memory index was built before the edit), and the
 * other's cached list answers with the new record under a new ETag.
 */
class TwoInstancesOnPostgresTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "caspian-steppe-42";

  @TempDir Path one;
  @TempDir Path two;

  @Test
  void an_edit_on_one_instance_is_seen_by_the_other_at_once() throws Exception {
    String url = TestStores.postgresUrl();
    try (App a = App.open(new App.Config(one, url, "postgres", null));
        App b = App.open(new App.Config(two, url, "postgres", null))) {
      a.access().addUser("dana", PASSWORD.toCharArray(), Role.EDITOR);
      Javalin serverA = a.web().start("127.0.0.1", 0);
      Javalin serverB = b.web().start("127.0.0.1", 0);
      try {
        String baseA = "http://127.0.0.1:" + serverA.port();
        String baseB = "http://127.0.0.1:" + serverB.port();
        String cookie = signIn(baseA);

        // the session made on A is known to B, with its CSRF token
        HttpResponse<String> session = send(baseB + "/api/v1/session", cookie, null, null);
        assertThat(session.statusCode()).isEqualTo(200);
        JsonNode s = JSON.readTree(session.body());
        assertThat(s.get("name").asText()).isEqualTo("dana");

        String search =
            baseB
                + "/api/v1/registry/search?q="
                + URLEncoder.encode("Quokkaburg", StandardCharsets.UTF_8);
        // B builds its index and keeps its answers before the edit
        assertThat(send(search, null, null, null).body()).isEqualTo("[]");
        String list = baseB + "/api/v1/registry/decisions?lang=en";
        HttpResponse<String> before = send(list, null, null, null);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(send(list, null, etag, null).statusCode()).isEqualTo(304);

        String decision =
            """
            {"sessionNumber": 19, "text": "Open the Quokkaburg trade house",
             "owners": {"KAZ": "Ministry of Trade", "IRN": "TPO"}, "deadline": "2031-06-30",
             "status": "PLANNED", "evidence": [], "links": [], "sources": []}
            """;
        HttpResponse<String> created =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(baseA + "/api/v1/registry/decisions"))
                    .POST(HttpRequest.BodyPublishers.ofString(decision))
                    .header("Content-Type", "application/json")
                    .header("Cookie", cookie)
                    .header("X-CSRF-Token", s.get("csrfToken").asText())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();

        // the first search on B after A acknowledged the edit finds it (well within a second)
        JsonNode hits = JSON.readTree(send(search, null, null, null).body());
        assertThat(hits.findValuesAsText("id")).containsExactly(id);
        HttpResponse<String> after = send(list, null, etag, null);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains(id);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
      } finally {
        serverA.stop();
        serverB.stop();
      }
    }
  }

  /** Signs in through A's form as a browser does; returns the session cookie. */
  private static String signIn(String base) throws Exception {
    HttpResponse<String> form = send(base + "/signin?lang=en", null, null, null);
    String signin = cookie(form.headers().allValues("Set-Cookie"), "caravan_signin");
    String body =
        "_csrf="
            + signin
            + "&name=dana&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&lang=en";
    HttpResponse<String> signedIn = send(base + "/signin", "caravan_signin=" + signin, null, body);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    return "caravan_session="
        + cookie(signedIn.headers().allValues("Set-Cookie"), "caravan_session");
  }

  private static String cookie(List<String> setCookies, String name) {
    for (String c : setCookies) {
      if (c.startsWith(name + "=")) return c.substring(name.length() + 1).split(";", 2)[0];
    }
    throw new AssertionError("no cookie " + name + " in " + setCookies);
  }

  private static HttpResponse<String> send(
      String url, String cookie, String ifNoneMatch, String form) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url));
    if (cookie != null) r.header("Cookie", cookie);
    if (ifNoneMatch != null) r.header("If-None-Match", ifNoneMatch);
    if (form != null) {
      r.POST(HttpRequest.BodyPublishers.ofString(form))
          .header("Content-Type", "application/x-www-form-urlencoded");
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }
}
