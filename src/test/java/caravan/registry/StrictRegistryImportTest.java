package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * import-registry as strict as the trade importer (issue 11 §3): each malformed file is written
 * here, refused with one {@code file:line: field: reason} (or {@code Entity id: field: reason}) in
 * words, and leaves every registry table, the audit log and the data version as they were. Each
 * case was imported, or failed with a reader's or the database's own text, before.
 */
class StrictRegistryImportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);
  static final String HEADER = "id,version,title,amountLow,currency,sources";
  static final String SOURCE = "\"[{\"\"url\"\":\"\"https://example.org/p\"\"}]\"";
  static final String ROW = "PRJ-900,1,Dairy plant,25000000,USD," + SOURCE;

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnH2 extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.h2();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnPostgres extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.postgres();
    }
  }

  abstract static class Contract {
    RelationalStore store;
    RegistryService registry;
    RegistryExports exports;

    abstract RelationalStore newStore();

    // one store for the class: a refused import changes nothing, and that is what is checked
    @BeforeAll
    void open() {
      store = newStore();
      Countries countries = Countries.shipped();
      registry = new RegistryService(store.jdbi(), countries, CLOCK);
      exports = new RegistryExports(registry, store.jdbi(), countries, null, CLOCK);
      registry.loadShipped();
    }

    /** The problems of a refused import, after checking that the store did not change. */
    List<String> refused(Runnable importing) {
      String before = RegistryDump.of(store.jdbi());
      List<String> problems =
          ((ValidationException)
                  org.assertj.core.api.Assertions.catchThrowableOfType(
                      importing::run, ValidationException.class))
              .problems();
      assertThat(RegistryDump.of(store.jdbi())).isEqualTo(before);
      return problems;
    }

    List<String> csv(byte[] bytes) {
      return refused(
          () -> exports.importCsv(Project.class, new ByteArrayInputStream(bytes), "p.csv", "bob"));
    }

    List<String> csv(String text) {
      return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    List<String> json(String text) {
      return refused(
          () ->
              exports.importJson(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                  "r.json",
                  "bob"));
    }

    static String doc(String project) {
      return "{\"format\": \"caravan-registry\", \"formatVersion\": 1, \"projects\": ["
          + project
          + "]}";
    }

    @Test
    void an_id_that_is_a_path_is_refused() {
      assertThat(csv(HEADER + "\r\n" + ROW.replace("PRJ-900", "../../etc") + "\r\n"))
          .containsExactly(
              "Project ../../etc: id: '../../etc' is not an id of this kind: use PRJ- and capital"
                  + " letters or digits (words joined by -), at most 32 characters, such as PRJ-001");
    }

    @Test
    void an_empty_id_is_refused() {
      assertThat(
              json(
                  doc(
                      "{\"id\": \"\", \"title\": \"Dairy plant\","
                          + " \"sources\": [{\"url\": \"https://example.org/p\"}]}")))
          .containsExactly(
              "Project without id: id: missing: an import keeps ids, give each record its id");
    }

    @Test
    void a_session_id_that_is_not_its_number_is_refused() {
      // SES- and the number (SES-19); anything else cannot be a session's id
      assertThat(
              json(
                  "{\"format\": \"caravan-registry\", \"sessions\": [{\"id\": \"SES-../1\","
                      + " \"number\": 40, \"startDate\": \"2026-01\","
                      + " \"sources\": [{\"url\": \"https://example.org/s\"}]}]}"))
          .containsExactly(
              "CommissionSession SES-../1: id: 'SES-../1' is not a session id: use SES- and the"
                  + " session's number, such as SES-19");
    }

    @Test
    void a_record_without_a_source_is_refused() {
      assertThat(json(doc("{\"id\": \"PRJ-901\", \"title\": \"Dairy plant\"}")))
          .containsExactly(
              "Project PRJ-901: sources: missing: every imported record needs its source (a url)");
    }

    @Test
    void a_source_that_is_not_a_web_address_is_refused() {
      String row = ROW.replace("https://example.org/p", "javascript:alert(1)");
      assertThat(csv(HEADER + "\r\n" + row + "\r\n"))
          .containsExactly(
              "Project PRJ-900: sources[0].url: 'javascript:alert(1)' is not a web address: give an"
                  + " http:// or https:// link");
    }

    @Test
    void an_amount_beyond_the_columns_precision_is_refused_in_words() {
      // V2: amount_low NUMERIC(24,2), so 24 - 2 = 22 digits before the point
      assertThat(csv(HEADER + "\r\n" + ROW.replace("25000000", "1e300") + "\r\n"))
          .containsExactly(
              "Project PRJ-900: amountLow: 1E+300 is too large: at most 22 digits before the"
                  + " decimal point");
      // 23 digits: one too many; 22 nines with 2 decimals fit
      assertThat(csv(HEADER + "\r\n" + ROW.replace("25000000", "1" + "0".repeat(22)) + "\r\n"))
          .containsExactly(
              "Project PRJ-900: amountLow: 10000000000000000000000 is too large: at most 22 digits"
                  + " before the decimal point");
      assertThat(csv(HEADER + "\r\n" + ROW.replace("25000000", "1.005") + "\r\n"))
          .containsExactly("Project PRJ-900: amountLow: 1.005 has too many decimals: at most 2");
    }

    @Test
    void a_whole_number_beyond_its_range_is_refused_in_words() {
      // jobs is an int: at most 2^31 - 1 = 2147483647
      assertThat(
              csv(
                  "id,version,title,jobs,sources\r\nPRJ-900,1,Dairy plant,99999999999,"
                      + SOURCE
                      + "\r\n"))
          .containsExactly(
              "p.csv:2: jobs: '99999999999' is not a whole number within"
                  + " -2147483648..2147483647");
    }

    @Test
    void an_empty_file_is_refused() {
      assertThat(csv(new byte[0])).containsExactly("p.csv:1: file: empty: expected a header line");
      assertThat(json(""))
          .containsExactly(
              "r.json:1: document: empty: expected {\"format\": \"caravan-registry\", …} with an"
                  + " array per entity");
    }

    @Test
    void a_latin1_file_is_named_with_its_line() {
      // "Café" in Latin-1: é is the single byte 0xE9, which UTF-8 never has alone
      byte[] bytes =
          (HEADER + "\r\n" + ROW.replace("Dairy plant", "Caf\u00e9") + "\r\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      assertThat(csv(bytes))
          .containsExactly(
              "p.csv:2: encoding: not UTF-8 text at line 2 (byte 0xE9; Latin-1 or Windows-1252?):"
                  + " save it as CSV UTF-8");
    }

    @Test
    void utf16_and_binary_files_are_named_without_their_bytes() {
      String text = HEADER + "\r\n" + ROW + "\r\n";
      // UTF-16LE without a mark: "i" then a NUL byte on line 1
      assertThat(csv(text.getBytes(StandardCharsets.UTF_16LE)))
          .containsExactly(
              "p.csv:1: encoding: a NUL byte: this is UTF-16 text or a binary file, not CSV: save"
                  + " it as CSV UTF-8");
      // Java's UTF-16 writes the big-endian mark FE FF first
      assertThat(csv(text.getBytes(StandardCharsets.UTF_16)))
          .containsExactly(
              "p.csv:1: encoding: UTF-16 text (it begins with a UTF-16 mark): save it as CSV"
                  + " UTF-8");
      // a PNG's first bytes: 89 'PNG' CR LF 1A LF, then NUL on the third line
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
      assertThat(csv(png))
          .containsExactly(
              "p.csv:3: encoding: a NUL byte: this is UTF-16 text or a binary file, not CSV: save"
                  + " it as CSV UTF-8");
    }

    @Test
    void a_stray_quote_is_one_line_naming_its_column() {
      assertThat(csv(HEADER + "\r\n" + ROW.replace("Dairy plant", "The \"Big\" plant") + "\r\n"))
          .containsExactly(
              "p.csv:2: column 'title': a quote inside a value that does not begin with one: put"
                  + " the whole value in quotes and double each quote inside it (\"\")");
      // a quote that opens a value and never closes would swallow every line after it
      assertThat(
              csv(
                  "id,version,title,notes\r\nPRJ-901,1,Dairy plant,\"unfinished note\r\n"
                      + "PRJ-902,1,Mill,fine\r\n"))
          .containsExactly(
              "p.csv:2: column 'notes': the quote that opens this value is never closed: close it,"
                  + " or double a quote inside the value (\"\")");
      // a quoted title closed too early, the rest of the value after it
      assertThat(csv(HEADER + "\r\n" + ROW.replace("Dairy plant", "\"Dairy\" plant") + "\r\n"))
          .containsExactly(
              "p.csv:2: column 'title': text after the closing quote of a quoted value: put the"
                  + " whole value in quotes and double each quote inside it (\"\")");
    }

    @Test
    void mixed_line_endings_are_one_line_saying_so() {
      String text =
          HEADER
              + "\r\n"
              + ROW
              + "\r\n"
              + ROW.replace("900", "901")
              + "\n"
              + ROW.replace("900", "902")
              + "\n";
      assertThat(csv(text))
          .containsExactly(
              "p.csv:3: line endings: this line ends in LF, the lines before in CRLF: save the file"
                  + " with one kind of line ending");
    }

    @Test
    void a_line_with_more_values_than_the_header_is_refused() {
      assertThat(csv(HEADER + "\r\n" + ROW.replace("Dairy plant", "Dairy, plant") + "\r\n"))
          .containsExactly(
              "p.csv:2: columns: 7 values on this line, the header names 6: quote a value that"
                  + " holds a comma");
    }

    @Test
    void malformed_json_names_line_and_column() {
      // the ']' right after a comma is the 30th character of line 2; Jackson names the column
      // after reading it
      assertThat(
              json(
                  "{\"format\": \"caravan-registry\",\n"
                      + " \"projects\": [{\"id\": \"PRJ-1\",]}\n"))
          .singleElement()
          .asString()
          .startsWith("r.json:2: document: not JSON at line 2, column 30: ")
          .doesNotContain("Source")
          .doesNotContain("\n");
    }

    @Test
    void a_header_only_csv_and_empty_json_import_nothing_and_record_nothing() {
      String before = RegistryDump.of(store.jdbi());
      assertThat(
              exports.importCsv(
                  Project.class,
                  new ByteArrayInputStream((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)),
                  "p.csv",
                  "bob"))
          .isZero();
      assertThat(
              exports.importJson(
                  new ByteArrayInputStream(doc("").getBytes(StandardCharsets.UTF_8)),
                  "r.json",
                  "bob"))
          .isZero();
      assertThat(
              exports.importJson(
                  new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), "r.json", "bob"))
          .isZero();
      // no audit row, no raised data version: nothing at all
      assertThat(RegistryDump.of(store.jdbi())).isEqualTo(before);
    }

    @Test
    void a_valid_file_still_imports_with_its_byte_order_mark() {
      byte[] text =
          ("\ufeff" + HEADER + "\r\n" + ROW.replace("900", "950") + "\r\n")
              .getBytes(StandardCharsets.UTF_8);
      assertThat(exports.importCsv(Project.class, new ByteArrayInputStream(text), "p.csv", "bob"))
          .isEqualTo(1);
      assertThat(registry.get(Project.class, "PRJ-950").amountLow())
          .isEqualByComparingTo("25000000");
    }

    @Test
    void a_stored_javascript_source_never_becomes_an_iati_document_link() {
      // a project stored before the check, written straight to the store as an old release did
      Project old =
          new Project(
              "PRJ-960",
              0,
              "Old project",
              List.of(),
              null,
              null,
              null,
              null,
              null,
              null,
              List.of(),
              List.of(new Project.StageChange(Project.Stage.IDEA, PartialDate.of(2024), null)),
              null,
              null,
              null,
              null,
              List.of(
                  new Source("javascript:alert(1)", PartialDate.of(2024), "q"),
                  new Source("https://example.org/old", PartialDate.of(2024), "q")),
              registry.homePair());
      new RegistryStore(store.jdbi())
          .insertMissing(List.of(old), "old-release", LocalDateTime.of(2024, 1, 1, 0, 0));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exports.exportIati(out, "XM-TEST", "Test publisher");
      String xml = out.toString(StandardCharsets.UTF_8);
      assertThat(xml).contains("https://example.org/old").doesNotContain("javascript");
    }
  }
}
