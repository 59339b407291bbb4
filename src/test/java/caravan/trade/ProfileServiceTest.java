package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import caravan.App;
import caravan.text.CaravanException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile on a small hand-made Caravan CSV whose every indicator is worked out by hand in the
 * comments, imported through the real importer into a real DuckDB store, with the shipped figures
 * (the 3 bn USD target) in a real H2 store.
 */
class ProfileServiceTest {
  // 2024: KAZ declares exports to IRN of wheat 60 m, barley 30 m, medicaments 10 m (total 100 m);
  //       IRN declares exports to KAZ of raisins 20 m and cement 20 m (total 40 m), and imports
  // from
  //       KAZ of wheat 66 m and barley 33 m (the mirror). 2023: KAZ→IRN wheat 50 m, IRN→KAZ raisins
  // 20 m.
  // Months: Jan–Feb 2025 KAZ→IRN wheat 5 m a month, IRN→KAZ raisins 1 m a month;
  //         Jan–Feb 2024 KAZ→IRN wheat 4 m a month, IRN→KAZ raisins 1 m a month.
  static final String FLOWS =
      """
      year,month,reporter,partner,flow,product,hs_revision,value_usd,quantity,quantity_unit
      2024,,KAZ,IRN,export,100199,H6,60000000,,
      2024,,KAZ,IRN,export,100390,H6,30000000,,
      2024,,KAZ,IRN,export,300490,H6,10000000,,
      2024,,IRN,KAZ,export,080620,H6,20000000,,
      2024,,IRN,KAZ,export,252329,H6,20000000,,
      2024,,IRN,KAZ,import,100199,H6,66000000,,
      2024,,IRN,KAZ,import,100390,H6,33000000,,
      2023,,KAZ,IRN,export,100199,H6,50000000,,
      2023,,IRN,KAZ,export,080620,H6,20000000,,
      2025,1,KAZ,IRN,export,100199,H6,5000000,,
      2025,2,KAZ,IRN,export,100199,H6,5000000,,
      2025,1,IRN,KAZ,export,080620,H6,1000000,,
      2025,2,IRN,KAZ,export,080620,H6,1000000,,
      2024,1,KAZ,IRN,export,100199,H6,4000000,,
      2024,2,KAZ,IRN,export,100199,H6,4000000,,
      2024,1,IRN,KAZ,export,080620,H6,1000000,,
      2024,2,IRN,KAZ,export,080620,H6,1000000,,
      """;

  @TempDir static Path dir;
  static App app;

  @BeforeAll
  static void importFlows() throws Exception {
    app = App.open(new App.Config(dir.resolve("data"), null, null, null));
    Path file = dir.resolve("kaz-irn.csv");
    Files.writeString(file, FLOWS);
    ImportReport r =
        app.imports().importFile(file, new ImportOptions(ImportFormat.CARAVAN, 0, null), null);
    assertThat(r.rowsRejected()).isZero();
  }

  static Profile profile(FlowPeriod period) {
    return app.profiles()
        .profile(new ProfileRequest("KAZ", "IRN", period, ProfileRequest.Basis.FLOWS, 5, 2030));
  }

  @Nested
  class For_the_latest_whole_year {
    final Profile p = profile(null);

    @Test
    void takes_2024_the_latest_year_reported_whole() {
      assertThat(p.period()).isEqualTo("2024");
    }

    @Test
    void headline_sums_each_direction_from_the_declaring_side() {
      assertThat(p.exports().valueUsd()).isEqualTo(100e6); // 60 + 30 + 10
      assertThat(p.imports().valueUsd()).isEqualTo(40e6); // 20 + 20
      assertThat(p.turnover().valueUsd()).isEqualTo(140e6);
      assertThat(p.balance().valueUsd()).isEqualTo(60e6);
      assertThat(p.exports().sourceIds()).containsExactly("file:kaz-irn.csv");
    }

    @Test
    void change_and_cagr_compare_with_2023() {
      // 2023 turnover 50 + 20 = 70 m; 140 / 70 - 1 = 1.0; the CAGR window starts at 2023 (first
      // year).
      assertThat(p.change().rate()).isCloseTo(1.0, within(1e-12));
      assertThat(p.cagr().rate()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void target_is_the_stated_3_bn_with_progress_and_paces() {
      assertThat(p.target().valueUsd()).isEqualTo(3000e6);
      assertThat(p.target().progress()).isCloseTo(140.0 / 3000, within(1e-12));
      // (3000 / 140)^(1/6) - 1 = 0.666603... (computed with Python)
      assertThat(p.target().neededRate()).isCloseTo(0.6666032, within(1e-6));
      // doubling yearly: 140 * 2^4 = 2240 < 3000 <= 140 * 2^5 = 4480, so 2024 + 5
      assertThat(p.target().projections().get(0).year()).isEqualTo(2029);
    }

    @Test
    void exports_basket_has_sectors_and_concentration() {
      Profile.Basket kazIrn = p.baskets().get(0);
      assertThat(kazIrn.from()).isEqualTo("KAZ");
      assertThat(kazIrn.sectors())
          .filteredOn(s -> s.code().equals("agriculture"))
          .singleElement()
          .satisfies(s -> assertThat(s.share()).isCloseTo(0.9, within(1e-12)));
      assertThat(kazIrn.sectors())
          .filteredOn(s -> s.code().equals("medicine"))
          .singleElement()
          .satisfies(s -> assertThat(s.valueUsd()).isEqualTo(10e6));
      Profile.Concentration c = kazIrn.concentration();
      assertThat(c.products()).isEqualTo(3);
      assertThat(c.hhi()).isCloseTo(0.46, within(1e-12)); // .6² + .3² + .1²
      assertThat(c.hhiNormalized()).isCloseTo(0.19, within(1e-12)); // (.46 - 1/3) / (2/3)
      assertThat(c.top1Share()).isCloseTo(0.6, within(1e-12));
      assertThat(c.theil())
          .isCloseTo(0.2006666, within(1e-6)); // (1.8 ln 1.8 + .9 ln .9 + .3 ln .3) / 3
      assertThat(kazIrn.sections().get(0).code()).isEqualTo("II"); // vegetable products: 90 m
    }

    @Test
    void mirror_sets_kaz_exports_beside_irn_imports() {
      Profile.Mirror m = p.mirror().get(0);
      assertThat(m.from()).isEqualTo("KAZ");
      assertThat(m.exportsUsd()).isEqualTo(100e6);
      assertThat(m.importsUsd()).isEqualTo(99e6); // 66 + 33
      assertThat(m.rows())
          .filteredOn(r -> r.product().equals("100199"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.ratio()).isCloseTo(1.1, within(1e-12));
                // the HS 2022 name, as data/classifications/concordance_hs6_desc.csv gives it
                assertThat(r.name())
                    .isEqualTo(
                        "Cereals; wheat and meslin, other than durum wheat, other than seed");
              });
      assertThat(m.rows())
          .filteredOn(r -> r.product().equals("300490"))
          .singleElement()
          .satisfies(
              r -> {
                // Iran reported no 300490 from Kazakhstan: no figure and no ratio, not a zero;
                // the gap is Kazakhstan's whole 10 m
                assertThat(r.importsUsd()).isNull();
                assertThat(r.ratio()).isNull();
                assertThat(r.gapUsd()).isEqualTo(-10e6);
              });
    }
  }

  @Test
  void first_months_compare_with_the_same_months_a_year_before() {
    Profile p = profile(FlowPeriod.parse("2025-01..2025-02"));
    // 2025: 10 + 2 = 12 m; 2024 Jan–Feb: 8 + 2 = 10 m; 12 / 10 - 1 = 0.2
    assertThat(p.turnover().valueUsd()).isEqualTo(12e6);
    assertThat(p.change().rate()).isCloseTo(0.2, within(1e-12));
    assertThat(p.change().against()).isEqualTo("2024-01..2024-02");
  }

  @Test
  void a_pair_without_flows_says_what_is_missing_and_how_to_get_it() {
    Profile p = app.profiles().profile(ProfileRequest.of("KAZ", "TKM", ProfileRequest.Basis.FLOWS));
    assertThat(p.turnover().valueUsd()).isNull();
    assertThat(p.missing())
        .anySatisfy(
            m -> {
              assertThat(m.code()).isEqualTo("noFlows");
              assertThat(m.text()).contains("caravan fetch comtrade --reporter KAZ --partner TKM");
            });
  }

  @Test
  void an_unknown_country_is_refused_by_name() {
    assertThatThrownBy(
            () ->
                app.profiles().profile(ProfileRequest.of("KAZ", "XYZ", ProfileRequest.Basis.FLOWS)))
        .isInstanceOf(CaravanException.class)
        .hasMessageContaining("Unknown country code 'XYZ'");
  }

  @Test
  void stated_2018_takes_the_statements_that_add_up_and_keeps_r07_as_a_conflict() {
    Profile p =
        app.profiles()
            .profile(
                new ProfileRequest(
                    "KAZ", "IRN", FlowPeriod.ofYear(2018), ProfileRequest.Basis.STATED, 5, 2030));
    // R09 + R10 = 426.7 + 89.5 = 516.2, R08's 516.3 within the stated rounding (± 0.15): the set
    // R08–R10 has three parts and wins over R07 (Statistics Committee, 422 m) alone
    assertThat(p.turnover().valueUsd()).isCloseTo(516.3e6, within(1e-3));
    assertThat(p.turnover().sourceIds()).containsExactly("R08");
    assertThat(p.exports().valueUsd()).isCloseTo(426.7e6, within(1e-3));
    assertThat(p.imports().valueUsd()).isCloseTo(89.5e6, within(1e-3));
    // 426.7 - 89.5 = 337.2
    assertThat(p.balance().valueUsd()).isCloseTo(337.2e6, within(1e-3));
    Profile.Point y2018 =
        p.series().stream().filter(pt -> pt.year() == 2018).findFirst().orElseThrow();
    assertThat(y2018.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.part()).isEqualTo("total");
              assertThat(c.valueUsd()).isCloseTo(422e6, within(1e-3));
              assertThat(c.sourceIds()).containsExactly("R07");
            });
    assertThat(y2018.sourceIds()).containsExactly("R08", "R09", "R10");
    // 2018 against 2017 (R06-2017: midpoint of 560–590 = 575 m): 516.3 / 575 - 1
    assertThat(p.change().rate()).isCloseTo(516.3 / 575 - 1, within(1e-9));
    assertThat(p.sources()).anySatisfy(s -> assertThat(s.id()).isEqualTo("R07"));
    assertThat(p.missing())
        .noneSatisfy(m -> assertThat(m.code()).isEqualTo("statedYearInconsistent"));
  }

  @Test
  void the_talks_plus_40_percent_quoted_by_two_sources_is_one_growth_entry_with_both() {
    // S01 (Zakon.kz quoting Akorda, 2025-12-11) and R22 (Report.az citing Akorda, 2025-12 with no
    // day): trade_turnover_growth_yoy, total, 2025-01..2025-10, 40 %: one statement, two sources
    Profile p = stated(null, 2030);
    assertThat(p.statedGrowth())
        .filteredOn(g -> g.period().equals("2025-01..2025-10"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.rate()).isEqualTo(0.4);
              assertThat(g.sourceIds()).containsExactly("S01", "R22");
            });
    // the other stated rates are distinct statements: 2020 -37 %, 2022 +20 %, Jan–Nov 2022 +20 %
    assertThat(p.statedGrowth()).extracting(Profile.Change::period).doesNotHaveDuplicates();
    assertThat(p.sources()).extracting(Profile.Source::id).contains("S01", "R22");
  }

  @Test
  void solar_hijri_periods_compare_with_the_same_iranian_months_a_year_before() throws Exception {
    // A hand-made pair KAZ–UZB in Iranian periods: SH1402 250 m, SH1403 300 m (+20 %);
    // SH1403-01..SH1403-07 100 m, SH1404-01..SH1404-07 140 m (+40 %); one calendar year 2024.
    Path file = dir.resolve("kaz-uzb.csv");
    String row =
        "%s,KAZ,UZB,trade_turnover,total,%s,,,%s,%s,USD_million,,Ministry,"
            + "https://example.org/%s,2025-11-01,q\n";
    Files.writeString(
        file,
        String.join(",", caravan.figures.FiguresService.CSV_COLUMNS)
            + "\n"
            + row.formatted("U1", "SH1402", "250", "250", "u1")
            + row.formatted("U2", "SH1403", "300", "300", "u2")
            + row.formatted("U3", "SH1403-01..SH1403-07", "100", "100", "u3")
            + row.formatted("U4", "SH1404-01..SH1404-07", "140", "140", "u4")
            + row.formatted("U5", "2024", "280", "280", "u5"));
    app.figures().importCsv(file);
    java.util.function.Function<String, Profile> sh =
        label -> {
          caravan.figures.Period[] iranian = new caravan.figures.Period[1];
          ProfileRequest.parsePeriod(label, iranian);
          return app.profiles()
              .profile(
                  new ProfileRequest(
                      "KAZ", "UZB", null, ProfileRequest.Basis.STATED, 5, 2030, iranian[0], false));
        };
    Profile year = sh.apply("SH1403");
    assertThat(year.turnover().valueUsd()).isEqualTo(300e6);
    assertThat(year.change().against()).isEqualTo("SH1402");
    assertThat(year.change().rate()).isCloseTo(300.0 / 250 - 1, within(1e-12));
    Profile months = sh.apply("SH1404-01..SH1404-07");
    assertThat(months.turnover().sourceIds()).containsExactly("U4");
    assertThat(months.change().against()).isEqualTo("SH1403-01..SH1403-07");
    assertThat(months.change().rate()).isCloseTo(140.0 / 100 - 1, within(1e-12));
    // read in Iranian years, the series holds the two whole Iranian years and not 2024
    Profile series =
        app.profiles()
            .profile(
                new ProfileRequest(
                    "KAZ", "UZB", null, ProfileRequest.Basis.STATED, 5, 2030, null, true));
    assertThat(series.series())
        .extracting(Profile.Point::period)
        .containsExactly("SH1402", "SH1403");
    assertThat(series.period()).isEqualTo("SH1403");
    // flows are by calendar month: an Iranian period is refused with a way forward
    caravan.figures.Period[] iranian = new caravan.figures.Period[1];
    ProfileRequest.parsePeriod("SH1403", iranian);
    assertThatThrownBy(
            () ->
                app.profiles()
                    .profile(
                        new ProfileRequest(
                            "KAZ",
                            "IRN",
                            null,
                            ProfileRequest.Basis.FLOWS,
                            5,
                            2030,
                            iranian[0],
                            false)))
        .hasMessageContaining("use --basis stated");
  }

  @Test
  void the_shipped_iranian_customs_year_sh1400_is_non_oil_and_adds_up() {
    caravan.figures.Period[] iranian = new caravan.figures.Period[1];
    ProfileRequest.parsePeriod("SH1400", iranian);
    Profile p =
        app.profiles()
            .profile(
                new ProfileRequest(
                    "KAZ", "IRN", null, ProfileRequest.Basis.STATED, 5, 2030, iranian[0], false));
    // R14 265.2 = R16 78 (Iran's imports from Kazakhstan) + R15 187.2 (Iran's exports)
    assertThat(p.turnover().valueUsd()).isCloseTo(265.2e6, within(1e-3));
    assertThat(p.exports().sourceIds()).containsExactly("R16");
    assertThat(p.imports().sourceIds()).containsExactly("R15");
    assertThat(p.missing()).extracting(Profile.Missing::code).contains("statedNonOil");
  }

  static Profile stated(FlowPeriod period, int targetYear) {
    return app.profiles()
        .profile(
            new ProfileRequest("KAZ", "IRN", period, ProfileRequest.Basis.STATED, 5, targetYear));
  }

  /**
   * The 3 bn USD target (S02) is shown for any chosen year or period, measured from a whole year's
   * turnover at or before it, with stated rates used as a pace only from the year they describe or
   * the year before. Stated levels used: 2014 1,000 m (R04), 2015 636 m (R05), 2018 516.3 m
   * (R08–R10), 2019 302 m (R11), 2020 237 m (R13), 2024 340 m (R21); stated growth 2020 -37 %
   * (R13-G), 2025-01..2025-10 +40 % (S01).
   */
  @Nested
  class The_target {
    @Test
    void for_a_year_without_a_stated_level_is_measured_from_the_latest_year_before() {
      Profile p = stated(FlowPeriod.ofYear(2021), 2030);
      Profile.Target t = p.target();
      assertThat(p.missing()).noneSatisfy(m -> assertThat(m.code()).isEqualTo("noTarget"));
      assertThat(t.valueUsd()).isEqualTo(3000e6);
      assertThat(t.levelPeriod()).isEqualTo("2020");
      assertThat(t.baseYear()).isEqualTo(2020);
      assertThat(t.level()).isCloseTo(237e6, within(1e-3));
      assertThat(t.progress()).isCloseTo(0.079, within(1e-12)); // 237 / 3000
      // (3000 / 237)^(1/10) - 1 = 0.2889536 (Python), ten years 2020→2030
      assertThat(t.neededRate()).isCloseTo(0.2889536, within(1e-6));
      // CAGR 2015–2020: (237 / 636)^(1/5) - 1 = -0.1791605; stated 2020 (R13-G) -37 %: both
      // shrink, so neither reaches it
      assertThat(t.projections())
          .extracting(Profile.Projection::pace)
          .containsExactly("CAGR 2015–2020", "stated growth 2020 (R13-G)");
      assertThat(t.projections().get(0).rate()).isCloseTo(-0.1791605, within(1e-6));
      assertThat(t.projections()).allSatisfy(pr -> assertThat(pr.year()).isNull());
      // no stated turnover target names a year: 2030 is the user's horizon, and the card says so
      assertThat(t.byYearStated()).isFalse();
      assertThat(t.notes())
          .extracting(Profile.Missing::code)
          .containsExactly("targetLevelEarlier", "targetYearChosen");
      assertThat(t.notes().get(0).args()).containsExactly("2021", "2020");
      assertThat(t.notes().get(1).args()).containsExactly("2030", "S02");
    }

    @Test
    void for_part_of_2025_never_projects_with_the_ten_month_growth() {
      Profile.Target t = stated(FlowPeriod.parse("2025-01..2025-10"), 2030).target();
      assertThat(t.baseYear()).isEqualTo(2024);
      assertThat(t.level()).isCloseTo(340e6, within(1e-3));
      // (3000 / 340)^(1/6) - 1 = 0.4374974 (Python)
      assertThat(t.neededRate()).isCloseTo(0.4374974, within(1e-6));
      // +40 % (S01, R22) covers ten months: not a yearly pace, so only the CAGR 2019–2024 is
      // projected, (340 / 302)^(1/5) - 1 = 0.0239869 (Python), and a note names the rate left out
      assertThat(t.projections())
          .singleElement()
          .satisfies(
              pr -> {
                assertThat(pr.paceCode()).isEqualTo("cagr");
                assertThat(pr.paceArgs()).containsExactly("2019–2024");
                assertThat(pr.rate()).isCloseTo(0.0239869, within(1e-6));
              });
      assertThat(t.notes())
          .extracting(Profile.Missing::code)
          .containsExactly(
              "targetLevelEarlier",
              "targetStatedPaceNotYearly",
              "statedAtLeastLowEnd",
              "targetYearChosen");
      assertThat(t.notes().get(1).args()).containsExactly("2025-01..2025-10", "S01, R22", "10");
      // 2024 is "exceeded $340 million" (R21): the arithmetic says it uses that lower end
      assertThat(t.notes().get(2).args()).containsExactly("2024", "340", "R21");
    }

    @Test
    void for_2018_leaves_out_the_2025_stated_pace_and_says_why() {
      Profile.Target t = stated(FlowPeriod.ofYear(2018), 2030).target();
      assertThat(t.baseYear()).isEqualTo(2018);
      // 2018 is 516.3 m (R08, consistent with R09 + R10): (3000 / 516.3)^(1/12) - 1 = 0.1579370
      // (Python)
      assertThat(t.neededRate()).isCloseTo(0.1579370, within(1e-6));
      // Only the CAGR 2014–2018, (516.3 / 1000)^(1/4) - 1 = -0.1523325: never reached; no year
      // reached before 2019 can appear
      assertThat(t.projections())
          .singleElement()
          .satisfies(
              pr -> {
                assertThat(pr.pace()).isEqualTo("CAGR 2014–2018");
                assertThat(pr.rate()).isCloseTo(-0.1523325, within(1e-6));
                assertThat(pr.year()).isNull();
              });
      assertThat(t.notes())
          .filteredOn(n -> !n.code().equals("targetYearChosen"))
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.code()).isEqualTo("targetStatedPaceNotUsed");
                assertThat(n.args()).containsExactly("2025-01..2025-10", "S01, R22", "2018");
                assertThat(n.text()).contains("not used as the pace from 2018");
              });
    }

    @Test
    void with_a_target_year_not_after_the_base_says_so_instead_of_a_growth_needed() {
      Profile.Target t = stated(null, 2020).target();
      assertThat(t.baseYear()).isEqualTo(2024);
      assertThat(t.neededRate()).isNull();
      assertThat(t.notes())
          .extracting(Profile.Missing::code)
          .containsExactly(
              "targetStatedPaceNotYearly",
              "statedAtLeastLowEnd",
              "targetYearChosen",
              "targetYearNotAfter");
      assertThat(t.notes().get(3).args()).containsExactly("2020", "2024");
      // The paces still say when it is reached: CAGR 2019–2024 +2.399 % from 340 m:
      // ln(3000/340) / ln(1.0239869) = 91.86 years (Python), so 2024 + 92 = 2116
      assertThat(t.projections()).extracting(Profile.Projection::year).containsExactly(2116);
    }

    @Test
    void a_target_year_stated_by_its_source_is_used_instead_of_the_chosen_one() throws Exception {
      // A hand-made pair KAZ–TUR: 2024 turnover 500 m, a target of 1000 m stated for 2028
      Path file = dir.resolve("kaz-tur.csv");
      Files.writeString(
          file,
          String.join(",", caravan.figures.FiguresService.CSV_COLUMNS)
              + "\n"
              + "KT1,KAZ,TUR,trade_turnover,total,2024,2024-01-01,2024-12-31,500,500,USD_million,,"
              + "Ministry,https://example.org/kt1,2025-01-10,q\n"
              + "KT2,KAZ,TUR,target_trade_turnover,total,2028,2028-01-01,2028-12-31,1000,1000,"
              + "USD_million,target by 2028,Ministry,https://example.org/kt2,2025-01-10,q\n");
      app.figures().importCsv(file);
      Profile.Target t =
          app.profiles()
              .profile(new ProfileRequest("KAZ", "TUR", null, ProfileRequest.Basis.STATED, 5, 2030))
              .target();
      assertThat(t.byYear()).isEqualTo(2028);
      assertThat(t.byYearStated()).isTrue();
      // (1000 / 500)^(1/4) - 1 = 0.1892071 (Python), four years 2024→2028
      assertThat(t.neededRate()).isCloseTo(0.1892071, within(1e-6));
      assertThat(t.notes())
          .filteredOn(n -> n.code().equals("targetYearStated"))
          .singleElement()
          .satisfies(n -> assertThat(n.args()).containsExactly("2028", "KT2"));
    }

    @Test
    void an_upper_bound_stays_at_most_and_the_arithmetic_says_it_uses_the_high_end()
        throws Exception {
      // A hand-made pair KAZ–AZE: 2023 turnover 400 m, 2024 "up to 500 m" (value_low empty)
      Path file = dir.resolve("kaz-aze.csv");
      Files.writeString(
          file,
          String.join(",", caravan.figures.FiguresService.CSV_COLUMNS)
              + "\n"
              + "KA1,KAZ,AZE,trade_turnover,total,2023,2023-01-01,2023-12-31,400,400,USD_million,,"
              + "Ministry,https://example.org/ka1,2024-01-10,q\n"
              + "KA2,KAZ,AZE,trade_turnover,total,2024,2024-01-01,2024-12-31,,500,USD_million,"
              + "'up to',Ministry,https://example.org/ka2,2025-01-10,q\n");
      app.figures().importCsv(file);
      Profile p =
          app.profiles()
              .profile(
                  new ProfileRequest(
                      "KAZ", "AZE", FlowPeriod.ofYear(2024), ProfileRequest.Basis.STATED, 5, 2030));
      assertThat(p.turnover().bound()).isEqualTo("at_most");
      assertThat(p.turnover().lowUsd()).isNull();
      assertThat(p.turnover().highUsd()).isCloseTo(500e6, within(1e-3));
      assertThat(p.turnover().valueUsd()).isCloseTo(500e6, within(1e-3));
      // 2024 against 2023 from the high end: 500 / 400 - 1 = 0.25, and a note says so
      assertThat(p.change().rate()).isCloseTo(0.25, within(1e-12));
      assertThat(p.missing())
          .filteredOn(m -> m.code().equals("statedAtMostHighEnd"))
          .singleElement()
          .satisfies(m -> assertThat(m.args()).containsExactly("2024", "500", "KA2"));
      Profile.Point y2024 =
          p.series().stream().filter(pt -> pt.year() == 2024).findFirst().orElseThrow();
      assertThat(y2024.turnoverBound()).isEqualTo("at_most");
      assertThat(y2024.turnoverLowUsd()).isNull();
      assertThat(y2024.turnoverHighUsd()).isCloseTo(500e6, within(1e-3));
    }

    @Test
    void before_any_stated_level_is_shown_without_progress() {
      // The first stated level is 2007 (R01): nothing to measure 2005 by.
      Profile.Target t = stated(FlowPeriod.ofYear(2005), 2030).target();
      assertThat(t.valueUsd()).isEqualTo(3000e6);
      assertThat(t.level()).isNull();
      assertThat(t.progress()).isNull();
      assertThat(t.baseYear()).isNull();
      assertThat(t.neededRate()).isNull();
      assertThat(t.projections()).isEmpty();
      assertThat(t.notes())
          .extracting(Profile.Missing::code)
          .containsExactly("targetYearChosen", "targetNoBase");
    }

    @Test
    void for_flows_in_part_of_a_year_is_progress_of_the_months_counted_from_2024() {
      Profile.Target t = profile(FlowPeriod.parse("2025-01..2025-02")).target();
      // Jan–Feb 2025: 10 + 2 = 12 m, set against 3000 m as it is: 0.004
      assertThat(t.partYear()).isTrue();
      assertThat(t.levelPeriod()).isEqualTo("2025-01..2025-02");
      assertThat(t.progress()).isCloseTo(0.004, within(1e-12));
      // From 2024 (140 m): (3000 / 140)^(1/6) - 1 = 0.6666032, as for the whole year
      assertThat(t.baseYear()).isEqualTo(2024);
      assertThat(t.baseLevel()).isEqualTo(140e6);
      assertThat(t.neededRate()).isCloseTo(0.6666032, within(1e-6));
      // CAGR 2023–2024 doubles: 2029; the Jan–Feb change (+20 %) covers two months, not a year,
      // so it is no pace and a note says so
      assertThat(t.projections()).extracting(Profile.Projection::year).containsExactly(2029);
      assertThat(t.notes())
          .extracting(Profile.Missing::code)
          .containsExactly(
              "targetPartYear", "targetBaseEarlier", "targetGrowthNotYearly", "targetYearChosen");
    }
  }
}
