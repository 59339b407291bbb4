package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.heritage.HeritageItem;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heritage catalogue and item pages on a real server over the shipped data set. */
class HeritagePagesTest {
  @RegisterExtension static final TestServer web = new TestServer();

  @BeforeAll
  static void start() {
    web.app().access().addUser("aigerim", RegistryPagesTest.PASSWORD.toCharArray(), Role.EDITOR);
  }

  static HttpResponse<String> get(String path, String session) throws Exception {
    var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + path));
    if (session != null) b.header("Cookie", "caravan_session=" + session);
    return RegistryPagesTest.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_catalogue_lists_every_item_with_facets_in_four_languages() throws Exception {
    for (String lang : new String[] {"ru", "en", "kk", "fa"}) {
      HttpResponse<String> r = get("/heritage?lang=" + lang, null);
      assertThat(r.statusCode()).isEqualTo(200);
      // data/heritage/items.csv has 14 rows
      assertThat(r.body())
          .contains("data-shown=\"14\"")
          .contains("data-facet=\"century\"")
          .contains("data-facet=\"collection\"")
          .doesNotContain("?her.");
    }
    assertThat(get("/heritage?lang=ru", null).body()).contains("Каталог наследия");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Фараби", "Farabi", "al-Fārābī", "Әл-Фараби", "فارابی"})
  void the_search_box_finds_al_farabi_in_every_script(String q) throws Exception {
    HttpResponse<String> r =
        get("/heritage?lang=en&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
    assertThat(r.body()).contains("data-shown=\"1\"").contains("data-id=\"HER-008\"");
  }

  @Test
  void a_facet_narrows_the_list() throws Exception {
    HttpResponse<String> r = get("/heritage?lang=en&collection=COL-HANDOVER-2025", null);
    // the four items of the 2025 handover collection in data/heritage/items.csv
    assertThat(r.body())
        .contains("data-shown=\"4\"")
        .contains("data-id=\"HER-001\"")
        .contains("data-id=\"HER-006\"")
        .doesNotContain("data-id=\"HER-008\"");
  }

  @Test
  void an_item_shows_its_sources_images_slot_history_and_unknowns() throws Exception {
    HttpResponse<String> r = get("/heritage/HER-001?lang=en", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("https://qazinform.com/news/tokayev-and-pezeshkian")
        // no image file of its own (the shipped items have none): no viewer, the holder's pages
        .doesNotContain("id=\"iiif-viewer\"")
        .contains("class=\"heritage-no-images\"")
        .contains("id=\"thin-source\"")
        .contains("data-change=\"create\" data-actor=\"shipped-data\"")
        .contains("data-field=\"shelfmark\">unknown<")
        .contains("href=\"/registry/events/EVT-003?lang=en\"");
    assertThat(get("/heritage/HER-999?lang=en", null).statusCode()).isEqualTo(404);
  }

  @Test
  void editing_goes_through_the_registry_and_shows_in_the_history() throws Exception {
    // nobody signed in: the registry's form is not offered
    assertThat(get("/registry/heritage/HER-012/edit?lang=en", null).statusCode())
        .isIn(302, 303, 401, 403);
    String session = signIn();
    HttpResponse<String> form = get("/registry/heritage/HER-012/edit?lang=en", session);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"titleKk\"").contains("AH 1132-05-12");

    HeritageItem read = web.app().heritage().item("HER-012");
    HeritageItem edited =
        new HeritageItem(
            read.id(),
            read.version(),
            read.title(),
            "شاهنامه",
            read.titleTransliterated(),
            read.titleKk(),
            read.titleRu(),
            read.author(),
            null,
            null,
            read.kind(),
            read.period(),
            read.date(),
            "Persian",
            read.script(),
            read.holder(),
            null,
            null,
            null,
            read.description(),
            read.provenance(),
            read.agreementIds(),
            read.eventIds(),
            null,
            read.images(),
            read.collectionIds(),
            read.notes(),
            read.sources(),
            read.pair());
    web.app().registry().update("HER-012", read.version(), edited, "aigerim");

    HttpResponse<String> page = get("/heritage/HER-012?lang=en", null);
    assertThat(page.body())
        .contains("data-change=\"update\" data-actor=\"aigerim\"")
        .contains("dir=\"rtl\" lang=\"Persian\" data-field=\"titleOriginal\">شاهنامه");
    // the catalogue's index follows the change
    assertThat(get("/heritage?lang=en&language=Persian", null).body())
        .contains("data-id=\"HER-012\"");
  }

  static String signIn() throws Exception {
    HttpResponse<String> page = get("/signin", null);
    String signin = AccessRoutesTest.cookie(page, "caravan_signin");
    String body =
        "_csrf="
            + URLEncoder.encode(signin, StandardCharsets.UTF_8)
            + "&name=aigerim&password="
            + URLEncoder.encode(RegistryPagesTest.PASSWORD, StandardCharsets.UTF_8);
    var r =
        RegistryPagesTest.HTTP.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "caravan_signin=" + signin)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    return AccessRoutesTest.cookie(r, "caravan_session");
  }
}
