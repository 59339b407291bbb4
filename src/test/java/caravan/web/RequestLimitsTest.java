package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Oversized and malformed requests from a signed-in editor (the worst case: the guard lets them
 * through to the handlers) get a clear 4xx in Caravan's words: 413 for a large body, 400 naming a
 * too-long field, and no stack trace, class name or library message in any answer.
 */
class RequestLimitsTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Session editor;

  // what a leaked library message or stack trace looks like
  private static final Pattern LEAK =
      Pattern.compile(
          "(?i)exception|\\bat [a-z]+\\.[a-z]|jackson|jetty|javalin|java\\.|org\\.|com\\.fasterxml"
              + "|caused by|\\.java:\\d|\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+|`");

  @BeforeAll
  static void signIn() {
    web.app().access().addUser("aigerim", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    editor = web.app().access().signIn("aigerim", "caspian-steppe-42".toCharArray()).orElseThrow();
  }

  private static HttpResponse<String> send(
      String method, String path, String type, byte[] body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .header("Cookie", "caravan_session=" + editor.token())
            .header("X-CSRF-Token", editor.csrfToken())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) b.header("Content-Type", type);
    if (headers.length > 0) b.headers(headers);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void noLeak(HttpResponse<String> r) {
    assertThat(r.body()).as(r.uri() + " " + r.statusCode()).doesNotContainPattern(LEAK);
  }

  @Test
  void a_body_over_the_limit_is_413_in_plain_words() throws Exception {
    // announced by Content-Length: refused before the body is read
    String json =
        raw(
            "POST /api/v1/registry/agreements HTTP/1.1\r\nHost: x\r\nContent-Type:"
                + " application/json\r\nContent-Length: 2000000\r\nCookie: caravan_session="
                + editor.token()
                + "\r\nX-CSRF-Token: "
                + editor.csrfToken()
                + "\r\n\r\n{\"title\":\""
                + "x".repeat(10_000));
    assertThat(json).startsWith("HTTP/1.1 413 ").contains("at most 1000000 are taken");
    assertThat(json.substring(json.indexOf("\r\n\r\n"))).doesNotContainPattern(LEAK);
    // chunked, without a length: refused when the reading passes the limit
    HttpResponse<String> chunked =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/registry/agreements"))
                .header("Cookie", "caravan_session=" + editor.token())
                .header("X-CSRF-Token", editor.csrfToken())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(
                                ("{\"title\":\"" + "x".repeat(1_100_000) + "\"}").getBytes())))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    noLeak(chunked);
  }

  @Test
  void a_long_search_or_form_field_is_400_naming_it() throws Exception {
    HttpResponse<String> q =
        send("GET", "/api/v1/registry/search?q=" + "a".repeat(201), null, null);
    assertThat(q.statusCode()).isEqualTo(400);
    assertThat(q.body()).contains("\"field\":\"q\"").contains("at most 200");
    HttpResponse<String> page = send("GET", "/registry?q=" + "a".repeat(201), null, null);
    assertThat(page.statusCode()).isEqualTo(400);
    // issue 14 §2: the refusal is worded in the page's language (Russian by default)
    assertThat(page.body()).contains("q: длина 201 зн., допускается не более 200");
    HttpResponse<String> english =
        send("GET", "/registry?lang=en&q=" + "a".repeat(201), null, null);
    assertThat(english.body()).contains("q is 201 characters long");
    byte[] form =
        ("_csrf="
                + editor.csrfToken()
                + "&lang=en&notes="
                + "y".repeat(RequestLimits.MAX_FIELD + 1))
            .getBytes();
    HttpResponse<String> field =
        send("POST", "/registry/agreements/new", "application/x-www-form-urlencoded", form);
    assertThat(field.statusCode()).isEqualTo(400);
    assertThat(field.body()).contains("notes is 20001 characters long");
    noLeak(field);
  }

  @Test
  void malformed_requests_get_a_problem_without_library_words() throws Exception {
    String path = "/api/v1/registry/agreements";
    byte[] invalidUtf8 = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
    for (HttpResponse<String> r :
        java.util.List.of(
            send("POST", path, "application/json", "{\"title\": ".getBytes()),
            send("POST", path, "application/json", "[1,2,3]".getBytes()),
            send("POST", path, "application/json", "{\"dates\":{\"signed\":[]}}".getBytes()),
            send("POST", path, "application/json", "{\"titles\": 5}".getBytes()),
            send("POST", path, "application/json", "{\"signed\": {\"a\": 1}}".getBytes()),
            send("POST", path, "application/json", "\"just text\"".getBytes()),
            send("POST", path, "application/json", invalidUtf8),
            send("POST", path, "text/plain", "title=x".getBytes()),
            send("POST", path, "application/xml", "<a/>".getBytes()),
            send("PATCH", path + "/AGR-NONE", "application/json", "{}".getBytes()),
            send("PROPFIND", path, null, null),
            send("GET", "/api/v1/registry/search?q=%FF%FE%C3", null, null),
            send("GET", "/registry?q=%C3%28&lang=en", null, null),
            send("GET", "/api/v1/pairs/KAZ-IRN/profile?year=%00", null, null))) {
      // refused, or (invalid UTF-8 in a query) read with replacement characters; never a 500
      assertThat(r.statusCode())
          .as(r.request().method() + " " + r.uri() + " " + r.body())
          .isBetween(200, 499);
      noLeak(r);
    }
  }

  @Test
  void huge_headers_and_a_broken_request_line_get_a_short_answer_without_internals()
      throws Exception {
    for (String raw :
        java.util.List.of(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(70_000) + "\r\n\r\n",
            "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
            "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nCookie: caravan_session=\u00ff\r\n\r\n")) {
      String answer = raw(raw);
      // a refusal, or for the odd cookie (simply not a session) the usual redirect
      assertThat(answer)
          .as(raw.substring(0, Math.min(40, raw.length())))
          .matches("(?s)HTTP/1.1 (4\\d\\d|302) .*");
      assertThat(answer.substring(answer.indexOf("\r\n\r\n")))
          .as(raw.substring(0, Math.min(40, raw.length())))
          .doesNotContainPattern(LEAK);
      assertThat(answer)
          .as(raw.substring(0, Math.min(40, raw.length())))
          .contains("X-Content-Type-Options: nosniff")
          .doesNotContainIgnoringCase("Server:");
    }
  }

  private static String raw(String request) throws Exception {
    URI u = URI.create(web.base());
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          got.write(buf, 0, n);
          if (got.size() > 100_000) break;
        }
      } catch (java.net.SocketException e) {
        // the server may close while we still write; what came back is the answer
      }
      return got.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
