package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every kind of answer carries the security headers, and HSTS appears only over HTTPS: a plain
 * request, or one that merely claims X-Forwarded-Proto: https to a server that trusts no proxy,
 * gets none (the attack: a client forging the header to make cookies or HSTS follow its word).
 */
class SecurityHeadersTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  // a page, the API, a static file, a webjar, 404 page and 404 problem, a refused change
  private static final List<String> PATHS =
      List.of(
          "/",
          "/pairs/KAZ-IRN",
          "/registry",
          "/signin",
          "/api/v1/countries",
          "/caravan.css",
          "/registry.js",
          "/webjars/echarts/5.3.1/dist/echarts.min.js",
          "/no-such-page",
          "/api/v1/no-such-thing");

  private static HttpResponse<String> get(String base, String path, String... headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) b.headers(headers);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyAnswerCarriesThePolicyAndNoInlineScriptIsAllowed() throws Exception {
    for (String path : PATHS) {
      HttpResponse<String> r = get(web.base(), path);
      var h = r.headers();
      String csp = h.firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'");
      // no way round the script rule: neither inline code nor eval nor other hosts
      assertThat(csp).as(path).doesNotContain("unsafe-eval").doesNotContain("*");
      assertThat(csp.replaceAll("style-src[^;]*", "")).doesNotContain("unsafe-inline");
      assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(h.firstValue("Strict-Transport-Security")).as(path).isEmpty();
    }
    // a refused change (401) too
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/registry/agreements"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(401);
    assertThat(post.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void pagesHaveNoInlineScriptOrEventHandler() throws Exception {
    for (String path :
        List.of("/", "/pairs/KAZ-IRN", "/registry", "/registry/projects/map", "/signin")) {
      String body = get(web.base(), path).body();
      // every <script> names a served file; no on...= attribute anywhere
      assertThat(body.replaceAll("<script src=\"/[^\"]+\"( defer)?></script>", ""))
          .as(path)
          .doesNotContainIgnoringCase("<script");
      assertThat(body).as(path).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
    }
  }

  @Test
  void hstsOnlyWhenAConfiguredProxySaysHttps() throws Exception {
    // not trusted: the forged header changes nothing
    assertThat(
            get(web.base(), "/", "X-Forwarded-Proto", "https")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .isEmpty();
    Javalin trusting = web.app().web().trustProxy(true).start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + trusting.port();
      assertThat(
              get(base, "/caravan.css", "X-Forwarded-Proto", "https")
                  .headers()
                  .firstValue("Strict-Transport-Security"))
          .hasValue(SecurityHeaders.HSTS);
      assertThat(get(base, "/", "X-Forwarded-Proto", "http").headers().map())
          .doesNotContainKey("strict-transport-security");
    } finally {
      trusting.stop();
    }
  }
}
