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

/**
 * Issue 14 §2: the registry API words a source address that is not a web address and a date that
 * does not exist in the language the client accepts. Before, Source.urlProblem and PartialDate's
 * reasons were English sentences whatever Accept-Language said. Each expected sentence is the ru
 * bundle's lines (lang.rec.cannotSave, lang.rec.refused, reg.src.notWeb, reg.date.*) filled in by
 * hand; the English is the wording the registry always had.
 */
class RegistryRefusalLanguageTest {
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
  void a_javascript_source_is_refused_in_russian() throws Exception {
    String body = "{\"title\": \"Plant\", \"sources\": [{\"url\": \"javascript:alert(1)\"}]}";
    JsonNode ru = refused("/api/v1/registry/projects", body, "ru");
    assertThat(ru.get("field").asText()).isEqualTo("sources[0].url");
    assertThat(ru.get("problems").get(0).asText())
        .isEqualTo(
            "sources[0].url: «javascript:alert(1)» — не веб-адрес: укажите ссылку http:// или"
                + " https://");
    assertThat(ru.get("detail").asText())
        .startsWith("Не удаётся сохранить Project: проблем — 1: sources[0].url: «javascript:");
    JsonNode en = refused("/api/v1/registry/projects", body, "en");
    assertThat(en.get("problems").get(0).asText())
        .isEqualTo(
            "sources[0].url: 'javascript:alert(1)' is not a web address: give an http:// or"
                + " https:// link");
  }

  @Test
  void a_date_that_does_not_exist_is_refused_in_russian() throws Exception {
    String body =
        "{\"title\": \"Visit\", \"kind\": \"visit\", \"startDate\": \"2012-13\","
            + " \"sources\": [{\"url\": \"https://example.org/e\"}]}";
    JsonNode ru = refused("/api/v1/registry/events", body, "ru");
    assertThat(ru.get("field").asText()).isEqualTo("startDate");
    assertThat(ru.get("detail").asText())
        .contains("date: неверная дата «2012-13»: месяц 13 вне диапазона 1–12")
        .doesNotContain("bad date")
        .doesNotContain("out of range");
    JsonNode en = refused("/api/v1/registry/events", body, "en");
    assertThat(en.get("detail").asText())
        .contains("date: bad date '2012-13': month 13 is out of range 1-12");
  }

  @Test
  void a_form_date_that_does_not_exist_is_worded_in_the_page_language() {
    // a form's problems are read into a list that knows the page's language (FormProblems)
    java.util.List<String> ru = new FormProblems("ru");
    assertThat(RegistryForm.date("deadline", "2012-13", ru)).isNull();
    // reg.date.bad and reg.date.month in ru, after the field's name
    assertThat(ru)
        .containsExactly("deadline: неверная дата «2012-13»: месяц 13 вне диапазона 1–12");
    java.util.List<String> fa = new FormProblems("fa");
    RegistryForm.date("deadline", "2012-02-30", fa);
    // reg.date.bad and reg.date.noDay in fa
    assertThat(fa)
        .containsExactly("deadline: تاریخ نادرست «2012-02-30»: روز 30 در 2012-02 وجود ندارد");
    java.util.List<String> en = new FormProblems("en");
    RegistryForm.date("deadline", "2012-13", en);
    assertThat(en).containsExactly("deadline: bad date '2012-13': month 13 is out of range 1-12");
  }

  @Test
  void a_partner_match_says_why_in_russian_on_the_page_and_in_the_api() throws Exception {
    // KTZ (ORG-007, Kazakhstan) offers wheat HS 1001; Iran's railways (ORG-008) demand HS 100199:
    // they share the heading 1001 (four digits), so the demand fits the offer
    String offer =
        "{\"direction\": \"OFFER\", \"organisationId\": \"ORG-007\", \"partnershipType\":"
            + " \"supply\", \"hsCodes\": [\"1001\"], \"text\": \"Wheat by rail\", \"expires\":"
            + " \"2030-12\", \"sources\": []}";
    String demand =
        offer
            .replace("OFFER", "DEMAND")
            .replace("ORG-007", "ORG-008")
            .replace("[\"1001\"]", "[\"100199\"]");
    String offerId = JSON.readTree(post("/api/v1/registry/requests", offer)).get("id").asText();
    post("/api/v1/registry/requests", demand);
    // reg.match.demandsNear and reg.match.heading in ru, filled in by hand
    String why =
        "спрашивает HS 100199, который вы предлагаете (ваш HS 1001: та же товарная позиция)";
    HttpResponse<String> api =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(web.base() + "/api/v1/registry/requests/" + offerId + "/matches"))
                .header("Accept-Language", "ru")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(api.body()).get(0).get("reasons").get(0).asText()).isEqualTo(why);
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(web.base() + "/registry/requests/" + offerId + "/matches?lang=ru"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains(why).doesNotContain("which you offer");
    // the API without a language keeps its English words
    assertThat(web.json("/api/v1/registry/requests/" + offerId + "/matches").get(0).get("reasons"))
        .first()
        .extracting(JsonNode::asText)
        .isEqualTo("demands HS 100199 which you offer (your HS 1001: same heading)");
  }

  static String post(String path, String body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Cookie", "caravan_session=" + editor.token())
                .header("X-CSRF-Token", editor.csrfToken())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return r.body();
  }

  static JsonNode refused(String path, String body, String language) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .header("Cookie", "caravan_session=" + editor.token())
                .header("X-CSRF-Token", editor.csrfToken())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + body + " → " + r.body()).isEqualTo(400);
    return JSON.readTree(r.body());
  }
}
