package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The briefing note over HTTP: the API's formats and problem details, the page, its link. */
class BriefingApiTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode problem(String path, int status) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void bad_input_is_a_problem_detail_naming_the_field() throws Exception {
    String api = "/api/v1/pairs/KAZ-IRN/brief";
    assertThat(problem(api + "?lang=de", 400).get("field").asText()).isEqualTo("lang");
    assertThat(problem(api + "?date=2999-01-01", 400).get("field").asText()).isEqualTo("date");
    assertThat(problem(api + "?date=yesterday", 400).get("field").asText()).isEqualTo("date");
    assertThat(problem(api + "?format=docx", 400).get("field").asText()).isEqualTo("format");
    JsonNode unknown = problem("/api/v1/pairs/XXX-IRN/brief", 404);
    assertThat(unknown.get("detail").asText()).contains("XXX");
    assertThat(problem("/api/v1/pairs/KAZIRN/brief", 400).get("field").asText()).isEqualTo("pair");
  }

  @Test
  void the_api_gives_json_and_the_files_and_the_page_its_download_button() throws Exception {
    JsonNode note = web.json("/api/v1/pairs/KAZ-IRN/brief?lang=en&date=2025-12-20");
    assertThat(note.get("title").asText()).isEqualTo("Briefing note: Kazakhstan and Iran");
    assertThat(note.get("parts").get(0).get("id").asText()).isEqualTo("headline");
    assertThat(note.get("footnotes").get(0).get("number").asInt()).isEqualTo(1);
    // the sections heritage and opportunities contribute through App's list come last, in its order
    JsonNode parts = note.get("parts");
    assertThat(parts.get(parts.size() - 2).get("id").asText()).isEqualTo("heritage");
    assertThat(parts.get(parts.size() - 1).get("id").asText()).isEqualTo("opportunities");

    HttpResponse<byte[]> pdf =
        get("/api/v1/pairs/KAZ-IRN/brief?lang=kk&format=pdf&date=2025-12-20");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .contains("brief-KAZ-IRN-2025-12-20-kk.pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    String page = web.get("/pairs/KAZ-IRN/brief?lang=fa&date=2025-12-20");
    assertThat(page).contains("dir=\"rtl\"").contains("lang=\"fa\"").contains("id=\"brief-pdf\"");
    assertThat(page)
        .contains(
            "/api/v1/pairs/KAZ-IRN/brief?lang=fa&amp;date=2025-12-20&amp;digits=persian&amp;format=pdf");
    assertThat(web.get("/pairs/KAZ-IRN?lang=en")).contains("href=\"/pairs/KAZ-IRN/brief?lang=en\"");
  }
}
