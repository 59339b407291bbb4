package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard of Kazakhstan–Iran shows the freight the talks spoke of, each figure with its
 * source, and links to the corridor page.
 */
class DashboardFreightTest {
  @RegisterExtension static final TestServer web = new TestServer();

  /** The panel's item for one stated figure, from its opening tag to its end. */
  private static String item(String html, String id) {
    int at = html.indexOf("<li data-figure=\"" + id + "\"");
    assertThat(at).as("freight item " + id).isPositive();
    return html.substring(at, html.indexOf("</li>", at));
  }

  @Test
  void the_talks_plus_53_percent_shows_with_its_source_and_quote() throws Exception {
    String html = web.get("/pairs/KAZ-IRN?lang=en");
    String panel = html.substring(html.indexOf("<section class=\"freight\""));
    // data/figures/stated-figures.csv row S04: transport_volume_growth_yoy, 2025-01..2025-10,
    // 53 percent, reported by "Zakon.kz quoting Akorda" with no address; growth rates come first
    assertThat(panel.indexOf("data-figure=\"S04\""))
        .isLessThan(panel.indexOf("data-figure=\"X01\""));
    String s04 = item(html, "S04");
    assertThat(s04)
        .contains("<strong>+53 %</strong>", "growth of transport volumes", "2025-01..2025-10")
        .contains("Zakon.kz quoting Akorda", "the web address of the source is unknown")
        .contains("объем перевозок по этим направлениям вырос на 53%");
    // X01 states 3 to 5 million tonnes a year: a range stays a range
    assertThat(item(html, "X01")).contains("<strong>3–5 m tonnes a year</strong>", "href=\"http");
    assertThat(panel).contains("href=\"/pairs/KAZ-IRN/corridor?lang=en\"");
  }

  @Test
  void in_russian_the_panel_speaks_russian() throws Exception {
    String html = web.get("/pairs/KAZ-IRN?lang=ru");
    assertThat(html).contains("Грузоперевозки");
    assertThat(item(html, "S04")).contains("+53 %", "рост объёма перевозок");
  }

  @Test
  void a_pair_without_stated_freight_shows_no_empty_panel() throws Exception {
    assertThat(web.get("/pairs/KAZ-TUR?lang=en")).doesNotContain("class=\"freight\"");
  }
}
