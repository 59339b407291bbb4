package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice of one consistent set per year, on hand-made statements. */
class ConsistentYearsTest {
  static final Period Y2018 = Period.parse("2018");
  static final String AB = "KAZ->IRN";
  static final String BA = "IRN->KAZ";

  static StatedFigure fig(
      String id, String indicator, String dir, String low, String high, String who) {
    return new StatedFigure(
        id,
        "KAZ",
        "IRN",
        indicator,
        dir,
        Y2018,
        low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high),
        "USD_million",
        null,
        who,
        "https://example.org/a",
        null,
        "q");
  }

  static StatedYear choose(List<StatedFigure> t, List<StatedFigure> x, List<StatedFigure> m) {
    return ConsistentYears.choose(
        Y2018, Statement.group(t), AB, Statement.group(x), BA, Statement.group(m));
  }

  @Test
  void the_shipped_2018_takes_the_set_whose_parts_add_up_and_keeps_r07_as_a_conflict() {
    // R08 516.3 (± 0.05) against R09 + R10 = 426.7 + 89.5 = 516.2 (± 0.1): within 0.15
    StatedYear y =
        choose(
            List.of(
                fig("R07", "trade_turnover", "total", "422", "422", "Statistics Committee"),
                fig("R08", "trade_turnover", "total", "516.3", "516.3", "Deputy PM Zhumangarin")),
            List.of(fig("R09", "exports", AB, "426.7", "426.7", "Deputy PM Zhumangarin")),
            List.of(fig("R10", "imports", BA, "89.5", "89.5", "Deputy PM Zhumangarin")));
    assertThat(y.turnover().ids()).containsExactly("R08");
    assertThat(y.flowAb().ids()).containsExactly("R09");
    assertThat(y.flowBa().ids()).containsExactly("R10");
    assertThat(y.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.part()).isEqualTo("total");
              assertThat(c.statement().ids()).containsExactly("R07");
            });
    assertThat(y.consistent()).isTrue();
  }

  @Test
  void parts_that_exceed_every_total_leave_the_year_without_a_consistent_set() {
    // exports 426.7 > turnover 422: {R07} alone (rank 1) beats {R09} alone (rank 3)
    StatedYear y =
        choose(
            List.of(fig("R07", "trade_turnover", "total", "422", "422", "Statistics Committee")),
            List.of(fig("R09", "exports", AB, "426.7", "426.7", "Deputy PM")),
            List.of());
    assertThat(y.turnover().ids()).containsExactly("R07");
    assertThat(y.flowAb()).isNull();
    assertThat(y.conflicts()).extracting(StatedYear.Conflict::part).containsExactly(AB);
    assertThat(y.consistent()).isFalse();
  }

  @Test
  void the_same_value_from_two_sources_is_one_statement_and_never_a_conflict() {
    StatedYear y =
        choose(
            List.of(
                fig("A1", "trade_turnover", "total", "300", "300", "President via Akorda"),
                fig("A2", "trade_turnover", "total", "300", "300", "Report.az")),
            List.of(),
            List.of());
    assertThat(y.turnover().ids()).containsExactly("A1", "A2");
    assertThat(y.conflicts()).isEmpty();
  }

  @Test
  void a_range_and_an_open_bound_agree_with_any_sum_inside_them() {
    // 560–590 holds 300 + 270 = 570; "more than 340" holds 300 + 100 = 400 but not 200 + 100
    assertThat(consistent("560", "590", "300", "270")).isTrue();
    assertThat(consistent("340", null, "300", "100")).isTrue();
    assertThat(consistent("340", null, "200", "100")).isFalse();
    // 100 ± 0.5 against 50.4 + 50.4 = 100.8 ± 0.1: 100.5 < 100.7, apart
    assertThat(consistent("100", "100", "50.4", "50.4")).isFalse();
    // 100 ± 0.5 against 50.2 + 50.2 = 100.4 ± 0.1: they meet
    assertThat(consistent("100", "100", "50.2", "50.2")).isTrue();
  }

  @Test
  void an_upper_bound_holds_any_sum_below_it_and_is_never_summed_as_if_exact() {
    // "up to 500" (500 ± 0.5, no lower end) holds 200 + 250 = 450 but not 300 + 250 = 550
    // (549 at least, above 500.5)
    assertThat(consistent(null, "500", "200", "250")).isTrue();
    assertThat(consistent(null, "500", "300", "250")).isFalse();
    // a flow stated "up to 500" never contradicts a total from below: 400 = (up to 500) + 100
    // when the flow is 300; with the total alone it is never too high either
    Statement upTo500 = new Statement(List.of(fig("X", "exports", AB, null, "500", "p")));
    Statement t400 = new Statement(List.of(fig("T", "trade_turnover", "total", "400", "400", "p")));
    Statement m100 = new Statement(List.of(fig("M", "imports", BA, "100", "100", "p")));
    assertThat(ConsistentYears.consistent(t400, upTo500, m100)).isTrue();
    assertThat(ConsistentYears.consistent(t400, upTo500, null)).isTrue();
    // its high end still bounds the sum: (up to 500) + 100 is at most 600.55, below 700 - 0.5
    Statement t700 = new Statement(List.of(fig("T", "trade_turnover", "total", "700", "700", "p")));
    assertThat(ConsistentYears.consistent(t700, upTo500, m100)).isFalse();
  }

  @Test
  void one_statement_is_merged_only_when_period_value_and_day_agree() {
    StatedFigure akorda = fig("S01", "trade_turnover_growth_yoy", "total", "40", "40", "Akorda");
    StatedFigure report = fig("R22", "trade_turnover_growth_yoy", "total", "40", "40", "Report.az");
    StatedFigure later =
        new StatedFigure(
            "L1",
            "KAZ",
            "IRN",
            "trade_turnover_growth_yoy",
            "total",
            Y2018,
            new BigDecimal("40"),
            new BigDecimal("40"),
            "USD_million",
            null,
            "Report.az",
            "https://example.org/b",
            java.time.LocalDate.of(2019, 5, 1),
            "q");
    StatedFigure earlier =
        new StatedFigure(
            "L2",
            "KAZ",
            "IRN",
            "trade_turnover_growth_yoy",
            "total",
            Y2018,
            new BigDecimal("40"),
            new BigDecimal("40"),
            "USD_million",
            null,
            "Akorda",
            "https://example.org/c",
            java.time.LocalDate.of(2019, 1, 1),
            "q");
    // by rank (Akorda 3, Report.az 5), then date: L2, S01, L1, R22. Undated S01 and R22 join the
    // first dated one; another date (L1) starts a new statement
    assertThat(Statement.quoted(List.of(akorda, report, later, earlier)))
        .extracting(Statement::ids)
        .containsExactly(List.of("L2", "S01", "R22"), List.of("L1"));
  }

  private static boolean consistent(String tl, String th, String x, String m) {
    return ConsistentYears.consistent(
        new Statement(List.of(fig("T", "trade_turnover", "total", tl, th, "p"))),
        new Statement(List.of(fig("X", "exports", AB, x, x, "p"))),
        new Statement(List.of(fig("M", "imports", BA, m, m, "p"))));
  }
}
