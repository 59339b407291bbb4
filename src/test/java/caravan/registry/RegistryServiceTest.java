package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.heritage.HeritageItem;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import caravan.text.NotFoundException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The same contract on H2 and on a real (embedded) PostgreSQL. */
class RegistryServiceTest {
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

  /** Data rows of a shipped file, counted with a plain CSV read (records minus the header). */
  static long csvRows(String name) throws IOException {
    try (var csv =
        CsvReader.builder().skipEmptyLines(true).ofCsvRecord(Path.of("data/registry/" + name))) {
      return csv.stream().count() - 1;
    }
  }

  /** The shipped heritage items, which the heritage package keeps (data/heritage/items.csv). */
  static long heritageRows() throws IOException {
    try (var csv =
        CsvReader.builder().skipEmptyLines(true).ofCsvRecord(Path.of("data/heritage/items.csv"))) {
      return csv.stream().count() - 1;
    }
  }

  static CommissionSession session(int number, String date) {
    return new CommissionSession(
        null,
        0,
        number,
        PartialDate.parse(date),
        null,
        "Tehran",
        Map.of(),
        null,
        null,
        List.of(new Source("https://example.org/s", PartialDate.parse(date), "held")));
  }

  static Decision decision(int session, String text, String deadline) {
    return new Decision(
        null,
        0,
        session,
        "1",
        text,
        Map.of("KAZ", "Ministry of Trade and Integration", "IRN", "Ministry of Agriculture"),
        PartialDate.parse(deadline),
        Decision.Status.PLANNED,
        List.of(),
        List.of(),
        null,
        List.of(new Source("https://example.org/protocol", PartialDate.of(2023, 12, 4), "agreed")));
  }

  abstract static class Contract {
    RelationalStore store;
    RegistryService service;
    // 2024-07-01T00:00Z: the day after a 2024-06 deadline ends
    final Clock july2024 = Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC);

    abstract RelationalStore newStore();

    @BeforeEach
    void setUp() {
      store = newStore();
      service = new RegistryService(store.jdbi(), countries, july2024);
    }

    long allRows() {
      long n = 0;
      for (String t :
          List.of(
              "agreement",
              "commission_session",
              "commission_decision",
              "indicator",
              "project",
              "organisation",
              "partner_request",
              "registry_event",
              "heritage_item",
              "audit_log")) {
        n += service.rows(t);
      }
      return n;
    }

    @Test
    void loadShippedLoadsEveryRowOnceAndIsIdempotent() throws IOException {
      long agreements = csvRows("agreements.csv");
      long sessions = csvRows("commission_sessions.csv");
      long projects = csvRows("projects.csv");
      long organisations = csvRows("organisations.csv");
      long events = csvRows("events.csv");
      long heritage = heritageRows();
      // the counts PROVENANCE.md states
      assertThat(List.of(agreements, sessions, projects, organisations, events, heritage))
          .containsExactly(35L, 5L, 21L, 34L, 26L, 14L);
      assertThat(service.loadShipped())
          .isEqualTo((int) (agreements + sessions + projects + organisations + events + heritage))
          .isEqualTo(135);
      assertThat(service.list(Agreement.class, RegistryFilter.ALL)).hasSize((int) agreements);
      assertThat(service.list(CommissionSession.class, null)).hasSize((int) sessions);
      assertThat(service.list(Project.class, null)).hasSize((int) projects);
      assertThat(service.list(Organisation.class, null)).hasSize((int) organisations);
      assertThat(service.list(Event.class, null)).hasSize((int) events);
      assertThat(service.list(HeritageItem.class, null)).hasSize((int) heritage);
      assertThat(service.list(Decision.class, null)).isEmpty(); // none itemised in the data
      long before = allRows();
      assertThat(service.loadShipped()).isZero();
      assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void shippedRecordsKeepTheirSourcesAndDerivedStatus() {
      service.loadShipped();
      Agreement fta = service.get(Agreement.class, "AGR-020");
      assertThat(fta.status()).isEqualTo(Agreement.Status.IN_FORCE);
      assertThat(fta.sources())
          .singleElement()
          .satisfies(s -> assertThat(s.date()).isEqualTo(PartialDate.parse("2025-03-04")));
      assertThat(fta.thinSource()).isFalse();
      // AGR-021 was replaced by the FTA on 2025-05-15
      assertThat(service.get(Agreement.class, "AGR-021").status())
          .isEqualTo(Agreement.Status.TERMINATED);
      // AGR-017 has an empty source_date: thin
      assertThat(service.get(Agreement.class, "AGR-017").thinSource()).isTrue();
      CommissionSession s18 = service.get(CommissionSession.class, "SES-18");
      assertThat(s18.startDate()).isEqualTo(PartialDate.parse("2023-01-24"));
      assertThat(s18.endDate()).isEqualTo(PartialDate.parse("2023-01-25"));
      assertThat(s18.thinSource()).isTrue(); // the sessions file has no source_date
      Project solico = service.get(Project.class, "PRJ-001");
      assertThat(solico.amountLow()).isEqualByComparingTo("100000000");
      assertThat(solico.amountHigh()).isEqualByComparingTo("150000000");
      assertThat(solico.stage()).contains(Project.Stage.CONSTRUCTION);
      assertThat(solico.investors())
          .containsExactly(new Project.Investor("Solico Group", "investor", "IRN"));
      assertThat(service.get(Organisation.class, "ORG-001").country()).isEqualTo("KAZ");
      assertThat(service.get(Organisation.class, "ORG-002").country()).isNull(); // bilateral
      // timeline: the two agreements signed 1999-10-06 lead (AGR-026, AGR-027, by id); AGR-034
      // and AGR-035 have no date at all and come last, by id
      List<Agreement> timeline = service.agreementsTimeline();
      assertThat(timeline.get(0).id()).isEqualTo("AGR-026"); // signed 1999-10-06, lower id
      assertThat(timeline.get(1).id()).isEqualTo("AGR-027");
      assertThat(timeline.subList(timeline.size() - 2, timeline.size()))
          .extracting(Agreement::id)
          .containsExactly("AGR-034", "AGR-035");
      assertThat(service.list(Agreement.class, RegistryFilter.text("caspian")))
          .extracting(Agreement::id)
          .contains("AGR-019");
      assertThat(service.list(Event.class, RegistryFilter.kind("Days of Culture")))
          .extracting(Event::id)
          .containsExactly("EVT-021");
    }

    @Test
    void createUpdateDeleteAreAuditedAndDeletedRecordsLeaveLists() {
      service.create(session(19, "2023-12-04"), "alice");
      Decision created = service.create(decision(19, "Open a trade house", "2024-06"), "alice");
      assertThat(created.version()).isEqualTo(1);
      assertThat(created.id()).startsWith("DEC-");
      Decision updated =
          service.update(created.id(), 1, created.withStatus(Decision.Status.DONE), "bob");
      assertThat(updated.version()).isEqualTo(2);
      assertThat(service.get(Decision.class, created.id()).status())
          .isEqualTo(Decision.Status.DONE);
      service.delete(Decision.class, created.id(), 2, "carol");

      assertThat(service.list(Decision.class, null)).isEmpty();
      assertThatThrownBy(() -> service.get(Decision.class, created.id()))
          .isInstanceOf(NotFoundException.class);
      List<AuditEntry> log = service.audit(Decision.class, created.id());
      assertThat(log)
          .extracting(AuditEntry::change, AuditEntry::actor, AuditEntry::version)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("create", "alice", 1),
              org.assertj.core.groups.Tuple.tuple("update", "bob", 2),
              org.assertj.core.groups.Tuple.tuple("delete", "carol", 3));
      assertThat(log.get(0).before()).isNull();
      assertThat(log.get(0).after()).contains("\"PLANNED\"").contains("\"version\":1");
      assertThat(log.get(1).before()).contains("\"PLANNED\"");
      assertThat(log.get(1).after()).contains("\"DONE\"").contains("\"version\":2");
      assertThat(log.get(2).before()).contains("\"DONE\"");
      assertThat(log.get(2).after()).isNull();
      assertThat(log.get(0).at()).isEqualTo("2024-07-01T00:00");
    }

    @Test
    void anUpdateOnAStaleVersionIsRefusedAndChangesNothing() {
      service.create(session(19, "2023-12-04"), "alice");
      Decision d = service.create(decision(19, "Open a trade house", "2024-06"), "alice");
      service.update(d.id(), 1, d.withText("Open a trade house in Tehran"), "bob");
      long rows = allRows();
      assertThatThrownBy(() -> service.update(d.id(), 1, d.withText("lost?"), "carol"))
          .isInstanceOf(StaleVersionException.class)
          .hasMessage(
              "Decision "
                  + d.id()
                  + " changed since you read it (you read version 1; it is now version 2, last"
                  + " changed by bob at 2024-07-01T00:00 UTC): reload it and apply your change"
                  + " again");
      assertThatThrownBy(() -> service.delete(Decision.class, d.id(), 1, "carol"))
          .isInstanceOf(StaleVersionException.class);
      Decision now = service.get(Decision.class, d.id());
      assertThat(now.text()).isEqualTo("Open a trade house in Tehran");
      assertThat(now.version()).isEqualTo(2);
      assertThat(allRows()).isEqualTo(rows);
    }

    @Test
    void validationListsEveryBadFieldAndWritesNothing() {
      service.loadShipped(); // holds session 19, met on 2023-12-04
      long rows = allRows();
      Decision bad =
          new Decision(
              null,
              0,
              19,
              null,
              " ",
              Map.of(),
              PartialDate.parse("2023-11"),
              Decision.Status.PLANNED,
              List.of(),
              List.of(new Decision.Link(Decision.LinkType.AGREEMENT, "AGR-999")),
              null,
              List.of());
      assertThatThrownBy(() -> service.create(bad, "alice"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "text: missing",
                          "deadline: 2023-11 is before session 19 met on 2023-12-04",
                          "links[0].targetId: no agreement 'AGR-999'"));
      Organisation org =
          new Organisation(
              null,
              0,
              Map.of("de", "Handelshaus"),
              "XYZ",
              null,
              null,
              null,
              null,
              List.of("04021"),
              List.of(),
              List.of(),
              null,
              List.of());
      assertThatThrownBy(() -> service.create(org, "alice"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "names.de: unknown language 'de': use en, ru, kk or fa",
                          "kind: missing",
                          "hsCodes[0]: bad HS code '04021': use 2, 4 or 6 digits such as 0402",
                          "country: unknown country code 'XYZ': use ISO 3166 alpha-3 such as KAZ"
                              + " or IRN"));
      // an update with bad fields leaves the stored record as it was
      Organisation kept = service.get(Organisation.class, "ORG-001");
      assertThatThrownBy(() -> service.update("ORG-001", kept.version(), org, "alice"))
          .isInstanceOf(ValidationException.class);
      assertThat(service.get(Organisation.class, "ORG-001")).isEqualTo(kept);
      assertThat(allRows()).isEqualTo(rows);
    }

    @Test
    void aDecisionBecomesOverdueWhenTheClockPassesItsDeadline() {
      service.create(session(19, "2023-12-04"), "alice");
      Decision d = service.create(decision(19, "Open a trade house", "2024-06"), "alice");
      Decision done = service.create(decision(19, "Done already", "2024-01"), "alice");
      service.update(done.id(), 1, done.withStatus(Decision.Status.DONE), "alice");
      // June 2024 ends on 2024-06-30: not overdue on that day, overdue from 2024-07-01
      Clock june30 = Clock.fixed(Instant.parse("2024-06-30T23:59:00Z"), ZoneOffset.UTC);
      assertThat(new RegistryService(store.jdbi(), countries, june30).overdueDecisions()).isEmpty();
      assertThat(service.overdueDecisions()).extracting(Decision::id).containsExactly(d.id());
    }

    @Test
    void fiftyConcurrentEditorsLoseNoUpdate() throws Exception {
      service.create(session(19, "2023-12-04"), "alice");
      Decision d = service.create(decision(19, "Markers:", "2024-06"), "alice");
      int editors = 50;
      ExecutorService pool = Executors.newFixedThreadPool(editors);
      List<Future<Integer>> tries = new ArrayList<>();
      for (int i = 0; i < editors; i++) {
        String marker = " [m" + i + "]";
        String user = "editor" + i;
        tries.add(
            pool.submit(
                () -> {
                  for (int attempt = 1; ; attempt++) {
                    Decision read = service.get(Decision.class, d.id());
                    try {
                      service.update(
                          d.id(), read.version(), read.withText(read.text() + marker), user);
                      return attempt;
                    } catch (StaleVersionException e) {
                      // someone else won: read again and retry
                    }
                  }
                }));
      }
      for (Future<Integer> f : tries) assertThat(f.get()).isPositive();
      pool.shutdown();
      Decision end = service.get(Decision.class, d.id());
      assertThat(end.version()).isEqualTo(1 + editors);
      for (int i = 0; i < editors; i++) assertThat(end.text()).contains(" [m" + i + "]");
      // one create and one update per editor in the audit log
      assertThat(service.audit(Decision.class, d.id())).hasSize(1 + editors);
    }
  }
}
