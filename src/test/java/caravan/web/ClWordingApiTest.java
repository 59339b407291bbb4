package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Problem details of the opportunities and claims API in the reader's language (Accept-Language).
 * Each expected text is the line of that key in messages_ru / messages_fa, with its arguments.
 */
class ClWordingApiTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static JsonNode problem(HttpRequest.Builder request, String lang) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            request.header("Accept-Language", lang).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void a_limit_out_of_range_is_worded_in_russian() throws Exception {
    JsonNode p =
        problem(
            HttpRequest.newBuilder(
                URI.create(web.base() + "/api/v1/pairs/KAZ-IRN/opportunities?limit=0")),
            "ru");
    // cl.opp.limit in messages_ru with 1000 (OpportunityQuery.MOST) and 0
    assertThat(p.path("detail").asText()).isEqualTo("limit должен быть от 1 до 1000, получено 0");
    assertThat(p.path("title").asText()).isEqualTo("Неверный запрос");
  }

  @Test
  void a_claims_body_that_is_not_json_is_worded_in_persian() throws Exception {
    JsonNode p =
        problem(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/pairs/KAZ-IRN/claims"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[1, 2]")),
            "fa");
    // cl.claims.notJson in messages_fa (no arguments: the braces are as written)
    assertThat(p.path("detail").asText())
        .isEqualTo(
            "بدنهٔ درخواست یک شیء JSON نیست: {\"text\": \"…\"} یا خود متن را به صورت text/plain"
                + " بفرستید");
  }
}
