package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.RelationalStore;
import caravan.store.SearchIndex;
import caravan.store.TestStores;
import caravan.text.Countries;
import caravan.text.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two pairs in one store (the shipped Kazakhstan–Iran set and a user's Kazakhstan–Turkey records)
 * stay apart in every list, search, export and match, on H2 and on PostgreSQL; and the V7 migration
 * turns rows written before pairs existed into KAZ-IRN records.
 */
class RegistryPairsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);
  static final Source SRC = new Source("https://example.org/kaz-tur", PartialDate.of(2025, 3), "q");
  static final Pair KAZ_IRN = Pair.of("KAZ-IRN");
  static final Pair KAZ_TUR = Pair.of("KAZ-TUR");
  static Countries countries;

  @BeforeAll
  static void countries() {
    countries = Countries.shipped();
  }

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

  @Nested
  class MigrationOnH2 extends Migration {
    @Override
    String url() {
      return "jdbc:h2:mem:v7-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
      return "sa";
    }
  }

  @Nested
  class MigrationOnPostgres extends Migration {
    @Override
    String url() {
      return TestStores.postgresUrl();
    }

    @Override
    String user() {
      return "postgres";
    }
  }

  abstract static class Contract {
    RegistryService registry;
    RegistryExports exports;
    RelationalStore store;

    abstract RelationalStore newStore();

    @BeforeEach
    void fill() {
      store = newStore();
      registry = new RegistryService(store.jdbi(), countries, CLOCK, SearchIndex.inMemory());
      exports = new RegistryExports(registry, store.jdbi(), countries, null, CLOCK);
      registry.loadShipped();
    }

    Organisation org(Pair pair, String name, String country, List<String> hs) {
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
              List.of(SRC),
              pair),
          "alice");
    }

    Agreement agreement(Pair pair, String title, Agreement.Action... actions) {
      return new Agreement(
          null,
          0,
          Map.of("en", title),
          "agreement",
          List.of(),
          PartialDate.of(2024, 5),
          null,
          List.of(),
          List.of(actions),
          null,
          List.of(SRC),
          pair);
    }

    /**
     * One stored truth per record: a record table holds the body, the bookkeeping and only the
     * columns a query filters or orders by; the child tables written beside the body are gone.
     */
    @Test
    void recordTablesKeepTheBodyAndOnlyTheColumnsQueriesUse() {
      Set<String> bookkeeping =
          Set.of(
              "id",
              "version",
              "label",
              "kind",
              "pair",
              "body",
              "created_at",
              "created_by",
              "updated_at",
              "updated_by",
              "deleted_at",
              "deleted_by",
              // the data version the row was last written in (issue 10 §5: search catch-up)
              "changed_in");
      for (Kind<?> k : Kinds.ALL) {
        Set<String> columns =
            Set.copyOf(
                store
                    .jdbi()
                    .withHandle(
                        h ->
                            h.createQuery(
                                    "SELECT LOWER(column_name) FROM information_schema.columns"
                                        + " WHERE LOWER(table_name) = :t")
                                .bind("t", k.table)
                                .mapTo(String.class)
                                .list()));
        Set<String> expected = new java.util.HashSet<>(bookkeeping);
        if (k == Kinds.SESSION || k == Kinds.DECISION) expected.add("session_number");
        assertThat(columns).as(k.table).isEqualTo(expected);
      }
      for (String gone :
          List.of(
              "agreement_action",
              "indicator_actual",
              "project_stage",
              "registry_link",
              "registry_source")) {
        long n =
            store
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT COUNT(*) FROM information_schema.tables"
                                    + " WHERE LOWER(table_name) = :t")
                            .bind("t", gone)
                            .mapTo(Long.class)
                            .one());
        assertThat(n).as(gone).isZero();
      }
    }

    @Test
    void listsOfOnePairLeaveTheOtherOut() throws IOException {
      org(KAZ_TUR, "Anatolian Mills", "TUR", List.of("1101"));
      Agreement road =
          registry.create(
              agreement(
                  KAZ_TUR,
                  "Kazakh-Turkish road agreement",
                  new Agreement.Action(
                      "BOTH", Agreement.ActionType.SIGNED, PartialDate.of(2024, 5), null),
                  new Agreement.Action(
                      "TUR", Agreement.ActionType.IN_FORCE, PartialDate.of(2024, 9), null),
                  new Agreement.Action(
                      "KAZ", Agreement.ActionType.IN_FORCE, PartialDate.of(2024, 10), null)),
              "alice");

      // the shipped files hold 34 organisations and 35 agreements (plain CSV row counts), all
      // of the declared pair KAZ-IRN; the Turkish ones were added here, one each
      long shippedOrgs = RegistryServiceTest.csvRows("organisations.csv");
      long shippedAgreements = RegistryServiceTest.csvRows("agreements.csv");
      assertThat(registry.list(Organisation.class, RegistryFilter.pair(KAZ_IRN)))
          .hasSize((int) shippedOrgs)
          .allMatch(o -> o.pair().equals(KAZ_IRN));
      assertThat(registry.list(Organisation.class, RegistryFilter.pair(KAZ_TUR)))
          .extracting(o -> o.name("en"))
          .containsExactly("Anatolian Mills");
      assertThat(registry.list(Organisation.class, RegistryFilter.ALL))
          .hasSize((int) shippedOrgs + 1);
      // either order names the same pair
      assertThat(registry.list(Agreement.class, RegistryFilter.pair(Pair.of("TUR-KAZ"))))
          .extracting(Agreement::id)
          .containsExactly(road.id());
      assertThat(registry.agreementsTimeline(KAZ_IRN)).hasSize((int) shippedAgreements);
      // in force for both sides of KAZ-TUR: one action by TUR and one by KAZ
      assertThat(road.status()).isEqualTo(Agreement.Status.IN_FORCE);
      assertThat(registry.get(Agreement.class, road.id()).pair()).isEqualTo(KAZ_TUR);
    }

    @Test
    void partiesAndOwnersMustBeSidesOfTheRecordsPair() {
      assertThatThrownBy(
              () ->
                  registry.create(
                      agreement(
                          KAZ_TUR,
                          "Wrong party",
                          new Agreement.Action(
                              "IRN", Agreement.ActionType.RATIFIED, PartialDate.of(2024, 6), null)),
                      "alice"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("actions[0].party: 'IRN' is not a side of KAZ-TUR");

      // session 19 exists for KAZ-IRN (shipped); KAZ-TUR has its own numbering from 1
      CommissionSession first =
          registry.create(
              new CommissionSession(
                  null,
                  0,
                  19,
                  PartialDate.of(2025, 3, 4),
                  null,
                  "Ankara",
                  Map.of("KAZ", "Minister of Trade", "TUR", "Minister of Trade"),
                  null,
                  null,
                  List.of(SRC),
                  KAZ_TUR),
              "alice");
      assertThat(first.id()).isEqualTo("SES-KAZ-TUR-19");
      assertThat(registry.get(CommissionSession.class, "SES-19").pair()).isEqualTo(KAZ_IRN);

      Decision owned =
          new Decision(
              null,
              0,
              19,
              "1",
              "Open a trade house in Istanbul",
              Map.of("KAZ", "QazTrade", "IRN", "TPO"),
              PartialDate.of(2026, 6),
              Decision.Status.PLANNED,
              List.of(),
              List.of(),
              null,
              List.of(SRC),
              KAZ_TUR);
      assertThatThrownBy(() -> registry.create(owned, "alice"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("owners.IRN: 'IRN' is not a side of KAZ-TUR");
      Decision ok =
          registry.create(
              new Decision(
                  null,
                  0,
                  19,
                  "1",
                  "Open a trade house in Istanbul",
                  Map.of("KAZ", "QazTrade", "TUR", "Ministry of Trade"),
                  PartialDate.of(2025, 6),
                  Decision.Status.PLANNED,
                  List.of(),
                  List.of(),
                  null,
                  List.of(SRC),
                  KAZ_TUR),
              "alice");
      assertThat(ok.owner("TUR")).isEqualTo("Ministry of Trade");
      // overdue on 2025-12-20 (the clock): 2025-06 ended on 2025-06-30; it is KAZ-TUR's only
      assertThat(registry.overdueDecisions(KAZ_TUR)).extracting(Decision::id).contains(ok.id());
      assertThat(registry.overdueDecisions(KAZ_IRN)).extracting(Decision::id).isEmpty();
      assertThat(registry.decisions(KAZ_TUR, 19)).extracting(Decision::id).containsExactly(ok.id());
      assertThat(registry.decisions(KAZ_IRN, 19)).isEmpty();
    }

    @Test
    void exportsOfOnePairCarryOnlyItsRecordsEachWithItsPair() throws IOException {
      org(KAZ_TUR, "Anatolian Mills", "TUR", List.of("1101"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exports.exportJson(KAZ_TUR, out);
      JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
      assertThat(doc.get("organisations")).hasSize(1);
      assertThat(doc.get("organisations").get(0).get("pair").asText()).isEqualTo("KAZ-TUR");
      assertThat(doc.get("agreements")).isEmpty();

      StringWriter csv = new StringWriter();
      exports.exportCsv(Organisation.class, KAZ_IRN, csv);
      String text = csv.toString();
      assertThat(text).doesNotContain("Anatolian Mills").contains("KAZ-IRN");
      // header plus one line per shipped organisation (no organisation's cell holds a line break
      // in organisations.csv's export: checked by counting the records, not the lines)
      long rows =
          de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(text).stream().count() - 1;
      assertThat(rows).isEqualTo(RegistryServiceTest.csvRows("organisations.csv"));
    }

    @Test
    void aCsvImportRowWithoutAPairBelongsToTheHomePairAndOneWithAPairToItsOwn() throws IOException {
      Organisation tur = org(KAZ_TUR, "Anatolian Mills", "TUR", List.of("1101"));
      StringWriter csv = new StringWriter();
      exports.exportCsv(Organisation.class, KAZ_TUR, csv);
      String header = csv.toString().lines().findFirst().orElseThrow();
      assertThat(header).contains("pair");
      // the exported row re-imported under another id, once with its pair and once without
      String row = csv.toString().lines().skip(1).findFirst().orElseThrow();
      String withPair = row.replace(tur.id(), "ORG-TUR2");
      String withoutPair = row.replace(tur.id(), "ORG-TUR3").replace("KAZ-TUR", "");
      int n =
          exports.importCsv(
              Organisation.class,
              new java.io.StringReader(header + "\r\n" + withPair + "\r\n" + withoutPair + "\r\n"),
              "bob");
      assertThat(n).isEqualTo(2);
      assertThat(registry.get(Organisation.class, "ORG-TUR2").pair()).isEqualTo(KAZ_TUR);
      assertThat(registry.get(Organisation.class, "ORG-TUR3").pair()).isEqualTo(KAZ_IRN);
    }

    @Test
    void searchFindsOnlyTheAskedPair() {
      org(KAZ_TUR, "Caspian Flour of Turkey", "TUR", List.of("1101"));
      // the shipped KAZ-IRN data names the Caspian in many titles; KAZ-TUR has one such record
      List<SearchIndex.Hit> tur = registry.search("Caspian", 50, KAZ_TUR);
      assertThat(tur).extracting(SearchIndex.Hit::title).containsExactly("Caspian Flour of Turkey");
      Set<String> irn =
          registry.search("Caspian", 50, KAZ_IRN).stream()
              .map(SearchIndex.Hit::title)
              .collect(Collectors.toSet());
      assertThat(irn).isNotEmpty().doesNotContain("Caspian Flour of Turkey");
    }

    @Test
    void matchingRunsWithinThePair() {
      // the same HS code 1101 on an Iranian and a Turkish organisation; a Kazakh offer of
      // KAZ-TUR is matched with the Turkish one only
      Organisation kaz = org(KAZ_TUR, "Astana Flour", "KAZ", List.of("1101"));
      org(KAZ_TUR, "Anatolian Mills", "TUR", List.of("110100"));
      org(KAZ_IRN, "Tehran Bakeries", "IRN", List.of("110100"));
      PartnerRequest offer =
          registry.create(
              new PartnerRequest(
                  null,
                  0,
                  PartnerRequest.Direction.OFFER,
                  kaz.id(),
                  null,
                  List.of("1101"),
                  "Wheat flour for export",
                  null,
                  List.of(SRC),
                  KAZ_TUR),
              "alice");
      assertThat(exports.match(KAZ_TUR, offer.id()))
          .extracting(RegistryExports.Match::name)
          .containsExactly("Anatolian Mills");
      assertThat(exports.match(offer.id()))
          .extracting(RegistryExports.Match::name)
          .containsExactly("Anatolian Mills");
      assertThatThrownBy(() -> exports.match(KAZ_IRN, offer.id()))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("belongs to KAZ-TUR");
    }
  }

  /** Rows written at V4 (before pairs) read back, after the later migrations, as KAZ-IRN. */
  abstract static class Migration {
    abstract String url();

    abstract String user();

    @Test
    void rowsWrittenBeforePairsBecomeKazIrnWithOwnersAndCoChairsPerSide() throws Exception {
      String url = url();
      Flyway.configure()
          .dataSource(
              url.startsWith("jdbc:h2:") ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" : url,
              user(),
              "")
          .locations("classpath:db/migration")
          .target("4")
          .load()
          .migrate();
      // bodies as the records of V4 wrote them: components in declaration order, id and
      // version left out (see RegistryStore.body); owners and co-chairs one per side
      String session =
          "{\"number\":19,\"startDate\":\"2023-12-04\",\"endDate\":null,\"place\":\"Tehran\","
              + "\"coChairKaz\":\"Minister of Trade\",\"coChairIrn\":\"Minister of Roads\","
              + "\"outcomes\":\"protocol\",\"notes\":null,\"sources\":[{\"url\":"
              + "\"https://example.org/s\",\"date\":\"2023-12-04\",\"quote\":\"held\"}]}";
      String decision =
          "{\"sessionNumber\":19,\"itemNo\":\"1\",\"text\":\"Say \\\"ownerKaz\\\": no\","
              + "\"ownerKaz\":\"MTI\",\"ownerIrn\":null,\"deadline\":\"2024-06\","
              + "\"status\":\"PLANNED\",\"evidence\":[],\"links\":[],\"notes\":null,"
              + "\"sources\":[]}";
      String agreement =
          "{\"titles\":{\"en\":\"Road transport\"},\"kind\":\"agreement\",\"domains\":[],"
              + "\"signedOn\":\"2016\",\"place\":null,\"signatories\":[],\"actions\":["
              + "{\"party\":\"KAZ\",\"type\":\"RATIFIED\",\"date\":\"2017\",\"note\":null},"
              + "{\"party\":\"IRN\",\"type\":\"RATIFIED\",\"date\":\"2017\",\"note\":null}],"
              + "\"notes\":null,\"sources\":[]}";
      try (var c =
              java.sql.DriverManager.getConnection(
                  url.startsWith("jdbc:h2:")
                      ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                      : url,
                  user(),
                  "");
          var s = c.createStatement()) {
        s.execute(
            "INSERT INTO commission_session (id, version, label, session_number, thin_source,"
                + " body, created_at, created_by, updated_at, updated_by) VALUES ('SES-19', 1,"
                + " 'Session 19', 19, 0, '"
                + session
                + "', now(), 'old', now(), 'old')");
        s.execute(
            "INSERT INTO commission_decision (id, version, label, session_number, status,"
                + " thin_source, body, created_at, created_by, updated_at, updated_by) VALUES"
                + " ('DEC-OLD', 1, 'x', 19, 'PLANNED', 1, '"
                + decision.replace("'", "''")
                + "', now(), 'old', now(), 'old')");
        s.execute(
            "INSERT INTO agreement (id, version, label, status, thin_source, body, created_at,"
                + " created_by, updated_at, updated_by) VALUES ('AGR-OLD', 1, 'Road transport',"
                + " 'RATIFIED', 1, '"
                + agreement
                + "', now(), 'old', now(), 'old')");
      }
      RelationalStore migrated = RelationalStore.open(url, user(), "");
      RegistryService registry = new RegistryService(migrated.jdbi(), countries, CLOCK);

      CommissionSession s = registry.get(CommissionSession.class, "SES-19");
      assertThat(s.pair()).isEqualTo(KAZ_IRN);
      assertThat(s.coChairs())
          .isEqualTo(Map.of("KAZ", "Minister of Trade", "IRN", "Minister of Roads"));
      assertThat(s.outcomes()).isEqualTo("protocol");
      Decision d = registry.get(Decision.class, "DEC-OLD");
      assertThat(d.pair()).isEqualTo(KAZ_IRN);
      assertThat(d.owners()).isEqualTo(Map.of("KAZ", "MTI"));
      // a quoted key inside a text value is escaped, so the migration leaves it alone
      assertThat(d.text()).isEqualTo("Say \"ownerKaz\": no");
      assertThat(d.deadline()).isEqualTo(PartialDate.of(2024, 6));
      Agreement a = registry.get(Agreement.class, "AGR-OLD");
      assertThat(a.pair()).isEqualTo(KAZ_IRN);
      // KAZ and IRN kept their meaning: both sides ratified
      assertThat(a.status()).isEqualTo(Agreement.Status.RATIFIED);
      assertThat(registry.list(Agreement.class, RegistryFilter.pair(KAZ_IRN)))
          .extracting(Agreement::id)
          .containsExactly("AGR-OLD");
      // a second pair may now use session number 19 too
      CommissionSession tur =
          registry.create(
              new CommissionSession(
                  null,
                  0,
                  19,
                  PartialDate.of(2025, 1, 1),
                  null,
                  null,
                  Map.of(),
                  null,
                  null,
                  List.of(SRC),
                  KAZ_TUR),
              "alice");
      assertThat(tur.id()).isEqualTo("SES-KAZ-TUR-19");
      migrated.close();
    }
  }

  /** The record's JSON keeps component order, which the V7 text rewrite relies on. */
  @Test
  void bodiesListComponentsInDeclarationOrder() {
    Decision d =
        new Decision(
            null,
            0,
            19,
            "1",
            "t",
            Map.of("KAZ", "A"),
            PartialDate.of(2024, 6),
            Decision.Status.PLANNED,
            List.of(),
            List.of(),
            null,
            List.of(),
            KAZ_IRN);
    String body = RegistryStore.body(d);
    assertThat(body.indexOf("\"text\"")).isLessThan(body.indexOf("\"owners\""));
    assertThat(body.indexOf("\"owners\"")).isLessThan(body.indexOf("\"deadline\""));
    assertThat(body).doesNotContain("\"pair\"");
    assertThat(Path.of("data/registry/dataset.properties")).exists();
  }
}
