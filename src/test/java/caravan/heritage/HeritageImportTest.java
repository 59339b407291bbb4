package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.registry.AuditEntry;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryService;
import caravan.registry.ValidationException;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** caravan import-heritage FILE: checked whole, all or nothing, on H2 and on PostgreSQL. */
class HeritageImportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC);
  static final String HEADER =
      "id,title_en,title_original,title_transliterated,author,kind,date,holder_archive,images,"
          + "agreement_ids,collection_ids,source_url,source_date,quote\n";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

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
    @TempDir Path dir;
    RegistryService registry;
    HeritageCatalogue catalogue;
    Path data;

    abstract RelationalStore newStore();

    @BeforeEach
    void setUp() throws Exception {
      registry = new RegistryService(newStore().jdbi(), Countries.shipped(), CLOCK);
      registry.loadShipped();
      catalogue = new HeritageCatalogue(registry);
      data = dir.resolve("data");
      Files.createDirectories(Images.folder(data));
      Files.write(Images.folder(data).resolve("f1r.png"), PNG);
      // a PDF renamed to .png: its first bytes say %PDF
      Files.writeString(Images.folder(data).resolve("fake.png"), "%PDF-1.4\n%âãÏÓ\n");
    }

    Path file(String name, String rows) throws Exception {
      Path f = dir.resolve(name);
      Files.writeString(f, HEADER + rows, StandardCharsets.UTF_8);
      return f;
    }

    int stored() {
      return registry.list(HeritageItem.class, RegistryFilter.ALL).size();
    }

    @Test
    void a_good_file_is_stored_audited_and_found_in_its_scripts() throws Exception {
      Path f =
          file(
              "good.csv",
              "HER-T1,Book of letters,كتاب المراسلات,Kitāb al-murāsalāt,al-Fārābī,manuscript,"
                  + "AH 1132-05-12,Test archive,f1r.png;https://example.org/holder/page,AGR-001,"
                  + "COL-FARABI,https://example.org/ms1,2025-12-11,a quote\n"
                  + "HER-T2,A map,,,,map,SH 1404-01-01,Test archive,,,,https://example.org/ms2,,\n");

      assertThat(catalogue.importFile(f, data, "alice")).isEqualTo(2);

      assertThat(stored()).isEqualTo(14 + 2);
      HeritageItem one = catalogue.item("HER-T1");
      assertThat(one.version()).isEqualTo(1);
      // AH 1132-05-12 civil = 22 March 1720 (Calendrical Calculations' arithmetic, by hand)
      assertThat(one.date().gregorian()).isEqualTo("1720-03-22");
      assertThat(one.images()).containsExactly("f1r.png", "https://example.org/holder/page");
      assertThat(catalogue.history("HER-T1"))
          .extracting(AuditEntry::change, AuditEntry::actor)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("create", "alice"));
      assertThat(catalogue.search("Әл-Фараби", Map.of()).items())
          .extracting(HeritageItem::id)
          .contains("HER-T1", "HER-008");
      assertThat(catalogue.search("كتاب", Map.of()).items())
          .extracting(HeritageItem::id)
          .containsExactly("HER-T1");
      // the same file again changes nothing
      assertThat(catalogue.importFile(f, data, "alice")).isZero();
    }

    @Test
    void every_bad_row_is_named_by_line_and_field_and_nothing_is_stored() throws Exception {
      Path f =
          file(
              "bad.csv",
              "HER-B1,,,,,manuscript,,Test archive,,,,https://example.org/1,,\n"
                  + "HER-B2,No holder,,,,manuscript,,,,,,https://example.org/2,,\n"
                  + "HER-B3,Bad day,,,,manuscript,SH 1404-12-30,Test archive,,,,https://example.org/3,,\n"
                  + "HER-B4,Bad image,,,,manuscript,,Test archive,fake.png,,,https://example.org/4,,\n"
                  + "HER-B5,Month 13,,,,manuscript,SH 1404-13,Test archive,,,,https://example.org/5,,\n"
                  + "HER-B6,Fine,,,,manuscript,,Test archive,,,,https://example.org/6,,\n");

      assertThatThrownBy(() -> catalogue.importFile(f, data, "alice"))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).problems())
                      .containsExactlyInAnyOrder(
                          "bad.csv:2:title: missing",
                          "bad.csv:3:holder: missing: name the holding archive, library or place",
                          "bad.csv:4:date: day 30 does not exist in month 12 of SH 1404: that"
                              + " month has 29 days",
                          "bad.csv:6:date: month 13 does not exist: months run 1 to 12",
                          "bad.csv:5:images[0]: 'fake.png' is not an image: its first bytes are not"
                              + " those of JPEG, PNG, TIFF, JPEG 2000, WebP or GIF"));
      assertThat(stored()).isEqualTo(14);
      assertThat(registry.list(HeritageItem.class, RegistryFilter.text("Fine"))).isEmpty();
    }

    @Test
    void a_link_to_nothing_refuses_the_whole_file_by_line() throws Exception {
      Path f =
          file(
              "links.csv",
              "HER-L1,Fine,,,,manuscript,,Test archive,,AGR-001,,https://example.org/1,,\n"
                  + "HER-L2,Lost link,,,,manuscript,,Test archive,missing.png,AGR-999,,https://example.org/2,,\n");
      assertThatThrownBy(() -> catalogue.importFile(f, data, "alice"))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).problems())
                      .containsExactly(
                          "links.csv:3:images[0]: no file 'missing.png' in "
                              + Images.folder(data)));
      Files.write(Images.folder(data).resolve("missing.png"), PNG);
      assertThatThrownBy(() -> catalogue.importFile(f, data, "alice"))
          .isInstanceOf(ValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ValidationException) e).problems())
                      .containsExactly("links.csv:3:agreementIds[0]: no agreement 'AGR-999'"));
      assertThat(stored()).isEqualTo(14);
      assertThat(List.of("HER-L1", "HER-L2"))
          .noneMatch(
              id ->
                  registry.list(HeritageItem.class, RegistryFilter.ALL).stream()
                      .anyMatch(i -> i.id().equals(id)));
    }
  }
}
