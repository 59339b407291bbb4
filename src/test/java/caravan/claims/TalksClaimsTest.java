package caravan.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.App;
import caravan.claims.Claim.Subject;
import caravan.claims.Verdict.Outcome;
import caravan.text.NotFoundException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claim check on the shipped data (data/figures/stated-figures.csv; no KAZ–IRN product flows
 * are shipped, so every verdict here rests on stated figures). Each expected verdict was decided by
 * hand from the rows named in its comment.
 */
class TalksClaimsTest {
  static Path dir;
  static App app;
  static ClaimCheck check;

  @BeforeAll
  static void open() throws Exception {
    dir = Files.createTempDirectory("caravan-claims");
    app = App.open(new App.Config(dir, null, null, null));
    check =
        new ClaimCheck(
            app.figures(),
            app.profiles(),
            app.countries(),
            Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC),
            app.corridor());
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static List<Verdict> check(String text) {
    return check.check("KAZ", "IRN", text, null, null).verdicts();
  }

  @Test
  void the_talks_report_has_four_claims_decided_from_the_shipped_rows() throws Exception {
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/claims/2025-12-11-kazakhstan-iran-talks.ru.txt")) {
      text = ClaimText.read(in);
    }
    ClaimReport r = check.check("KAZ", "IRN", text, null, null);
    // "11 декабря 2025 года" opens the text: "this year" is 2025
    assertThat(r.date()).isEqualTo(LocalDate.of(2025, 12, 11));
    assertThat(r.dateFrom()).isEqualTo("text");
    assertThat(r.language()).isEqualTo("ru");
    // "33 года", "11 декабря 2025 года", "10 месяцев" and "пятидесяти" are no claims
    assertThat(r.verdicts()).hasSize(4);

    // "двусторонний товарооборот увеличился на 40%", "на сегодняшний день" = 2025 to 11 Dec:
    // R22 (Report.az citing Akorda, turnover +40 % in 2025-01..2025-10) agrees within ±0.5;
    // S01 says the same but quotes this very text, so it is not counted
    Verdict turnover = r.verdicts().get(0);
    assertThat(turnover.claim().text()).isEqualTo("40%");
    assertThat(turnover.claim().subject()).isEqualTo(Subject.TURNOVER);
    assertThat(turnover.outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(turnover.evidence())).containsExactly("R22");

    // "довести объемы взаимной торговли до 3 млрд долларов": the target; T01, T02, T05, T06
    // (3000) and T09 (3000–4000) agree within ±500 (3 млрд: ±0.5 bn); T10 (10 000) does not;
    // S02 quotes this text
    Verdict target = r.verdicts().get(1);
    assertThat(target.claim().text()).isEqualTo("3 млрд долларов");
    assertThat(target.claim().subject()).isEqualTo(Subject.TARGET);
    assertThat(target.outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(target.evidence())).containsExactly("T01", "T02", "T05", "T06", "T09");
    assertThat(ids(target.others())).containsExactly("T10");

    // "С начала года Иран вложил … 17,8 млн долларов прямых инвестиций": the only fdi_inflow
    // row, S03, is this text's own sentence
    Verdict fdi = r.verdicts().get(2);
    assertThat(fdi.claim().value()).isEqualByComparingTo("17.8");
    assertThat(fdi.claim().direction()).isEqualTo("IRN->KAZ");
    assertThat(fdi.outcome()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(fdi.reason()).isEqualTo("ONLY_THIS_TEXT");
    assertThat(ids(fdi.evidence())).containsExactly("S03");

    // "За 10 месяцев текущего года объем перевозок … вырос на 53%": 2025-01..2025-10; the only
    // transport_volume_growth_yoy row, S04, is this text's own sentence
    Verdict freight = r.verdicts().get(3);
    assertThat(freight.claim().subject()).isEqualTo(Subject.FREIGHT);
    assertThat(freight.claim().period().label()).isEqualTo("2025-01..2025-10");
    assertThat(freight.outcome()).isEqualTo(Outcome.NOT_CHECKABLE);
    assertThat(freight.reason()).isEqualTo("ONLY_THIS_TEXT");
  }

  @Test
  void written_russian_claims_with_comma_and_space_numbers() {
    List<Verdict> v =
        check(
            "В 2015 году товарооборот составил 0,636 млрд долларов. "
                + "В 2018 году товарооборот достиг 600 млн долларов. "
                + "В 2022 году товарооборот составил 528 000 тыс. долларов. "
                + "За 10 месяцев 2025 года объем перевозок вырос на 30 %. "
                + "В 2020 году товарооборот сократился на 37 процентов.");
    // R05: 2015 turnover 636 m; 0,636 млрд = 636 m, ±0.5 m (half of the third decimal)
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(v.get(0).claim().value()).isEqualByComparingTo("636");
    assertThat(ids(v.get(0).evidence())).containsExactly("R05");
    // 2018: R07 422 and R08 516.3; 600 ± 0.5 meets neither
    assertThat(v.get(1).outcome()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(ids(v.get(1).evidence())).containsExactlyInAnyOrder("R07", "R08");
    // R19: 2022 turnover 528 m; "528 000 тыс." is 528 m
    assertThat(v.get(2).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(v.get(2).evidence())).containsExactly("R19");
    // S04: freight +53 % in 2025-01..2025-10 (this text does not quote it): 30 is contradicted
    assertThat(v.get(3).outcome()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(ids(v.get(3).evidence())).containsExactly("S04");
    // R13-G: 2020 turnover −37 %; "сократился" makes the claim −37
    assertThat(v.get(4).claim().value()).isEqualByComparingTo("-37");
    assertThat(v.get(4).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(v.get(4).evidence())).containsExactly("R13-G");
  }

  @Test
  void written_english_claims() {
    List<Verdict> v =
        check(
            "In 2022 bilateral trade between Kazakhstan and Iran grew 20% to $528 million. "
                + "In 2018 Kazakhstan's exports to Iran were $426.7 million. "
                + "In 2013 rail freight between Iran, Turkmenistan and Kazakhstan reached 5 million"
                + " tonnes. The parties set a target of $5 billion.");
    // R19-G: +20 % in 2022; R19: 528 m in 2022
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(v.get(0).evidence())).containsExactly("R19-G");
    assertThat(v.get(1).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(v.get(1).evidence())).containsExactly("R19");
    // R09: exports KAZ->IRN 2018 426.7 m (Kazakhstan named first: KAZ->IRN)
    assertThat(v.get(2).claim().direction()).isEqualTo("KAZ->IRN");
    assertThat(v.get(2).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(v.get(2).evidence())).containsExactly("R09");
    // X03: 5 million tonnes on Iran–Turkmenistan–Kazakhstan rail in 2013
    assertThat(v.get(3).claim().value()).isEqualByComparingTo("5000000");
    assertThat(v.get(3).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(ids(v.get(3).evidence())).containsExactly("X03");
    // no target_trade_turnover row states 5000 ± 500: T01..T06 3000, T09 3000–4000, T10 10000
    assertThat(v.get(4).outcome()).isEqualTo(Outcome.CONTRADICTED);
  }

  @Test
  void each_reason_a_claim_is_not_checkable() {
    List<Verdict> v =
        check(
            "В 2010 году товарооборот составил 1 млрд долларов. "
                + "В 2022 году показатель вырос на 20%. "
                + "В 2023 году через порт прошло 5 000 TEU. "
                + "Товарооборот составил 500 млн долларов. "
                + "В 2022 году товарооборот составил 100 млрд тенге. "
                + "В 2024 году инвестиции выросли на 10%.");
    // no trade_turnover row for 2010
    assertThat(v.get(0).reason()).isEqualTo("NO_DATA_FOR_PERIOD");
    // "показатель" names no subject
    assertThat(v.get(1).reason()).isEqualTo("NO_SUBJECT");
    // TEU: no figure is kept in containers
    assertThat(v.get(2).reason()).isEqualTo("UNIT_UNKNOWN");
    // no year, month or "this year" in the sentence
    assertThat(v.get(3).reason()).isEqualTo("NO_PERIOD");
    // tenge: figures are in US dollars
    assertThat(v.get(4).reason()).isEqualTo("UNIT_UNKNOWN");
    // no stated growth series of investment
    assertThat(v.get(5).reason()).isEqualTo("NO_SERIES");
    assertThat(v).allMatch(x -> x.outcome() == Outcome.NOT_CHECKABLE);
  }

  @Test
  void numbers_as_each_language_writes_them() {
    assertThat(Numbers.parse("1 234,5", Language.RU)).isEqualByComparingTo("1234.5");
    assertThat(Numbers.parse("1\u00A0234,5", Language.RU)).isEqualByComparingTo("1234.5");
    assertThat(Numbers.parse("1,234.5", Language.EN)).isEqualByComparingTo("1234.5");
    assertThat(Numbers.halfStep(new BigDecimal("17.8"))).isEqualByComparingTo("0.05");
    // "в 1,5 раза" is +50 % ± 5 (half of 0.1 times 100)
    List<Verdict> v = check("В 2022 году товарооборот вырос в 1,5 раза.");
    assertThat(v.get(0).claim().value()).isEqualByComparingTo("50");
    assertThat(v.get(0).claim().tolerance()).isEqualByComparingTo("5");
    // R19-G: +20 % in 2022, outside 45..55
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.CONTRADICTED);
  }

  @Test
  void imported_flows_decide_where_the_pair_has_them() {
    // the shipped BACI sample (data/world_trade/…_AFG_ZAF_exports.csv) holds South Africa's 2021
    // exports to Kazakhstan: 97 rows with i=710, j=398, whose v sum to 11 528.359 thousand USD
    // (summed with a script over the CSV), so 11.528 m
    ClaimReport r =
        check.check(
            "ZAF",
            "KAZ",
            "In 2021 South Africa's exports to Kazakhstan reached $11.5 million. In 2021 South"
                + " Africa's exports to Kazakhstan reached $15 million. In 2021 trade between the"
                + " two reached $30 million.",
            null,
            null);
    List<Verdict> v = r.verdicts();
    assertThat(v.get(0).claim().direction()).isEqualTo("ZAF->KAZ");
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(v.get(0).evidence().get(0).id()).isEqualTo("flows");
    assertThat(v.get(0).evidence().get(0).low()).isEqualByComparingTo("11.528");
    assertThat(v.get(1).outcome()).isEqualTo(Outcome.CONTRADICTED);
    // the sample has no flow from Kazakhstan to South Africa, so no 2021 turnover: none is made up
    assertThat(v.get(2).reason()).isEqualTo("NO_DATA_FOR_PERIOD");
  }

  @Test
  void a_named_port_is_checked_against_the_corridors_volumes() {
    List<Verdict> v =
        new java.util.ArrayList<>(
            check("В 2022 году грузооборот порта Актау вырос на 9% и составил 3,8 млн тонн."));
    v.addAll(check("In 2022 Aktau port handled 5 million tonnes of cargo."));
    // data/corridor/volumes.csv line 3: Aktau port (KZ_AKT), 2022, 3.8 Mt, "+9% y/y"
    assertThat(v.get(0).claim().place()).isEqualTo("KZ_AKT");
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(v.get(0).evidence().get(0).id()).isEqualTo("volumes.csv:3");
    assertThat(v.get(1).claim().value()).isEqualByComparingTo("3800000");
    assertThat(v.get(1).outcome()).isEqualTo(Outcome.SUPPORTED);
    // 5 Mt ± 0.5 Mt is not 3.8 Mt
    assertThat(v.get(2).outcome()).isEqualTo(Outcome.CONTRADICTED);
  }

  @Test
  void a_text_of_a_thousand_claims_and_more_is_refused() {
    String many = "В 2022 году товарооборот вырос на 5%. ".repeat(1_001);
    assertThatThrownBy(() -> check(many)).hasMessageContaining("more than 1,000 numeric claims");
    // one "sentence" of a megabyte reads each number's words near it only, and ends
    String oneSentence = ("товарооборот " + "ж".repeat(2_000) + " ").repeat(400) + "вырос на 5 %";
    assertThat(check(oneSentence)).hasSize(1);
  }

  @Test
  void bad_inputs_are_refused_with_a_message() {
    assertThatThrownBy(() -> ClaimText.decode(new byte[0]))
        .isInstanceOf(ClaimException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ClaimText.decode("a\0b".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("NUL byte");
    assertThatThrownBy(() -> ClaimText.decode(new byte[] {(byte) 0xC3, (byte) 0x28}))
        .hasMessageContaining("not UTF-8");
    byte[] tenMb = new byte[10_000_000];
    java.util.Arrays.fill(tenMb, (byte) 'a');
    assertThatThrownBy(() -> ClaimText.read(new java.io.ByteArrayInputStream(tenMb)))
        .isInstanceOf(ClaimException.class)
        .hasMessageContaining("1,000,000 bytes");
    assertThatThrownBy(() -> check("  \n ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> check("تجارت ایران و قزاقستان ۴۰ درصد رشد کرد"))
        .hasMessageContaining("language is not known");
    assertThatThrownBy(() -> check("Қазақстан мен Иран арасындағы тауар айналымы 40% өсті"))
        .hasMessageContaining("language is not known");
    assertThatThrownBy(() -> check.check("KAZ", "IRN", "trade grew 5% in 2022", "fa", null))
        .hasMessageContaining("'fa' is not read");
    assertThatThrownBy(() -> check.check("KAZ", "XXX", "trade grew 5% in 2022", null, null))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                check.check("KAZ", "IRN", "trade grew 5% in 2022", null, LocalDate.of(2027, 1, 1)))
        .hasMessageContaining("in the future");
  }

  private static List<String> ids(List<Evidence> es) {
    return es.stream().map(Evidence::id).toList();
  }
}
