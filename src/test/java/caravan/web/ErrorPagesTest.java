package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error pages speak the page's language (?lang=, Russian by default); the API stays English. */
class ErrorPagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension static final TestServer web = new TestServer();

  /** GET {@code path} as a browser asks for a page. */
  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // the expected headings and hints are the bundles' words for each status, copied by hand
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/nowhere | 404 | <html lang=ru> | 404 · Не найдено | На главную",
        "/nowhere?lang=en | 404 | <html lang=en> | 404 · Not found | To the dashboard",
        "/registry/decisions/DEC-NONE | 404 | <html lang=ru> | 404 · Не найдено | На главную",
        "/registry/decisions/DEC-NONE?lang=en | 404 | <html lang=en> | 404 · Not found | To the"
            + " dashboard",
        "/pairs/KAZ-IRN?year=1800 | 400 | <html lang=ru> | 400 · Неверный запрос | На главную",
        "/pairs/KAZ-IRN?year=1800&lang=en | 400 | <html lang=en> | 400 · Bad request | To the"
            + " dashboard"
      })
  void an_error_page_is_in_the_language_of_the_page(
      String path, int status, String html, String heading, String home) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body()).contains(html, "<h1>" + heading + "</h1>", ">" + home + "</a>");
  }

  @Test
  void the_failures_detail_is_in_the_pages_language_or_marked_english() throws Exception {
    String body = get("/registry/decisions/DEC-NONE").body();
    // issue 14 §2: the detail is worded in the page's language now (the bundles' Russian)
    assertThat(body).contains("<p class=detail>Нет решения DEC-NONE: проверьте идентификатор</p>");
    assertThat(get("/registry/decisions/DEC-NONE?lang=en").body())
        .contains("<p class=detail>No decision DEC-NONE: check the id</p>");
    // an unknown registry list is worded by the bundles too now (lang.err.noRegistryList)
    assertThat(get("/registry/nonsense/X-1").body())
        .contains("<p class=detail>Нет списка реестра «nonsense»: используйте один из [agreements");
  }

  @Test
  void an_unknown_api_path_is_a_problem_detail_in_english_unless_a_language_is_asked()
      throws Exception {
    HttpResponse<String> r = get("/api/v1/nowhere");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"title\":\"Not found\"");
    // issue 14 §2: the API's problem texts honour ?lang= (and Accept-Language)
    assertThat(get("/api/v1/nowhere?lang=ru").body()).contains("\"title\":\"Не найдено\"");
  }

  @Test
  void an_api_problem_follows_accept_language_and_a_persian_page_runs_right_to_left()
      throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/pairs/KAZIRN/profile"))
                .header("Accept-Language", "de-DE, fa;q=0.9, en;q=0.5")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    // the bundles' Persian title and sentence (lang.problem.title.400, lang.err.pair)
    assertThat(r.body())
        .contains("\"title\":\"درخواست نادرست\"")
        .contains("جفت «KAZIRN» فهمیده نشد");
    // without the header the API still answers in English, word for word as before
    HttpResponse<String> plain =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/pairs/KAZIRN/profile")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.body())
        .contains(
            "Pair 'KAZIRN' is not understood: write two ISO3 codes joined by a dash, e.g. KAZ-IRN");
    String page = get("/pairs/KAZIRN?lang=fa").body();
    assertThat(page).contains("<html lang=fa dir=rtl>").contains("جفت «KAZIRN» فهمیده نشد");
  }
}
