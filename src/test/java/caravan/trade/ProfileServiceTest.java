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
          .satisfies(r -> assertThat(r.ratio()).isCloseTo(1.1, within(1e-12)));
      assertThat(m.rows())
          .filteredOn(r -> r.product().equals("300490"))
          .singleElement()
          .satisfies(r -> assertThat(r.gapUsd()).isEqualTo(-10e6));
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
  void stated_basis_prefers_the_statistics_office_in_2018_and_keeps_the_conflict() {
    Profile p =
        app.profiles()
            .profile(
                new ProfileRequest(
                    "KAZ", "IRN", FlowPeriod.ofYear(2018), ProfileRequest.Basis.STATED, 5, 2030));
    // R07 (Statistics Committee, 422 m) over R08 (Deputy PM, 516.3 m): DESIGN's source ranking
    assertThat(p.turnover().valueUsd()).isCloseTo(422e6, within(1e-3));
    assertThat(p.turnover().sourceIds()).containsExactly("R07");
    Profile.Point y2018 =
        p.series().stream().filter(pt -> pt.year() == 2018).findFirst().orElseThrow();
    assertThat(y2018.conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.valueUsd()).isCloseTo(516.3e6, within(1e-3)));
    // 2018 against 2017 (R06-2017: midpoint of 560–590 = 575 m): 422 / 575 - 1
    assertThat(p.change().rate()).isCloseTo(422.0 / 575 - 1, within(1e-9));
    assertThat(p.sources()).anySatisfy(s -> assertThat(s.id()).isEqualTo("R08"));
  }
}
