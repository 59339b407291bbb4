package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The claim check's API and page on a fresh data directory, anonymous (a check changes nothing).
 */
class ClaimRoutesTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] talks() throws Exception {
    try (InputStream in =
        ClaimRoutesTest.class.getResourceAsStream(
            "/claims/2025-12-11-kazakhstan-iran-talks.ru.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void the_api_checks_a_posted_text_as_plain_text_or_json() throws Exception {
    HttpResponse<String> r =
        post("/api/v1/pairs/KAZ-IRN/claims", "text/plain; charset=utf-8", talks());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    // the same four verdicts as TalksClaimsTest decides by hand
    assertThat(body.get("verdicts").size()).isEqualTo(4);
    assertThat(body.get("verdicts").get(0).get("outcome").asText()).isEqualTo("SUPPORTED");
    assertThat(body.get("verdicts").get(0).get("evidence").get(0).get("id").asText())
        .isEqualTo("R22");
    assertThat(body.get("date").asText()).isEqualTo("2025-12-11");

    String json =
        JSON.writeValueAsString(
            java.util.Map.of("text", "In 2018 trade reached $600 million.", "date", "2019-01-10"));
    JsonNode j =
        JSON.readTree(
            post("/api/v1/pairs/KAZ-IRN/claims", "application/json", json.getBytes()).body());
    // 2018: R07 422 and R08 516.3 m; 600 meets neither
    assertThat(j.get("verdicts").get(0).get("outcome").asText()).isEqualTo("CONTRADICTED");
    assertThat(j.get("dateFrom").asText()).isEqualTo("option");
  }

  @Test
  void bad_input_gets_a_problem_detail_never_a_stack_trace() throws Exception {
    String path = "/api/v1/pairs/KAZ-IRN/claims";
    byte[] tenMb = new byte[10_000_000];
    java.util.Arrays.fill(tenMb, (byte) 'a');
    assertProblem(post(path, "text/plain", tenMb), 413, "at most 1000000");
    assertProblem(post(path, "text/plain", new byte[0]), 400, "empty");
    assertProblem(post(path, "text/plain", "a\0b".getBytes()), 400, "NUL byte");
    assertProblem(post(path, "text/plain", new byte[] {(byte) 0xC3, 0x28}), 400, "UTF-8");
    assertProblem(
        post(path, "text/plain", "تجارت ۴۰ درصد رشد کرد".getBytes(StandardCharsets.UTF_8)),
        422,
        "language");
    assertProblem(
        post(path + "?textLang=de", "text/plain", "trade grew 5% in 2022".getBytes()), 400, "'de'");
    assertProblem(
        post(path + "?date=2999-01-01", "text/plain", "trade grew 5% in 2022".getBytes()),
        400,
        "future");
    assertProblem(
        post("/api/v1/pairs/KAZ-XXX/claims", "text/plain", "trade grew 5%".getBytes()), 404, "XXX");
    assertProblem(post(path, "application/json", "{\"text\":".getBytes()), 400, "JSON");
    // in the reader's language
    assertProblem(post(path + "?lang=ru", "text/plain", new byte[0]), 400, "Текст пуст");
  }

  private static void assertProblem(HttpResponse<String> r, int status, String detail)
      throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(JSON.readTree(r.body()).get("detail").asText()).contains(detail);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at caravan.");
  }

  @Test
  void the_page_marks_each_claim_in_the_text_with_its_verdict() throws Exception {
    String empty = web.get("/pairs/KAZ-IRN/claims?lang=en");
    assertThat(empty).contains("id=\"claims-form\"").contains("Check the figures");
    assertThat(web.get("/pairs/KAZ-IRN?lang=en")).contains("/pairs/KAZ-IRN/claims?lang=en");
    String form =
        "lang=ru&text="
            + URLEncoder.encode(
                new String(talks(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    HttpResponse<String> r =
        post(
            "/pairs/KAZ-IRN/claims",
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<mark class=\"claim-supported\" id=\"claim-1\"")
        .contains(">40%</mark>")
        .contains("<mark class=\"claim-not_checkable\" id=\"claim-3\"")
        .contains("R22")
        .contains("подтверждено")
        .contains("это утверждает только сам текст");
    HttpResponse<String> bad =
        post("/pairs/KAZ-IRN/claims", "application/x-www-form-urlencoded", "text=".getBytes());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("id=\"claims-problem\"").contains("Текст пуст");
  }
}
