package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 §2: a refusal from the trade package reaches the API in the language asked for. Before,
 * an unknown basis was refused in English whatever the Accept-Language.
 */
class TradeApiLanguageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension static final TestServer web = new TestServer();

  private static HttpResponse<String> get(String path, String language) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base() + path));
    if (language != null) b.header("Accept-Language", language);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void an_unknown_basis_is_refused_in_russian_with_accept_language_ru() throws Exception {
    HttpResponse<String> ru = get("/api/v1/pairs/KAZ-IRN/profile?basis=guess", "ru-RU, en;q=0.5");
    assertThat(ru.statusCode()).isEqualTo(400);
    // the bundle's ru line of trd.err.basis, filled in by hand
    assertThat(ru.body()).contains("Основа «guess» неизвестна: используйте flows или stated");
    // without the header the API answers in English, word for word as before
    assertThat(get("/api/v1/pairs/KAZ-IRN/profile?basis=guess", null).body())
        .contains("Basis 'guess' is not known: use flows or stated");
  }

  @Test
  void a_bad_period_is_refused_in_persian_with_accept_language_fa() throws Exception {
    HttpResponse<String> fa = get("/api/v1/pairs/KAZ-IRN/profile?period=2025-01..2024-03", "fa");
    assertThat(fa.statusCode()).isEqualTo(400);
    // the bundle's fa line of trd.err.period
    assertThat(fa.body()).contains("دورهٔ «2025-01..2024-03» فهمیده نشد");
  }
}
