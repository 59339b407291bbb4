package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import caravan.registry.AuditEntry;
import caravan.registry.PartialDate;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryService;
import caravan.registry.Source;
import caravan.registry.StaleVersionException;
import caravan.registry.ValidationException;
import caravan.store.RelationalStore;
import caravan.store.SearchIndex;
import caravan.store.TestStores;
import caravan.text.Countries;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heritage items kept in the registry's store, the same contract on H2 and on a real (embedded)
 * PostgreSQL.
 */
class HeritageItemTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC);
  static Countries countries;
  static List<NamedCsvRecord> rows;

  @BeforeAll
  static void readCsv() throws IOException {
    countries = Countries.shipped();
    // read with a plain CSV reader, not with the loader under test
    try (var csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .ofNamedCsvRecord(Path.of("data/heritage/items.csv"))) {
      rows = csv.stream().toList();
    }
  }

  /** Ids of the CSV rows where any cell mentions al-Farabi, in Latin or Cyrillic letters. */
  static List<String> farabiIds() {
    return rows.stream()
        .filter(
            r ->
                r.getFields().stream()
                    .map(f -> f.toLowerCase(Locale.ROOT))
                    .anyMatch(f -> f.contains("farabi") || f.contains("фараби")))
        .map(r -> r.getField("id"))
        .toList();
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

  abstract static class Contract {
    RegistryService service;
    int loaded;

    abstract RelationalStore newStore();

    @BeforeEach
    void setUp() {
      service = new RegistryService(newStore().jdbi(), countries, CLOCK, SearchIndex.inMemory());
      loaded = service.loadShipped();
      service.reindex();
    }

    @Test
    void the_fourteen_rows_of_items_csv_load_with_their_columns() {
      // PROVENANCE.md: 14 heritage rows; 121 other shipped rows (data/registry)
      assertThat(rows).hasSize(14);
      assertThat(loaded).isEqualTo(121 + rows.size());
      List<HeritageItem> items = service.list(HeritageItem.class, RegistryFilter.ALL);
      assertThat(items)
          .extracting(HeritageItem::id)
          .containsExactlyElementsOf(rows.stream().map(r -> r.getField("id")).toList());
      assertThat(items).allSatisfy(i -> assertThat(i.version()).isEqualTo(1));

      HeritageItem gift = service.get(HeritageItem.class, "HER-001");
      assertThat(gift.title()).startsWith("Copies of 27 manuscripts on 18th–19th-century Kazakh");
      assertThat(gift.kind()).isEqualTo("manuscript copies (archival)");
      assertThat(gift.holder())
          .isEqualTo("Archives of the Ministry of Foreign Affairs of the Islamic Republic of Iran");
      assertThat(gift.period()).isEqualTo("18th–19th centuries");
      assertThat(gift.date()).isNull(); // a period, not a date
      assertThat(gift.notes()).startsWith("Handed over during the 2025-12-11 visit");
      // the file names none of these: left empty, not guessed
      assertThat(gift.author()).isNull();
      assertThat(gift.language()).isNull();
      assertThat(gift.script()).isNull();
      assertThat(gift.shelfmark()).isNull();
      assertThat(gift.description()).isNull();
      assertThat(gift.folios()).isNull();
      assertThat(gift.material()).isNull();
      assertThat(gift.authorViaf()).isNull();
      assertThat(gift.rights()).isNull();
      assertThat(gift.images()).isEmpty();
      // what the talks' report says: handed over by the Iranian delegation, at the visit
      assertThat(gift.provenance()).contains("Сегодня иранская делегация передала нам копии");
      assertThat(gift.eventIds()).containsExactly("EVT-001", "EVT-003");
      assertThat(gift.collectionIds()).containsExactly("COL-HANDOVER-2025", "COL-KHANATE");
      assertThat(gift.titleOriginal()).isNull();
      assertThat(gift.titleTransliterated()).isNull();
      assertThat(gift.sources())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.url()).startsWith("https://qazinform.com/news/tokayev-and-pezeshkian");
                assertThat(s.quote()).contains("copies of 27 manuscripts");
                assertThat(s.date()).isNull(); // the file has no source_date
              });
      assertThat(gift.thinSource()).isTrue();

      // "Ahsan al-Tawarikh" is in Latin letters: the transliterated title, not the original script
      HeritageItem ahsan = service.get(HeritageItem.class, "HER-009");
      assertThat(ahsan.titleTransliterated()).isEqualTo("Ahsan al-Tawarikh");
      assertThat(ahsan.titleOriginal()).isNull();
      assertThat(ahsan.ownTitle()).isEqualTo("Ahsan al-Tawarikh");
      assertThat(ahsan.period()).isEqualTo("16th century");
      // no source names a holder: the record says so rather than guess one
      HeritageItem envoy = service.get(HeritageItem.class, "HER-005");
      assertThat(envoy.holder()).isEqualTo("unknown");
      assertThat(service.get(HeritageItem.class, "HER-004").period()).isNull();
      assertThat(service.list(HeritageItem.class, RegistryFilter.kind("historical maps")))
          .extracting(HeritageItem::id)
          .containsExactly("HER-006");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Фараби", "Farabi", "al-Fārābī", "فارابی"})
    void al_farabi_is_found_in_every_script(String q) {
      List<String> expected = farabiIds();
      assertThat(expected).containsExactly("HER-008"); // the joint study of his heritage

      List<String> hits =
          service.list(HeritageItem.class, RegistryFilter.text(q)).stream()
              .map(HeritageItem::id)
              .toList();
      // best first: the al-Farabi rows lead; the index matches any word, so "al-Fārābī" also
      // finds HER-009 ("Ahsan al-Tawarikh") by its "al", ranked below
      assertThat(hits).hasSizeGreaterThanOrEqualTo(expected.size());
      assertThat(hits.subList(0, expected.size())).containsExactlyInAnyOrderElementsOf(expected);
      if (!q.startsWith("al-")) assertThat(hits).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void an_update_is_versioned_audited_linked_and_searchable() {
      assertThat(service.list(HeritageItem.class, RegistryFilter.text("photocopies"))).isEmpty();
      HeritageItem read = service.get(HeritageItem.class, "HER-001");
      HeritageItem edited =
          new HeritageItem(
              null,
              0,
              read.title(),
              read.titleOriginal(),
              read.titleTransliterated(),
              read.titleKk(),
              read.titleRu(),
              read.author(),
              null,
              null,
              read.kind(),
              read.period(),
              read.date(),
              "fa",
              "Arabic",
              read.holder(),
              null,
              null,
              null,
              read.description(),
              "Photocopies prepared by the archive of Iran's MFA",
              List.of("AGR-001"),
              List.of("EVT-001"),
              null,
              List.of(),
              read.collectionIds(),
              read.notes(),
              read.sources(),
              null);

      HeritageItem updated = service.update("HER-001", 1, edited, "alice");

      assertThat(updated.version()).isEqualTo(2);
      HeritageItem now = service.get(HeritageItem.class, "HER-001");
      assertThat(now.language()).isEqualTo("fa");
      assertThat(now.agreementIds()).containsExactly("AGR-001");
      assertThat(now.eventIds()).containsExactly("EVT-001");
      List<AuditEntry> log = service.audit(HeritageItem.class, "HER-001");
      assertThat(log)
          .extracting(AuditEntry::change, AuditEntry::actor, AuditEntry::version)
          .containsExactly(
              tuple("create", RegistryService.SHIPPED_BY, 1), tuple("update", "alice", 2));
      assertThat(log.get(1).entity()).isEqualTo("heritage_item");
      assertThat(log.get(1).before()).doesNotContain("Photocopies");
      assertThat(log.get(1).after()).contains("Photocopies").contains("\"version\":2");
      assertThat(log.get(1).at()).isEqualTo("2026-01-15T09:30");
      // the index follows the change
      assertThat(service.list(HeritageItem.class, RegistryFilter.text("photocopies")))
          .extracting(HeritageItem::id)
          .containsExactly("HER-001");

      // a stale version is refused, unknown links are named
      assertThatThrownBy(() -> service.update("HER-001", 1, edited, "bob"))
          .isInstanceOf(StaleVersionException.class)
          .hasMessageContaining("HeritageItem HER-001 changed since you read it");
      HeritageItem badLinks =
          new HeritageItem(
              null,
              0,
              "A map",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              "historical map",
              "1732",
              HistoricDate.parse("CE 1732"),
              null,
              null,
              "Test archive",
              null,
              null,
              null,
              null,
              null,
              List.of("AGR-999"),
              List.of("EVT-999"),
              null,
              List.of(),
              List.of(),
              null,
              List.of(),
              null);
      assertThatThrownBy(() -> service.update("HER-001", 2, badLinks, "bob"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("agreementIds[0]: no agreement 'AGR-999'")
          .hasMessageContaining("eventIds[0]: no event 'EVT-999'");
      assertThat(service.get(HeritageItem.class, "HER-001").version()).isEqualTo(2);
    }

    @Test
    void a_new_item_gets_a_her_id_and_leaves_lists_when_deleted() {
      HeritageItem created =
          service.create(
              new HeritageItem(
                  null,
                  0,
                  "A test manuscript",
                  "کتاب",
                  "Kitāb",
                  null,
                  null,
                  null,
                  null,
                  null,
                  "manuscript",
                  null,
                  HistoricDate.parse("AH 1144-11"),
                  null,
                  null,
                  "Test archive",
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  List.of(),
                  null,
                  List.of(),
                  List.of(),
                  null,
                  List.of(new Source("https://example.org/ms", PartialDate.of(2026), "a copy")),
                  null),
              "alice");
      assertThat(created.id()).startsWith("HER-");
      assertThat(created.version()).isEqualTo(1);
      assertThat(service.list(HeritageItem.class, RegistryFilter.ALL)).hasSize(15);

      service.delete(HeritageItem.class, created.id(), 1, "alice");

      assertThat(service.list(HeritageItem.class, RegistryFilter.ALL)).hasSize(14);
      assertThat(service.audit(HeritageItem.class, created.id()))
          .extracting(AuditEntry::change)
          .containsExactly("create", "delete");
    }

    @Test
    void a_csv_export_has_one_line_per_item() {
      StringWriter csv = new StringWriter();
      new RegistryExports(service, null, countries, null, CLOCK).exportCsv(HeritageItem.class, csv);
      assertThat(csv.toString().split("\r\n")).hasSize(1 + rows.size());
      assertThat(RegistryExports.entity("heritage-item")).isEqualTo(HeritageItem.class);
    }
  }
}
