package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import caravan.text.InvalidValueException;
import caravan.trade.ImportFormat;
import caravan.trade.ImportOptions;
import caravan.trade.ImportService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opportunities of a pair: on a tiny BACI world worked by hand (an import side), and on the
 * shipped exports-only matrices (none), where the answer says what it cannot compute.
 */
class OpportunitiesServiceTest {
  // Four countries, three products, thousands of US dollars as BACI writes them (×1000 below):
  // KAZ (398) exports 100199 to IRN 10 and RUS 50, 270900 to CHN 100; RUS (643) sells IRN 270900
  // 40 and 100199 20; CHN (156) sells IRN 300490 30; IRN (364) sells KAZ 100199 5, CHN 270900 60.
  static final String WORLD =
      "t,i,j,k,v,q\n"
          + "2022,398,364,100199,10,1\n"
          + "2022,398,643,100199,50,1\n"
          + "2022,398,156,270900,100,1\n"
          + "2022,643,364,270900,40,1\n"
          + "2022,643,364,100199,20,1\n"
          + "2022,156,364,300490,30,1\n"
          + "2022,364,398,100199,5,1\n"
          + "2022,364,156,270900,60,1\n";

  @TempDir Path dir;
  // one store without BACI rows for the tests of the shipped matrices, whose complexity the
  // service computes once and keeps
  private static AnalyticsStore store;
  private static OpportunitiesService service;

  @BeforeAll
  static void open() {
    store = AnalyticsStore.inMemory();
    new ImportService(store, Countries.shipped()).ensureSchema();
    service = new OpportunitiesService(store, null, id -> Optional.empty());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private OpportunitiesService loadWorld(AnalyticsStore store) throws IOException {
    new ImportService(store, Countries.shipped()).ensureSchema();
    Path f = Files.writeString(dir.resolve("baci.csv"), WORLD, StandardCharsets.UTF_8);
    new ImportService(store, Countries.shipped())
        .importFile(f, new ImportOptions(ImportFormat.BACI, 0.0, "H5"), null);
    return new OpportunitiesService(store, null, id -> Optional.empty());
  }

  private static OpportunityQuery query(String a, String b) {
    return new OpportunityQuery(a, b, null, null, 25, null);
  }

  @Test
  void a_world_with_partners_ranks_by_untapped_potential_with_the_pair_indicators()
      throws IOException {
    try (AnalyticsStore world = AnalyticsStore.inMemory()) {
      OpportunitiesService service = loadWorld(world);
      withPartners(service);
    }
  }

  private void withPartners(OpportunitiesService service) {
    Opportunities o = service.answer(query("KAZ", "IRN"));
    assertThat(o.importSide()).isTrue();
    assertThat(o.needsImportSide()).isEmpty();
    assertThat(o.year()).isEqualTo(2022);
    assertThat(o.exporters()).isEqualTo(4);
    // KAZ's world exports: 100199 60, 270900 100 (160); IRN's world imports: 100199 10 + 20 = 30,
    // 270900 40, 300490 30 (100); KAZ→IRN 100199 10. Untapped: 270900 min(100, 40) − 0 = 40;
    // 100199 min(60, 30) − 10 = 20; 300490: KAZ sells none, so no potential.
    assertThat(o.products())
        .extracting(Opportunity::rank, Opportunity::product, Opportunity::untapped)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "270900", 40_000.0),
            org.assertj.core.groups.Tuple.tuple(2, "100199", 20_000.0));
    Opportunity wheat = o.products().get(1);
    assertThat(wheat.aWorldExports()).isEqualTo(60_000.0);
    assertThat(wheat.aToB()).isEqualTo(10_000.0);
    assertThat(wheat.reasons().bWorldDemand()).isEqualTo(30_000.0);
    assertThat(wheat.reasons().shareInB()).isCloseTo(1.0 / 3, within(1e-12)); // 10 of 30
    // Balassa by hand: (60 / 160) / (85 / 315), 85 = all exports of 100199 (10 + 50 + 20 + 5),
    // 315 = all exports
    assertThat(wheat.reasons().rcaA()).isCloseTo(60.0 / 160 / (85.0 / 315), within(1e-9));
    // IRN exports 100199 5 of its 65: (5 / 65) / (85 / 315)
    assertThat(wheat.rcaB()).isCloseTo(5.0 / 65 / (85.0 / 315), within(1e-9));
    // GL of 100199: X 10, M 5 → 1 − 5/15
    assertThat(wheat.grubelLloyd()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(wheat.sector()).isEqualTo("agriculture");
    assertThat(o.products().get(0).sector()).isEqualTo("mining_energy");
    Opportunities.Indicators i = o.indicators();
    // TC(KAZ→IRN): shares x 100199 .375, 270900 .625; m .3, .4, 300490 .3:
    // Σ|m − x| = .075 + .225 + .3 = .6 → 100 · (1 − .3) = 70
    assertThat(i.complementarityAB()).isCloseTo(70.0, within(1e-9));
    // TC(IRN→KAZ): IRN's exports 100199 5/65, 270900 60/65; KAZ's imports 100199 only:
    // Σ = (1 − 5/65) + 60/65 = 120/65 → 100 · (1 − 60/65) = 500/65
    assertThat(i.complementarityBA()).isCloseTo(500.0 / 65, within(1e-9));
    // TII(KAZ→IRN) = (10 / 160) / (100 / 315); TII(IRN→KAZ) = (5 / 65) / (5 / 315)
    assertThat(i.intensityAB()).isCloseTo(10.0 / 160 / (100.0 / 315), within(1e-12));
    assertThat(i.intensityBA()).isCloseTo(5.0 / 65 / (5.0 / 315), within(1e-12));
    // GL over the pair's trade: only 100199 is traded, X 10, M 5
    assertThat(i.grubelLloyd()).isCloseTo(2.0 / 3, within(1e-12));
    // roll-ups: mining and energy 40, agriculture 20
    assertThat(o.sectors())
        .filteredOn(s -> s.products() > 0)
        .extracting(SectorRollup::sector, SectorRollup::untapped)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("agriculture", 20_000.0),
            org.assertj.core.groups.Tuple.tuple("mining_energy", 40_000.0));
    // asked for one sector, the list has only it
    Opportunities energy =
        service.answer(new OpportunityQuery("KAZ", "IRN", null, "energy", 25, null));
    assertThat(energy.products()).extracting(Opportunity::product).containsExactly("270900");
    assertThat(energy.sector()).isEqualTo("mining_energy");
  }

  @Test
  void without_an_import_side_the_shipped_matrix_gives_nearby_products_and_says_what_it_lacks() {
    Opportunities o = service.answer(query("KAZ", "IRN"));
    assertThat(o.importSide()).isFalse();
    assertThat(o.needsImportSide())
        .containsExactly(
            "trade_complementarity", "trade_intensity", "grubel_lloyd", "untapped_potential");
    assertThat(o.importCommand()).startsWith("./caravan import --format baci ");
    assertThat(o.source()).isEqualTo("hs4-2017");
    assertThat(o.notice()).isEqualTo(WorldMatrices.RESEARCH_ONLY);
    assertThat(o.indicators().complementarityAB()).isNull();
    assertThat(o.indicators().intensityAB()).isNull();
    assertThat(o.products()).hasSize(25);
    assertThat(o.ranked()).isGreaterThan(500);
    List<Opportunity> rows = o.products();
    for (int k = 0; k < rows.size(); k++) {
      Opportunity r = rows.get(k);
      assertThat(r.untapped()).isNull();
      // products KAZ does not export with RCA ≥ 1, nearest first
      assertThat(r.reasons().rcaA()).isLessThan(1.0);
      assertThat(r.reasons().density()).isNotNull().isBetween(0.0, 1.0);
      assertThat(r.rcaB()).isNotNull();
      if (k > 0) {
        assertThat(r.reasons().density()).isLessThanOrEqualTo(rows.get(k - 1).reasons().density());
      }
    }
    assertThat(o.rcaSides()).isNotEmpty();
    assertThat(o.rcaSides()).allMatch(r -> r.rcaA() >= 1 || r.rcaB() >= 1);
    // medicine: HS chapter 30 headings only
    Opportunities medicine =
        service.answer(new OpportunityQuery("KAZ", "IRN", null, "medicine", 10, null));
    assertThat(medicine.products()).isNotEmpty().allMatch(r -> r.product().startsWith("30"));
  }

  @Test
  void the_sector_map_does_not_apply_to_sitc_codes_and_the_answer_says_so() {
    Opportunities o =
        service.answer(new OpportunityQuery("KAZ", "IRN", null, "medicine", 10, "sitc"));
    assertThat(o.classification()).startsWith("SITC rev. 2");
    assertThat(o.notice()).isNull();
    assertThat(o.sectorNote()).contains("does not apply to SITC rev. 2");
    assertThat(o.products()).isEmpty();
    assertThat(o.sectors()).isEmpty();
    Opportunities all = service.answer(new OpportunityQuery("KAZ", "IRN", null, null, 10, "sitc"));
    assertThat(all.products()).hasSize(10).allMatch(r -> r.sector() == null);
  }

  @Test
  void a_bad_pair_sector_or_limit_is_refused_with_the_field_named() {
    assertThatThrownBy(() -> new OpportunityQuery("KAZ", "KAZ", null, null, 25, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("same country");
    assertThatThrownBy(() -> new OpportunityQuery("KAZ", "IRN", null, "tourism", 25, null))
        .hasMessageContaining("sector must be one of medicine, agriculture, mining_energy");
    assertThatThrownBy(() -> new OpportunityQuery("KAZ", "IRN", null, null, 0, null))
        .hasMessageContaining("limit must be 1 to 1000");
    assertThatThrownBy(() -> service.answer(query("ZZZ", "IRN")))
        .hasMessageContaining("ZZZ has no exports");
  }

  @Test
  void preference_lines_mark_the_products_they_cover_and_the_pairs_trade_before_and_after()
      throws IOException {
    caravan.store.RelationalStore db = caravan.store.TestStores.h2();
    try (AnalyticsStore world = AnalyticsStore.inMemory()) {
      new ImportService(world, Countries.shipped()).ensureSchema();
      // the 2022 world above, and KAZ→IRN 100199 of 7 in 2024 and 9 in 2026, IRN→KAZ 2 in 2026
      Path f =
          Files.writeString(
              dir.resolve("years.csv"),
              WORLD + "2024,398,364,100199,7,1\n2026,398,364,100199,9,1\n2026,364,398,100199,2,1\n",
              StandardCharsets.UTF_8);
      new ImportService(world, Countries.shipped())
          .importFile(f, new ImportOptions(ImportFormat.BACI, 0.0, "H5"), null);
      Preferences preferences = new Preferences(db.jdbi(), "AGR-020"::equals);
      preferences.importFile(
          Files.writeString(
              dir.resolve("lines.csv"),
              PreferencesTest.HEADER
                  + "AGR-020,100199,HS2017,15,5,immediate,https://example.org/s,\"test line\"\n",
              StandardCharsets.UTF_8));
      OpportunitiesService s =
          new OpportunitiesService(
              world,
              preferences,
              id ->
                  id.equals("AGR-020")
                      ? Optional.of(java.time.LocalDate.of(2025, 5, 15))
                      : Optional.empty());
      Opportunities o = s.answer(new OpportunityQuery("KAZ", "IRN", 2022, null, 25, null));
      assertThat(o.products())
          .filteredOn(r -> r.product().equals("100199"))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.preferences())
                      .extracting(PreferenceLine::agreement)
                      .containsExactly("AGR-020"));
      assertThat(o.products())
          .filteredOn(r -> r.product().equals("270900"))
          .singleElement()
          .satisfies(r -> assertThat(r.preferences()).isEmpty());
      PreferenceEffect e = o.preferences().get(0);
      assertThat(e.agreement()).isEqualTo("AGR-020");
      assertThat(e.inForce()).isEqualTo(java.time.LocalDate.of(2025, 5, 15));
      assertThat(e.lines()).isEqualTo(1);
      // KAZ→IRN in 100199 by year (the BACI rows above, ×1000), IRN→KAZ likewise
      assertThat(e.years())
          .extracting(
              PreferenceEffect.Year::year,
              PreferenceEffect.Year::phase,
              PreferenceEffect.Year::aToB,
              PreferenceEffect.Year::bToA)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2022, "before", 10_000.0, 5_000.0),
              org.assertj.core.groups.Tuple.tuple(2024, "before", 7_000.0, null),
              org.assertj.core.groups.Tuple.tuple(2026, "after", 9_000.0, 2_000.0));
      assertThat(e.years()).allMatch(y -> y.basisAToB().equals("BACI"));
      // without --year the latest year with the pair is taken
      assertThat(s.answer(query("KAZ", "IRN")).year()).isEqualTo(2026);
    } finally {
      db.close();
    }
  }
}
