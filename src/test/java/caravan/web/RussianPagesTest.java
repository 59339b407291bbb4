package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Russian pages speak Russian in their own words (units, paces, headings, country names) and write
 * numbers with Russian separators. The records' own texts (English titles from English sources) are
 * data and stay as the sources give them, so only Caravan's words and codes are checked.
 */
class RussianPagesTest {
  @RegisterExtension static final TestServer web = new TestServer();

  /** Caravan's English words and codes that once showed on Russian pages. */
  private static final List<String> ENGLISH =
      List.of(
          "USD_million",
          "million_tonnes",
          "m USD",
          "stated growth",
          // the glossary names the acronym beside its Russian term; a pace does not
          "(CAGR 2",
          "no data",
          "Iran (Islamic Republic of)",
          "Иран (Исламская Республика)",
          "Sign in",
          "Download",
          "Not found");

  /** A number written with a decimal point before a percent sign: "+2.4 %", "12.0%". */
  private static final Pattern DOT_PERCENT = Pattern.compile("\\d\\.\\d+\\s?%");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/pairs/KAZ-IRN",
        "/pairs/KAZ-IRN?year=2018",
        "/registry",
        "/registry/agreements",
        "/registry/sessions",
        "/registry/decisions",
        "/registry/indicators",
        "/registry/projects",
        "/registry/organisations",
        "/registry/requests",
        "/registry/events",
        "/registry/indicators/IND-TRADE-TURNOVER",
        "/registry/projects/PRJ-001",
        "/registry/decisions/overdue",
        "/registry/agreements/timeline",
        "/registry/projects/map",
        "/signin"
      })
  void a_russian_page_has_none_of_caravans_english_words(String path) throws Exception {
    String body = web.get(path);
    assertThat(body).contains("<html lang=\"ru\"");
    String text = visible(body);
    for (String word : ENGLISH) assertThat(text).as(path).doesNotContain(word);
    assertThat(DOT_PERCENT.matcher(text).find()).as(path + ": a percentage with a dot").isFalse();
    assertThat(body).as(path).doesNotContain(">OK</button>");
  }

  @Test
  void the_dashboard_names_the_pair_by_cldr_and_in_the_genitive() throws Exception {
    String body = web.get("/pairs/KAZ-IRN");
    // CLDR's Russian names for KZ and IR; the genitive by the noun endings (+а after a consonant)
    assertThat(body).contains("<title>Казахстан — Иран · Caravan</title>");
    assertThat(body).contains("<p class=\"pair-title\">Товарооборот Казахстана и Ирана</p>");
  }

  @Test
  void percentages_and_amounts_use_russian_separators() throws Exception {
    String body = web.get("/pairs/KAZ-IRN?year=2018");
    // 2018's preferred turnover is 422.0 m USD (R07), written with a decimal comma; a percentage
    // is a signed number with a comma and a no-break space before the sign, as CLDR has it for ru
    assertThat(body).contains("422,0 млн долл. США");
    assertThat(body).containsPattern("[+-]\\d+,\\d\u00A0%");
    assertThat(web.get("/pairs/KAZ-IRN?year=2018&lang=en")).contains("422.0 m USD");
  }

  @Test
  void an_indicators_unit_is_named_in_words() throws Exception {
    assertThat(web.get("/registry/indicators/IND-TRADE-TURNOVER")).contains("млн долл. США");
    assertThat(web.get("/registry/indicators/IND-TRADE-TURNOVER?lang=en")).contains("m USD");
  }

  @Test
  void a_country_is_named_not_coded() throws Exception {
    // the organisations carry KAZ and IRN; the filter and the list name them as CLDR does
    String list = web.get("/registry/organisations");
    assertThat(list).contains(">Казахстан</option>", ">Иран</option>");
    assertThat(list).doesNotContain(">KAZ</option>", ">IRN</option>", "<td>KAZ</td>");
    assertThat(web.get("/registry/organisations?lang=en")).contains(">Kazakhstan</option>");
  }

  /** The page's text and titles as a reader meets them, without scripts, links and quotes. */
  static String visible(String html) {
    return html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
        .replaceAll("(?s)<blockquote.*?</blockquote>", " ")
        .replaceAll("https?://[^\\s\"<]+", " ")
        .replaceAll("(?s)<[^>]+>", " ")
        .replace("&nbsp;", "\u00A0");
  }
}
