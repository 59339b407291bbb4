package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.registry.Agreement.Action;
import caravan.registry.Agreement.ActionType;
import caravan.registry.Agreement.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules records keep on their own: partial dates, derived status, stages, aggregation. */
class RecordsTest {

  @Test
  void partialDatesParseFormatAndOrder() {
    assertThat(PartialDate.parse("2012")).isEqualTo(PartialDate.of(2012));
    assertThat(PartialDate.parse("2012-06")).isEqualTo(PartialDate.of(2012, 6));
    assertThat(PartialDate.parse("2012-06-27").toString()).isEqualTo("2012-06-27");
    assertThat(PartialDate.parse(" ")).isNull();
    // 2012 covers 2012-01-01..2012-12-31; 2012-02 covers 2012-02-01..2012-02-29 (leap year)
    assertThat(PartialDate.of(2012).end()).isEqualTo(LocalDate.of(2012, 12, 31));
    assertThat(PartialDate.of(2012, 2).end()).isEqualTo(LocalDate.of(2012, 2, 29));
    // by first day, then the less precise (shorter) first
    List<PartialDate> sorted =
        List.of(
                PartialDate.parse("2012-06-27"),
                PartialDate.parse("2012"),
                PartialDate.parse("2011-12"),
                PartialDate.parse("2012-01-01"))
            .stream()
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(PartialDate::toString)
        .containsExactly("2011-12", "2012-01-01", "2012", "2012-06-27");
    assertThatThrownBy(() -> PartialDate.parse("deadline", "2012-13"))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .containsExactly(
                        "deadline: bad date '2012-13': month 13 is out of range 1-12"));
    assertThatThrownBy(() -> PartialDate.parse("2023-02-29"))
        .hasMessageContaining("day 29 does not exist in 2023-02");
    assertThatThrownBy(() -> PartialDate.parse("12 June 2012"))
        .hasMessageContaining("use 2012, 2012-06 or 2012-06-27");
  }

  static Agreement agreement(Action... actions) {
    return new Agreement(
        null,
        0,
        Map.of("en", "Test"),
        "agreement",
        List.of(),
        null,
        null,
        List.of(),
        List.of(actions),
        null,
        List.of());
  }

  static Action act(String party, ActionType type, String date) {
    return new Action(party, type, PartialDate.parse(date), null);
  }

  @Test
  void statusIsDerivedFromTheActions() {
    assertThat(agreement().status()).isEqualTo(Status.NO_ACTIONS);
    assertThat(agreement(act(Agreement.BOTH, ActionType.SIGNED, "2012")).status())
        .isEqualTo(Status.SIGNED);
    // one side ratified and in force for one side only: still only signed
    assertThat(
            agreement(
                    act(Agreement.BOTH, ActionType.SIGNED, "2023-12-25"),
                    act("IRN", ActionType.RATIFIED, "2024-12"),
                    act("KAZ", ActionType.IN_FORCE, "2025"))
                .status())
        .isEqualTo(Status.SIGNED);
    // both sides ratified, each on its own date
    assertThat(
            agreement(
                    act(Agreement.BOTH, ActionType.SIGNED, "2016-04"),
                    act("KAZ", ActionType.RATIFIED, "2017-01-11"),
                    act("IRN", ActionType.RATIFIED, "2017"))
                .status())
        .isEqualTo(Status.RATIFIED);
    // in force per party on both sides, or one bilateral action
    assertThat(
            agreement(
                    act("KAZ", ActionType.IN_FORCE, "2018-02"),
                    act("IRN", ActionType.IN_FORCE, "2018-02-13"))
                .status())
        .isEqualTo(Status.IN_FORCE);
    assertThat(agreement(act(Agreement.BOTH, ActionType.PROVISIONALLY_APPLIED, "2019")).status())
        .isEqualTo(Status.PROVISIONALLY_APPLIED);
    // terminated wins over in force, whatever the order of the list
    Agreement ended =
        agreement(
            act(Agreement.BOTH, ActionType.TERMINATED, "2025-05-15"),
            act(Agreement.BOTH, ActionType.IN_FORCE, "2019-10-27"),
            act(Agreement.BOTH, ActionType.SIGNED, "2018-05-17"));
    assertThat(ended.status()).isEqualTo(Status.TERMINATED);
    assertThat(ended.firstDate()).contains(PartialDate.parse("2018-05-17"));
  }

  @Test
  void statusActionsOfTheDataAreRead() {
    // AGR-020, the EAEU–Iran FTA, as in agreements.csv
    StatusActions.Parsed fta =
        StatusActions.parse(
            "signed 2023-12-25; ratified by Iranian parliament 2024-12-22; in force 2025-05-15",
            PartialDate.parse("2023-12-25"));
    assertThat(fta.actions())
        .extracting(a -> a.party() + " " + a.type() + " " + a.date())
        .containsExactly(
            "BOTH SIGNED 2023-12-25", "IRN RATIFIED 2024-12-22", "BOTH IN_FORCE 2025-05-15");
    // AGR-021, the interim agreement replaced by the FTA
    StatusActions.Parsed interim =
        StatusActions.parse(
            "signed 2018-05-17; in force 2019-10-27; extension protocol signed 2022-03-14"
                + " (Tehran), in force 2022-10-25; replaced by FTA 2025-05-15",
            PartialDate.parse("2018-05-17"));
    assertThat(interim.actions())
        .extracting(a -> a.type() + " " + a.date())
        .containsExactly(
            "SIGNED 2018-05-17",
            "IN_FORCE 2019-10-27",
            "AMENDED 2022-03-14",
            "TERMINATED 2025-05-15");
    // AGR-025: the authorisation is a note; the Kazakh Law is Kazakhstan's ratification
    StatusActions.Parsed legal =
        StatusActions.parse(
            "signing authorised 2015-06-09; signed 2016-04; ratified by Law of 2017-01-11 No."
                + " 43-VI; in force 2018-02-13",
            PartialDate.parse("2016-04"));
    assertThat(legal.actions())
        .extracting(a -> a.party() + " " + a.type() + " " + a.date())
        .containsExactly(
            "BOTH SIGNED 2016-04", "KAZ RATIFIED 2017-01-11", "BOTH IN_FORCE 2018-02-13");
    assertThat(legal.notes()).containsExactly("signing authorised 2015-06-09");
    // AGR-035: signed on an unknown date
    assertThat(StatusActions.parse("signed on 12 February (year not stated)", null).actions())
        .singleElement()
        .satisfies(a -> assertThat(a.date()).isNull());
  }

  @Test
  void freeTextStagesMapToStages() {
    assertThat(Project.Stage.fromText("construction started (16 ha site); agreement planned"))
        .isEqualTo(Project.Stage.CONSTRUCTION);
    assertThat(Project.Stage.fromText("resumed operation (after idling since 2022)"))
        .isEqualTo(Project.Stage.OPERATING);
    assertThat(Project.Stage.fromText("agreement planned for signing at the forum"))
        .isEqualTo(Project.Stage.IDEA);
    assertThat(Project.Stage.fromText("agreement signed")).isEqualTo(Project.Stage.AGREED);
    assertThat(Project.Stage.fromText("construction permit reportedly issued"))
        .isEqualTo(Project.Stage.AGREED);
    assertThat(Project.Stage.fromText("talks (100,000 ha planned)")).isEqualTo(Project.Stage.IDEA);
  }

  static Indicator indicator(Indicator.Aggregation rule, Indicator.Actual... actuals) {
    return new Indicator(
        null,
        0,
        "trade_turnover",
        null,
        "USD_million",
        rule,
        null,
        null,
        new BigDecimal("3000"),
        2030,
        null,
        List.of(actuals),
        null,
        List.of());
  }

  static Indicator.Actual actual(String period, String value) {
    return new Indicator.Actual(PartialDate.parse(period), new BigDecimal(value), null);
  }

  @Test
  void flowsAreNeverSummedAcrossYearsAndStocksTakeTheLatest() {
    Indicator flow =
        indicator(
            Indicator.Aggregation.FLOW_PER_PERIOD,
            actual("2023", "500"),
            actual("2024-01", "30"),
            actual("2024-02", "45"),
            actual("2022", "400"));
    assertThat(flow.aggregate(2023, 2023)).contains(new BigDecimal("500"));
    // no whole-year 2024 actual: its months, 30 + 45 = 75
    assertThat(flow.aggregate(2024, 2024)).contains(new BigDecimal("75"));
    assertThat(flow.aggregate(2021, 2021)).isEmpty();
    assertThatThrownBy(() -> flow.aggregate(2022, 2023))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("never summed");
    Indicator stock =
        indicator(
            Indicator.Aggregation.STOCK,
            actual("2019", "150"),
            actual("2024-06", "226"),
            actual("2021", "180"));
    // latest in 2015–2025 is 2024-06 (226), in 2015–2020 it is 2019 (150)
    assertThat(stock.aggregate(2015, 2025)).contains(new BigDecimal("226"));
    assertThat(stock.aggregate(2015, 2020)).contains(new BigDecimal("150"));
  }

  @Test
  void decisionIsOverdueOnlyPastTheLastDayOfItsDeadline() {
    Decision d =
        new Decision(
            null,
            0,
            19,
            null,
            "Open the trade house",
            Map.of(),
            PartialDate.parse("2024-06"),
            Decision.Status.IN_PROGRESS,
            null,
            null,
            null,
            null);
    assertThat(d.overdue(LocalDate.of(2024, 6, 30))).isFalse();
    assertThat(d.overdue(LocalDate.of(2024, 7, 1))).isTrue();
    assertThat(d.withStatus(Decision.Status.DONE).overdue(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(d.withStatus(Decision.Status.DROPPED).overdue(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(d.withStatus(Decision.Status.CARRIED_OVER).overdue(LocalDate.of(2030, 1, 1)))
        .isTrue();
  }

  @Test
  void a_session_of_another_pair_has_one_id_whichever_way_the_pair_is_written() {
    // KAZ-TUR and TUR-KAZ are one pair: both name the session by the codes in alphabetical order
    assertThat(CommissionSession.idOf(Pair.of("TUR-KAZ"), 3)).isEqualTo("SES-KAZ-TUR-3");
    assertThat(CommissionSession.idOf(Pair.of("KAZ-TUR"), 3)).isEqualTo("SES-KAZ-TUR-3");
    // the home pair keeps the ids its sessions had before the registry held several pairs
    assertThat(CommissionSession.idOf(Pair.of("IRN-KAZ"), 19)).isEqualTo("SES-19");
  }
}
