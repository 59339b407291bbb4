package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registry over HTTP on a real server with the shipped data and a real editor session. */
class RegistryApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension static final TestServer web = new TestServer();
  static Session editor;

  @BeforeAll
  static void start() {
    web.app().access().addUser("aigerim", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    editor = web.app().access().signIn("aigerim", "caspian-steppe-42".toCharArray()).orElseThrow();
  }

  @Test
  void agreements_are_listed_as_shipped_with_their_derived_status() throws Exception {
    // count the data rows of the shipped file independently of the registry's own loader
    long rows;
    try (CsvReader<?> csv =
        CsvReader.builder()
            .ofNamedCsvRecord(Files.readString(Path.of("data/registry/agreements.csv")))) {
      rows = csv.stream().count();
    }
    JsonNode list = web.json("/api/v1/registry/agreements");
    assertThat(list.size()).isEqualTo(rows);
    assertThat(list.get(0).has("status")).isTrue();
  }

  @Test
  void a_text_query_searches_across_languages() throws Exception {
    JsonNode hits =
        web.json(
            "/api/v1/registry/agreements?q="
                + URLEncoder.encode("каспийское море", StandardCharsets.UTF_8));
    assertThat(hits.size()).isPositive();
  }

  @Test
  void an_editor_adds_a_decision_sees_it_overdue_updates_it_and_the_audit_has_both()
      throws Exception {
    String decision =
        """
        {"sessionNumber": 19, "text": "Prepare the roadmap of the Trade House in Tehran",
         "owners": {"KAZ": "Ministry of Trade and Integration", "IRN": "TPO"},
         "deadline": "2024-06-30", "status": "PLANNED", "evidence": [], "links": [], "sources": []}
        """;
    HttpResponse<String> created = send("POST", "/api/v1/registry/decisions", decision, editor);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode d = JSON.readTree(created.body());
    String id = d.get("id").asText();
    assertThat(d.get("version").asInt()).isEqualTo(1);
    assertThat(d.get("overdue").asBoolean())
        .isTrue(); // 2024-06-30 is past and the status is planned

    assertThat(web.json("/api/v1/registry/decisions/overdue").findValuesAsText("id")).contains(id);

    String done = decision.replace("PLANNED", "DONE");
    HttpResponse<String> stale =
        send("PUT", "/api/v1/registry/decisions/" + id + "?version=7", done, editor);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");

    HttpResponse<String> updated =
        send("PUT", "/api/v1/registry/decisions/" + id + "?version=1", done, editor);
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(updated.body()).get("version").asInt()).isEqualTo(2);
    assertThat(web.json("/api/v1/registry/decisions/overdue").findValuesAsText("id"))
        .doesNotContain(id);

    JsonNode audit = web.json("/api/v1/registry/decisions/" + id + "/audit");
    assertThat(audit.size()).isEqualTo(2);
    assertThat(audit.toString()).contains("aigerim");
    // when, as ISO 8601 text ("2025-06-01T09:30:00.123"), not Jackson's array of numbers
    assertThat(audit.get(0).get("at").isTextual()).isTrue();
    assertThat(java.time.LocalDateTime.parse(audit.get(0).get("at").asText())).isNotNull();

    assertThat(
            send("DELETE", "/api/v1/registry/decisions/" + id + "?version=2", null, editor)
                .statusCode())
        .isEqualTo(204);
    assertThat(
            HTTP.send(
                    HttpRequest.newBuilder(
                            URI.create(web.base() + "/api/v1/registry/decisions/" + id))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void an_offer_is_matched_with_the_other_sides_demand_on_the_page_and_in_the_api()
      throws Exception {
    // KTZ (ORG-007, Kazakhstan) offers wheat HS 1001; Iran's railways (ORG-008) demand HS 100199:
    // they share the heading 1001, so the demand fits the offer
    String offer =
        """
        {"direction": "OFFER", "organisationId": "ORG-007", "partnershipType": "supply",
         "hsCodes": ["1001"], "text": "Wheat by rail", "expires": "2030-12", "sources": []}
        """;
    String demand =
        offer
            .replace("OFFER", "DEMAND")
            .replace("ORG-007", "ORG-008")
            .replace("[\"1001\"]", "[\"100199\"]")
            .replace("Wheat by rail", "Milling wheat wanted");
    String offerId =
        JSON.readTree(send("POST", "/api/v1/registry/requests", offer, editor).body())
            .get("id")
            .asText();
    String demandId =
        JSON.readTree(send("POST", "/api/v1/registry/requests", demand, editor).body())
            .get("id")
            .asText();

    assertThat(web.json("/api/v1/registry/requests/" + offerId + "/matches").findValuesAsText("id"))
        .contains(demandId);
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(web.base() + "/registry/requests/" + offerId + "/matches?lang=en"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-id=\"" + demandId + "\"");
  }

  @Test
  void exports_are_served_as_files() throws Exception {
    HttpResponse<String> ics =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/registry/calendar.ics"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n");
    HttpResponse<String> csv =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/registry/projects?format=csv"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).contains("PRJ-001");
  }

  @Test
  void bad_input_names_every_field_and_writes_nothing() throws Exception {
    int before = web.json("/api/v1/registry/decisions").size();
    HttpResponse<String> r =
        send(
            "POST",
            "/api/v1/registry/decisions",
            "{\"sessionNumber\": 19, \"deadline\": \"2024-13\"}",
            editor);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("deadline");
    assertThat(web.json("/api/v1/registry/decisions").size()).isEqualTo(before);
  }

  @Test
  void writing_without_a_session_is_refused() throws Exception {
    assertThat(send("POST", "/api/v1/registry/decisions", "{}", null).statusCode()).isEqualTo(401);
  }

  static HttpResponse<String> send(String method, String path, String body, Session s)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (s != null)
      b.header("Cookie", "caravan_session=" + s.token()).header("X-CSRF-Token", s.csrfToken());
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
