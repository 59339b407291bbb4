package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.heritage.HeritageItem;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** JSON and CSV round trips into an empty registry, on H2 and on embedded PostgreSQL. */
class RegistryExportsTest {
  static Countries countries;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);

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

  /** The shipped registry plus one record of each entity it lacks, linked to each other. */
  static void fill(RegistryService s) {
    s.loadShipped();
    Source src = new Source("https://example.org/protocol", PartialDate.of(2023, 12, 4), "agreed");
    // session 19 (2023-12-04, Tehran) is shipped
    Indicator ind =
        s.create(
            new Indicator(
                null,
                0,
                "dairy_exports",
                "Dairy exports to Kazakhstan",
                "USD",
                Indicator.Aggregation.FLOW_PER_PERIOD,
                new BigDecimal("1000000"),
                2023,
                new BigDecimal("5000000"),
                2026,
                null,
                List.of(
                    new Indicator.Actual(PartialDate.of(2024), new BigDecimal("1500000.50"), src)),
                null,
                List.of(src)),
            "alice");
    s.create(
        new Decision(
            null,
            0,
            19,
            "4.2",
            "Build the dairy plant; report, yearly",
            Map.of("KAZ", "MTI", "IRN", "MIMT"),
            PartialDate.of(2026, 6),
            Decision.Status.IN_PROGRESS,
            List.of("minutes p. 3"),
            List.of(
                new Decision.Link(Decision.LinkType.PROJECT, "PRJ-001"),
                new Decision.Link(Decision.LinkType.INDICATOR, ind.id())),
            "note",
            List.of(src)),
        "alice");
    Map<String, String> names = new LinkedHashMap<>();
    names.put("en", "Caspian Grain LLP");
    names.put("ru", "ТОО «Каспий Астык»");
    Organisation org =
        s.create(
            new Organisation(
                null,
                0,
                names,
                "KAZ",
                null,
                "company",
                "Mangystau",
                "exporter",
                List.of("1001", "100199"),
                List.of("grain"),
                List.of("info@example.kz"),
                null,
                List.of(src)),
            "alice");
    s.create(
        new PartnerRequest(
            null,
            0,
            PartnerRequest.Direction.OFFER,
            org.id(),
            "supply",
            List.of("1001"),
            "Wheat, 50 000 t a year",
            PartialDate.of(2026),
            List.of(src)),
        "alice");
  }

  abstract static class Contract {
    RegistryService source;
    RegistryExports sourceExports;
    RegistryService target;
    RegistryExports targetExports;

    abstract RelationalStore newStore();

    @BeforeEach
    void setUp() {
      RelationalStore a = newStore();
      source = new RegistryService(a.jdbi(), countries, CLOCK);
      sourceExports = new RegistryExports(source, a.jdbi(), countries, null, CLOCK);
      fill(source);
      RelationalStore b = newStore();
      target = new RegistryService(b.jdbi(), countries, CLOCK);
      targetExports = new RegistryExports(target, b.jdbi(), countries, null, CLOCK);
    }

    void assertSameRecords() {
      for (Class<? extends RegistryRecord> type :
          List.of(
              Agreement.class,
              CommissionSession.class,
              Indicator.class,
              Project.class,
              Organisation.class,
              Decision.class,
              PartnerRequest.class,
              Event.class,
              HeritageItem.class)) {
        List<RegistryRecord> before = List.copyOf(source.list(type, RegistryFilter.ALL));
        List<RegistryRecord> after = List.copyOf(target.list(type, RegistryFilter.ALL));
        assertThat(before).as(type.getSimpleName()).isNotEmpty();
        assertThat(after)
            .as(type.getSimpleName())
            .usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
            .containsExactlyElementsOf(before);
      }
    }

    @Test
    void a_json_export_imported_into_an_empty_registry_gives_the_same_records() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      sourceExports.exportJson(out);

      // shipped: 35 agreements + 5 sessions + 21 projects + 34 organisations + 26 events + 14
      // heritage items = 135 (RegistryService.loadShipped), plus 1 indicator, decision,
      // organisation, request
      int n = targetExports.importJson(new ByteArrayInputStream(out.toByteArray()), "bob");

      assertThat(n).isEqualTo(135 + 4);
      assertSameRecords();
      assertThat(target.audit(Project.class, "PRJ-001"))
          .singleElement()
          .satisfies(e -> assertThat(e.actor()).isEqualTo("bob"));
    }

    @Test
    void csv_exports_of_every_entity_imported_in_link_order_give_the_same_records() {
      for (String name : RegistryExports.entityNames()) {
        Class<? extends RegistryRecord> type = RegistryExports.entity(name);
        StringWriter csv = new StringWriter();
        sourceExports.exportCsv(type, csv);
        targetExports.importCsv(type, new StringReader(csv.toString()), "bob");
      }
      assertSameRecords();
    }

    @Test
    void csv_files_that_begin_with_a_utf8_byte_order_mark_import_the_same_records() {
      // a spreadsheet saving "CSV UTF-8" writes U+FEFF first; the records must be those exported
      for (String name : RegistryExports.entityNames()) {
        Class<? extends RegistryRecord> type = RegistryExports.entity(name);
        StringWriter csv = new StringWriter();
        sourceExports.exportCsv(type, csv);
        targetExports.importCsv(type, new StringReader("\ufeff" + csv), "bob");
      }
      assertSameRecords();
    }

    @Test
    void a_csv_export_keeps_nested_values_as_json_cells() {
      StringWriter csv = new StringWriter();
      sourceExports.exportCsv(PartnerRequest.class, csv);
      String[] lines = csv.toString().split("\r\n");

      assertThat(lines[0])
          .isEqualTo(
              "id,version,direction,organisationId,partnershipType,hsCodes,text,expires,sources,pair");
      // hsCodes ["1001"] as JSON, quoted by CSV: "[""1001""]"
      assertThat(lines[1])
          .contains(",OFFER,")
          .contains(",supply,\"[\"\"1001\"\"]\",")
          .contains(",2026,");
    }

    @Test
    void an_import_with_one_bad_record_writes_nothing_and_lists_every_problem() throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      sourceExports.exportJson(out);
      String json = out.toString(StandardCharsets.UTF_8);
      // the Solico project's currency made invalid, and the request's organisation dropped
      String bad =
          json.replaceFirst("\"currency\" : \"USD\"", "\"currency\" : \"usd\"")
              .replaceFirst(
                  "\"organisationId\" : \"ORG-[0-9A-F]+\"", "\"organisationId\" : \"ORG-NONE\"");

      assertThatThrownBy(
              () ->
                  targetExports.importJson(
                      new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bob"))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).problems())
                      .containsExactly(
                          "Project PRJ-001: currency: bad currency 'usd': use an ISO 4217 code such as USD",
                          "PartnerRequest "
                              + source.list(PartnerRequest.class, RegistryFilter.ALL).get(0).id()
                              + ": organisationId: no organisation 'ORG-NONE'"));
      assertThat(target.list(Agreement.class, RegistryFilter.ALL)).isEmpty();
      assertThat(target.list(Project.class, RegistryFilter.ALL)).isEmpty();
    }

    @Test
    void records_stored_with_the_same_content_are_skipped_and_changed_ones_refused() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      sourceExports.exportJson(out);
      byte[] json = out.toByteArray();

      // a fresh registry holds the shipped records: only the 4 added ones are new
      target.loadShipped();
      assertThat(targetExports.importJson(new ByteArrayInputStream(json), "bob")).isEqualTo(4);
      assertSameRecords();

      Agreement a = source.get(Agreement.class, "AGR-001");
      source.update("AGR-001", a.version(), a, "carol"); // same content, version 2: still same
      Event e = source.get(Event.class, "EVT-001");
      source.update(
          "EVT-001",
          e.version(),
          new Event(
              null,
              0,
              e.kind(),
              "Renamed",
              e.startDate(),
              e.endDate(),
              e.place(),
              e.participants(),
              e.agreementIds(),
              e.notes(),
              e.sources()),
          "carol");
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      sourceExports.exportJson(again);
      assertThatThrownBy(
              () -> targetExports.importJson(new ByteArrayInputStream(again.toByteArray()), "bob"))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              x ->
                  assertThat(((ValidationException) x).problems())
                      .containsExactly(
                          "Event EVT-001: id: already in the registry with other content: import"
                              + " into an empty registry"));
    }

    @Test
    void a_csv_cell_that_is_not_json_names_its_line_and_column() {
      String csv =
          "id,version,kind,title,startDate,sources\r\nEVT-900,1,visit,Visit,2025-13,[oops\r\n";

      assertThatThrownBy(() -> targetExports.importCsv(Event.class, new StringReader(csv), "bob"))
          .isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("Cannot read Event CSV: 1 problem(s): line 2: sources: not JSON");
    }
  }
}
