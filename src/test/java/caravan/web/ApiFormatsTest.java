package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DESIGN's formats over HTTP, on a real server with the shipped figures: ISO 8601 dates, money in
 * US dollars to the cent, ratios at full precision.
 */
class ApiFormatsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final TestServer web = new TestServer();

  @Test
  void figure_dates_are_iso_8601_text() throws Exception {
    // R01 in data/figures/stated-figures.csv: period 2007-01-01..2007-12-31, source dated
    // 2019-05-02
    JsonNode r01 =
        figure(web.json("/api/v1/pairs/KAZ-IRN/figures?indicator=trade_turnover"), "R01");
    assertThat(r01.at("/period/start").isTextual()).isTrue();
    assertThat(r01.at("/period/start").asText()).isEqualTo("2007-01-01");
    assertThat(r01.at("/period/end").asText()).isEqualTo("2007-12-31");
    assertThat(r01.get("sourceDate").asText()).isEqualTo("2019-05-02");
    // R14 is the Solar Hijri year SH1400: 1 Farvardin 1400 = 2021-03-21 to 29 Esfand 1400 =
    // 2022-03-20
    JsonNode r14 =
        figure(web.json("/api/v1/pairs/KAZ-IRN/figures?indicator=trade_turnover_non_oil"), "R14");
    assertThat(r14.at("/period/start").asText()).isEqualTo("2021-03-21");
    assertThat(r14.at("/period/end").asText()).isEqualTo("2022-03-20");
  }

  @Test
  void profile_money_is_whole_cents_and_rates_keep_full_precision() throws Exception {
    String body = web.get("/api/v1/pairs/KAZ-IRN/profile?year=2018");
    JsonNode p = JSON.readTree(body);
    // R08 states 516.3 USD million for 2018 (= R09 + R10), R07's 422 is the conflict: 516.3 x 10^6
    // = 516,300,000.00 USD, where the double product 516.3 * 1e6 is 516299999.99999994
    JsonNode y2018 = null;
    for (JsonNode pt : p.get("series")) if (pt.get("year").asInt() == 2018) y2018 = pt;
    assertThat(y2018.at("/turnoverUsd").doubleValue()).isEqualTo(516_300_000.0);
    assertThat(y2018.at("/conflicts/0/sourceIds/0").asText()).isEqualTo("R07");
    assertThat(y2018.at("/conflicts/0/valueUsd").doubleValue()).isEqualTo(422_000_000.0);
    assertThat(p.get("series").toString()).doesNotContain("99999");
    // 2018 against 2017: 516.3 / 575 - 1 (R06-2017 is the range 560-590, midpoint 575) =
    // -58.7/575 = -0.102086956521739..., not cut to cents
    assertThat(p.at("/change/rate").doubleValue()).isCloseTo(-58.7 / 575, within(1e-12));
  }

  @Test
  void csv_numbers_are_plain_decimals() throws Exception {
    // the 2018 row: R08's 516.3 USD million with the stated exports (R09, 426.7 USD million) and
    // imports (R10, 89.5 USD million) that add up to it; R07's 422 USD million total conflicting
    assertThat(web.get("/api/v1/pairs/KAZ-IRN/profile?year=2018&format=csv&part=series").lines())
        .contains(
            "2018,516300000,426700000,89500000,R08 R09 R10,total,422000000,R07,exact,516300000,"
                + "516300000");
  }

  @Test
  void a_bound_and_a_range_stay_so_in_json_csv_and_on_the_page() throws Exception {
    // R21: 2024 turnover "exceeded $340 million": a lower bound, value_high empty in the CSV
    JsonNode p = JSON.readTree(web.get("/api/v1/pairs/KAZ-IRN/profile?year=2024"));
    assertThat(p.at("/turnover/bound").asText()).isEqualTo("at_least");
    assertThat(p.at("/turnover/lowUsd").doubleValue()).isEqualTo(340_000_000.0);
    assertThat(p.at("/turnover/highUsd").isNull()).isTrue();
    // R06-2016: 560–590 m, a range whose midpoint 575 m is the value the arithmetic uses
    JsonNode y2016 = null;
    for (JsonNode pt : p.get("series")) if (pt.get("year").asInt() == 2016) y2016 = pt;
    assertThat(y2016.at("/turnoverBound").asText()).isEqualTo("range");
    assertThat(y2016.at("/turnoverLowUsd").doubleValue()).isEqualTo(560_000_000.0);
    assertThat(y2016.at("/turnoverHighUsd").doubleValue()).isEqualTo(590_000_000.0);
    assertThat(y2016.at("/turnoverUsd").doubleValue()).isEqualTo(575_000_000.0);
    // the CAGR 2019–2024 counts from 340 m, and says it uses that lower end
    assertThat(p.get("missing").toString()).contains("statedAtLeastLowEnd");
    assertThat(p.at("/target/notes").toString()).contains("statedAtLeastLowEnd");
    assertThat(web.get("/api/v1/pairs/KAZ-IRN/profile?year=2024&format=csv&part=headline").lines())
        .contains("turnover,2024,340000000,R21,at_least,340000000,");
    // the cards: "> 340.0 m USD", in Russian "> 340,0 млн долл."; the 2016 range in the conflicts
    // list is not shown (no conflict), so the card of 2016 is checked
    assertThat(web.get("/pairs/KAZ-IRN?year=2024&lang=en"))
        .contains("data-bound=\"at_least\">&gt; 340.0 m USD<");
    assertThat(web.get("/pairs/KAZ-IRN?year=2024&lang=ru")).contains("&gt; 340,0 млн долл.");
    assertThat(web.get("/pairs/KAZ-IRN?year=2016&lang=en")).contains("560.0–590.0 m USD");
  }

  @Test
  void an_upper_bound_stays_so_in_json_csv_and_on_the_page() throws Exception {
    // X06 "capacity to send up to 15 million tons": value_low empty, value_high 15
    JsonNode x06 =
        figure(web.json("/api/v1/pairs/KAZ-IRN/figures?indicator=kaz_capacity_via_instc"), "X06");
    assertThat(x06.get("valueLow").isNull()).isTrue();
    assertThat(x06.get("valueHigh").decimalValue()).isEqualByComparingTo("15");
    // a hand-made pair KAZ–GEO whose 2024 turnover is "up to 500 m" (value_low empty)
    java.nio.file.Path file = java.nio.file.Files.createTempFile("kaz-geo", ".csv");
    java.nio.file.Files.writeString(
        file,
        String.join(",", caravan.figures.FiguresService.CSV_COLUMNS)
            + "\n"
            + "KG1,KAZ,GEO,trade_turnover,total,2024,2024-01-01,2024-12-31,,500,USD_million,"
            + "'up to',Ministry,https://example.org/kg1,2025-01-10,q\n"
            + "KG2,KAZ,GEO,trade_turnover_growth_yoy,total,2024,2024-01-01,2024-12-31,,25,percent,"
            + "'up to',Ministry,https://example.org/kg2,2025-01-10,q\n");
    web.app().figures().importCsv(file);
    java.nio.file.Files.delete(file);
    JsonNode p = JSON.readTree(web.get("/api/v1/pairs/KAZ-GEO/profile?year=2024"));
    assertThat(p.at("/turnover/bound").asText()).isEqualTo("at_most");
    assertThat(p.at("/turnover/lowUsd").isNull()).isTrue();
    assertThat(p.at("/turnover/highUsd").doubleValue()).isEqualTo(500_000_000.0);
    assertThat(p.at("/series/0/turnoverBound").asText()).isEqualTo("at_most");
    assertThat(p.at("/series/0/turnoverHighUsd").doubleValue()).isEqualTo(500_000_000.0);
    assertThat(web.get("/api/v1/pairs/KAZ-GEO/profile?year=2024&format=csv&part=headline").lines())
        .contains("turnover,2024,500000000,KG1,at_most,,500000000");
    String en = web.get("/pairs/KAZ-GEO?year=2024&lang=en");
    assertThat(en).contains("data-bound=\"at_most\">&lt; 500.0 m USD<");
    // a stated growth "up to 25 %" keeps its mark too
    assertThat(en).contains("data-bound=\"at_most\">&lt; +25.0%<");
    // the chart's "< 500" mark is named in the page's language
    assertThat(en).contains("data-l-at-most=\"stated upper bound\"");
    assertThat(web.get("/pairs/KAZ-GEO?year=2024&lang=ru"))
        .contains("&lt; 500,0 млн долл.")
        .contains("data-l-at-most=\"заявленная верхняя граница\"");
  }

  @Test
  void the_target_card_names_its_paces_and_horizon_in_the_page_language() throws Exception {
    String ru = web.get("/pairs/KAZ-IRN?lang=ru");
    // the one yearly pace from 2024 is the CAGR 2019–2024; the ten-month +40 % is named as left out
    assertThat(ru)
        .contains("(среднегодовой рост 2019–2024)")
        .doesNotContain("stated growth", "(CAGR 2");
    assertThat(ru).contains("охватывает 10 мес., а не целый год");
    // no source states by when the 3 bn target is to be met: the horizon is the reader's choice
    assertThat(ru)
        .contains("data-note=\"targetYearChosen\"")
        .contains("2030 — горизонт, выбранный вами");
    assertThat(web.get("/pairs/KAZ-IRN?lang=en&targetYear=2035"))
        .contains("2035 is the horizon you chose");
  }

  @Test
  void a_figure_audit_trail_is_read_through_the_api() throws Exception {
    // shipped figures are uncorrected: an empty trail; an id not of the pair is a 404 problem
    assertThat(web.json("/api/v1/pairs/KAZ-IRN/figures/R07/audit").isArray()).isTrue();
    assertThat(web.json("/api/v1/pairs/KAZ-IRN/figures/R07/audit")).isEmpty();
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(web.base() + "/api/v1/pairs/KAZ-TKM/figures/R07/audit"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("No stated figure 'R07'");
  }

  @Test
  void solar_hijri_periods_and_iranian_years_are_read_from_the_address() throws Exception {
    // SH1400 = 2021-03-21..2022-03-20: R14's 265.2 m non-oil
    JsonNode p = web.json("/api/v1/pairs/KAZ-IRN/profile?period=SH1400");
    assertThat(p.get("period").asText()).isEqualTo("SH1400");
    assertThat(p.at("/turnover/valueUsd").doubleValue()).isEqualTo(265_200_000.0);
    JsonNode years = web.json("/api/v1/pairs/KAZ-IRN/profile?calendar=sh");
    assertThat(years.get("series").get(0).get("period").asText()).isEqualTo("SH1400");
    assertThat(web.get("/pairs/KAZ-IRN?year=SH1400&lang=en")).contains("SH1400");
  }

  private static JsonNode figure(JsonNode answer, String id) {
    for (JsonNode f : answer.get("figures")) if (f.get("id").asText().equals(id)) return f;
    throw new AssertionError("no figure " + id + " in " + answer);
  }
}
