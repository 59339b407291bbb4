package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.AnalyticsStore;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import caravan.trade.ImportFormat;
import caravan.trade.ImportOptions;
import caravan.trade.ImportService;
import caravan.trade.WorldDemand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Partner matching, the same on H2 and on a real (embedded) PostgreSQL. */
class PartnerMatchTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);
  static final Source SRC = new Source("https://example.org/b2b", PartialDate.of(2025, 12), "ok");

  @Nested
  class OnH2 extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.h2();
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.postgres();
    }
  }

  abstract static class Contract {
    abstract RelationalStore newStore();

    AnalyticsStore analytics;
    RelationalStore store;
    RegistryService registry;
    RegistryExports exports;

    @BeforeEach
    void setUp() throws Exception {
      Countries countries = Countries.shipped();
      analytics = AnalyticsStore.inMemory();
      new ImportService(analytics, countries).ensureSchema();
      try (Connection c = analytics.connect();
          Statement s = c.createStatement()) {
        // BACI 2021: Iran (364) imports 12 300 000 USD of 100199 from Russia (643) and Kazakhstan
        // (398) (12.3 m USD) and 700 000 USD of 100110; a 2020 row must not count
        s.execute(
            """
          INSERT INTO baci_flow VALUES
          (2021, 643, 364, 100199, 10000000, NULL, 1),
          (2021, 398, 364, 100199, 2300000, NULL, 1),
          (2021, 398, 364, 100110, 700000, NULL, 1),
          (2020, 398, 364, 100199, 99000000, NULL, 1),
          (2021, 364, 398, 80211, 500000, NULL, 1)
          """);
      }
      store = newStore();
      registry = new RegistryService(store.jdbi(), countries, CLOCK);
      exports =
          new RegistryExports(
              registry, store.jdbi(), countries, new WorldDemand(analytics, countries), CLOCK);
    }

    @AfterEach
    void close() {
      analytics.close();
    }

    Organisation org(String name, String country, List<String> hs) {
      return registry.create(
          new Organisation(
              null,
              0,
              Map.of("en", name),
              country,
              null,
              "company",
              null,
              null,
              hs,
              List.of(),
              List.of(),
              null,
              List.of(SRC)),
          "alice");
    }

    PartnerRequest request(
        PartnerRequest.Direction d, Organisation o, List<String> hs, PartialDate expires) {
      return registry.create(
          new PartnerRequest(
              null, 0, d, o.id(), "trade", hs, o.name("en") + " request", expires, List.of(SRC)),
          "alice");
    }

    @Test
    void world_demand_prefers_baci_and_takes_the_latest_year() {
      WorldDemand demand = new WorldDemand(analytics, Countries.shipped());

      assertThat(demand.latestYear("IRN")).hasValue(2021);
      assertThat(demand.basis("IRN", 2021)).isEqualTo(WorldDemand.BACI);
      // 10 000 000 + 2 300 000 for 100199
      assertThat(demand.imports("IRN")).isEqualTo(Map.of("100110", 700000.0, "100199", 1.23e7));
    }

    @Test
    void an_offer_ranks_the_other_sides_demands_and_organisations_by_hs_level_and_trade() {
      Organisation grain = org("Caspian Grain", "KAZ", List.of("1001"));
      Organisation millA = org("Tehran Mills", "IRN", List.of("100199"));
      Organisation millB = org("Gilan Foods", "IRN", List.of("10"));
      org("Astana Flour", "KAZ", List.of("1001")); // same side: never a match
      org("Shiraz Nuts", "IRN", List.of("0802")); // no shared code
      PartnerRequest offer =
          request(PartnerRequest.Direction.OFFER, grain, List.of("1001"), PartialDate.of(2026));
      PartnerRequest demand =
          request(PartnerRequest.Direction.DEMAND, millA, List.of("1001"), PartialDate.of(2026));
      request(PartnerRequest.Direction.DEMAND, millB, List.of("1001"), PartialDate.of(2025, 11));
      request(PartnerRequest.Direction.OFFER, millB, List.of("1001"), null); // same direction

      List<RegistryExports.Match> matches = exports.match(offer.id());

      // Iran (the buyer of an offer) imported 13.0 m USD under HS 1001 in 2021:
      // 12.3 m (100199) + 0.7 m (100110); log10(1 + 13.0) = 1.146
      // demand 1001 = 1001: heading, 2 + 1.146 = 3.146
      // Tehran Mills 100199 vs 1001: heading, 2 + log10(1 + 12.3) (evidence for 100199) = 3.124
      // Gilan Foods 10 vs 1001: chapter, 1 + log10(1 + 13.0) = 2.146
      // the expired demand (2025-11 < 2025-12-20) and the same-direction offer are left out
      assertThat(matches)
          .extracting(RegistryExports.Match::id, RegistryExports.Match::score)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(demand.id(), 3.146),
              org.assertj.core.groups.Tuple.tuple(millA.id(), 3.124),
              org.assertj.core.groups.Tuple.tuple(millB.id(), 2.146));
      assertThat(matches.get(0).kind()).isEqualTo("partner-request");
      assertThat(matches.get(0).reasons())
          .containsExactly(
              "demands HS 1001 which you offer",
              "Iran's imports from the loaded BACI exporters (Kazakhstan, Russian Federation),"
                  + " 2021: 13.0 m USD of HS 1001 (not its imports from the world)");
      assertThat(matches.get(1).reasons())
          .containsExactly(
              "works with HS 100199 (your HS 1001: same heading)",
              "Iran's imports from the loaded BACI exporters (Kazakhstan, Russian Federation),"
                  + " 2021: 12.3 m USD of HS 100199 (not its imports from the world)");
      // the same evidence for a Russian reader: reg.match.evidence with trd.demand.baci and
      // reg.match.millionUsd, the ru lines filled in by hand; the countries' names are CLDR's
      // Russian ones (Иран, Казахстан, Россия), in the order of the English names
      assertThat(matches.get(0).reasonTexts().get(1).in("ru"))
          .isEqualTo(
              "Иран: импорт из загруженных экспортёров BACI (Казахстан, Россия),"
                  + " 2021: 13.0 млн долл. США по коду HS 1001 (это не весь его импорт из мира)");
    }

    @Test
    void hs_levels_are_the_common_prefix_floored_to_chapter_heading_subheading() {
      assertThat(PartnerMatcher.level("100199", "100199")).isEqualTo(6);
      assertThat(PartnerMatcher.level("1001", "100199")).isEqualTo(4);
      assertThat(PartnerMatcher.level("0402", "0401")).isEqualTo(2); // "040" floors to 2
      assertThat(PartnerMatcher.level("0402", "1001")).isZero();
    }

    @Test
    void a_request_whose_organisation_has_no_country_cannot_be_matched() {
      Organisation council = org("Business Council", null, List.of());
      PartnerRequest r = request(PartnerRequest.Direction.DEMAND, council, List.of("1001"), null);

      assertThatThrownBy(() -> exports.match(r.id()))
          .isInstanceOf(RegistryException.class)
          .hasMessageContaining(
              "so the other side is unknown: set the organisation's country to KAZ or IRN");
    }

    @Test
    void on_the_shipped_data_a_kazakh_demand_for_baby_food_finds_solico() throws Exception {
      // the shipped registry (ORG-013 Solico: hs_codes 0406;1901, its source names cheese and baby
      // food) and the shipped BACI sample, as `caravan serve` loads them
      registry.loadShipped();
      try (Connection c = analytics.connect();
          Statement s = c.createStatement()) {
        s.execute("DELETE FROM baci_flow");
      }
      Path sample = Path.of("data/world_trade/baci_hs92_2021_V202301_sample_AFG_ZAF_exports.csv");
      new ImportService(analytics, Countries.shipped())
          .importFile(sample, new ImportOptions(ImportFormat.BACI, 0.0, null), null);
      Organisation buyer = org("Almaty Foods", "KAZ", List.of());
      PartnerRequest demand =
          request(PartnerRequest.Direction.DEMAND, buyer, List.of("1901"), PartialDate.of(2026));

      List<RegistryExports.Match> matches = exports.match(demand.id());

      // the sample's rows into Kazakhstan (j = 398) under HS 1901, read from the CSV itself:
      // v is in thousand USD
      double usd = 0;
      for (String line : Files.readAllLines(sample).subList(1, Files.readAllLines(sample).size())) {
        String[] f = line.split(",");
        if (f[2].equals("398")
            && String.format("%06d", Integer.parseInt(f[3])).startsWith("1901")) {
          usd += Double.parseDouble(f[4]) * 1000;
        }
      }
      assertThat(usd).isPositive();
      assertThat(matches).extracting(RegistryExports.Match::id).containsExactly("ORG-013");
      assertThat(matches.get(0).reasons())
          .containsExactly(
              "works with HS 1901 (your HS 1901: same heading)",
              String.format(
                  java.util.Locale.ROOT,
                  "Kazakhstan's imports from the loaded BACI exporters (South Africa), 2021: %.1f"
                      + " thousand USD of HS 1901 (not its imports from the world)",
                  usd / 1e3));
    }
  }
}
