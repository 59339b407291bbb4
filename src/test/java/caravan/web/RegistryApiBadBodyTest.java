package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies the registry API must refuse as 400 problem details naming the field, over HTTP on the
 * real server (issue 11 §3): null, a number out of range, a value of the wrong kind, an unknown
 * code, a source that is not a web address. Before, a null body was a 500 and the others named Java
 * classes or no field.
 */
class RegistryApiBadBodyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String SRC = "\"sources\": [{\"url\": \"https://example.org/p\"}]";

  @RegisterExtension static final TestServer web = new TestServer();
  static Session editor;

  @BeforeAll
  static void start() {
    web.app().access().addUser("aigerim", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    editor = web.app().access().signIn("aigerim", "caspian-steppe-42".toCharArray()).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "42", "\"a project\"", "", "{\"title\": "})
  void a_body_that_is_no_object_is_a_400_naming_the_body(String body) throws Exception {
    for (String method : new String[] {"POST", "PUT"}) {
      String path =
          "/api/v1/registry/projects" + (method.equals("PUT") ? "/PRJ-001?version=1" : "");
      JsonNode p = refused(method, path, body);
      assertThat(p.get("field").asText()).as(method + " " + body).isEqualTo("body");
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          jobs      | "jobs": 99999999999                  | out of range: a whole number within -2147483648..2147483647
          jobs      | "jobs": "many"                       | a whole number
          amountLow | "amountLow": "lots", "currency": "USD" | 'lots' is not a number
          amountLow | "amountLow": 1e300, "currency": "USD" | 1E+300 is too large: at most 22 digits
          latitude  | "latitude": 1e999, "longitude": 3    | out of range -90..90
          title     | "title": ["a", "b"]                  | expected text
          investors | "investors": {"name": "x"}           | expected a list
          sources[0].url | "sources": [{"url": "javascript:alert(1)"}] | is not a web address
          """)
  void a_bad_project_value_is_a_400_naming_its_field(String field, String json, String says)
      throws Exception {
    String body =
        json.contains("\"title\"")
            ? "{" + json + ", " + SRC + "}"
            : json.contains("\"sources\"")
                ? "{\"title\": \"Plant\", " + json + "}"
                : "{\"title\": \"Plant\", " + json + ", " + SRC + "}";
    int before = web.json("/api/v1/registry/projects").size();
    JsonNode p = refused("POST", "/api/v1/registry/projects", body);
    assertThat(p.get("field").asText()).isEqualTo(field);
    assertThat(p.get("detail").asText()).contains(says).doesNotContain("java.").doesNotContain("`");
    assertThat(web.json("/api/v1/registry/projects").size()).isEqualTo(before);
  }

  @Test
  void an_unknown_status_is_a_400_listing_the_known_ones() throws Exception {
    JsonNode p =
        refused(
            "POST",
            "/api/v1/registry/decisions",
            "{\"sessionNumber\": 19, \"text\": \"Roadmap\", \"status\": \"MAYBE\", " + SRC + "}");
    assertThat(p.get("field").asText()).isEqualTo("status");
    assertThat(p.get("detail").asText())
        .contains("'MAYBE' is not one of PLANNED, IN_PROGRESS, DONE, DROPPED, CARRIED_OVER");
  }

  @Test
  void an_update_with_a_javascript_source_is_refused_and_the_record_kept() throws Exception {
    JsonNode before = web.json("/api/v1/registry/events/EVT-001");
    ((com.fasterxml.jackson.databind.node.ObjectNode) before.get("sources").get(0))
        .put("url", "javascript:alert(document.cookie)");
    JsonNode p =
        refused(
            "PUT",
            "/api/v1/registry/events/EVT-001?version=" + before.get("version").asInt(),
            before.toString());
    assertThat(p.get("field").asText()).isEqualTo("sources[0].url");
    assertThat(
            web.json("/api/v1/registry/events/EVT-001").get("sources").get(0).get("url").asText())
        .startsWith("https://");
  }

  @Test
  void a_refusal_is_worded_in_the_language_the_client_accepts() throws Exception {
    // before, the reason was English whatever Accept-Language said; the expected sentences are
    // the ru and fa bundle lines lang.err.badRecord, lang.jr.field, lang.jr.expected and
    // lang.jr.kind.text filled in by hand
    String body = "{\"title\": [\"a\", \"b\"], " + SRC + "}";
    JsonNode ru = refused("POST", "/api/v1/registry/projects", body, "ru-RU,ru;q=0.9");
    assertThat(ru.get("field").asText()).isEqualTo("title");
    assertThat(ru.get("detail").asText())
        .isEqualTo("Тело запроса не является допустимой записью projects: title: ожидалось: текст");
    JsonNode fa = refused("POST", "/api/v1/registry/projects", body, "fa");
    assertThat(fa.get("detail").asText())
        .isEqualTo("بدنهٔ درخواست رکورد معتبری از projects نیست: title: انتظار می‌رفت: متن");
    JsonNode en = refused("POST", "/api/v1/registry/projects", "null", "en");
    assertThat(en.get("detail").asText())
        .isEqualTo(
            "The request body is not a valid projects record: the body must be one JSON object { … }, not null");
  }

  @Test
  void a_record_with_a_missing_field_is_refused_in_the_language_the_client_accepts()
      throws Exception {
    // before, a record's own problems stayed English ("title: missing"); the expected sentences
    // are the ru bundle lines lang.rec.cannotSave, lang.rec.refused and lang.rec.missing filled in
    // by hand, and the English ones the wording the registry always had
    String body = "{\"pair\": \"KAZ-IRN\", " + SRC + "}";
    JsonNode ru = refused("POST", "/api/v1/registry/projects", body, "ru");
    assertThat(ru.get("field").asText()).isEqualTo("title");
    assertThat(ru.get("problems").get(0).asText()).isEqualTo("title: отсутствует");
    assertThat(ru.get("detail").asText())
        .isEqualTo("Не удаётся сохранить Project: проблем — 1: title: отсутствует");
    JsonNode en = refused("POST", "/api/v1/registry/projects", body, "en");
    assertThat(en.get("problems").get(0).asText()).isEqualTo("title: missing");
    assertThat(en.get("detail").asText())
        .isEqualTo("Cannot save Project: 1 problem(s): title: missing");
  }

  static JsonNode refused(String method, String path, String body) throws Exception {
    return refused(method, path, body, "en");
  }

  static JsonNode refused(String method, String path, String body, String language)
      throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .header("Cookie", "caravan_session=" + editor.token())
                .header("X-CSRF-Token", editor.csrfToken())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode())
        .as(method + " " + path + " " + body + " → " + r.body())
        .isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    return JSON.readTree(r.body());
  }
}
