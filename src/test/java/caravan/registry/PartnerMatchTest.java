package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.AnalyticsStore;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import caravan.trade.ImportService;
import caravan.trade.WorldDemand;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerMatchTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);
  static final Source SRC = new Source("https://example.org/b2b", PartialDate.of(2025, 12), "ok");

  AnalyticsStore analytics;
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
    RelationalStore store = TestStores.h2();
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
            "Iran imported 13.0 m USD of HS 1001 in 2021 (BACI)");
    assertThat(matches.get(1).reasons())
        .containsExactly(
            "works with HS 100199 (your HS 1001: same heading)",
            "Iran imported 12.3 m USD of HS 100199 in 2021 (BACI)");
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
}
