package caravan.trade;

import static caravan.trade.BaciImportTest.count;
import static caravan.trade.BaciImportTest.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean BACI file takes the one-statement path ({@link BaciFastPath}); anything unclean falls
 * back to the detailed path. Both must leave the same rows, and the fallback must lose nothing.
 */
class BaciFastPathTest {
  private static final String HEADER = "t,i,j,k,v,q\n";
  private final Countries countries = Countries.shipped();
  private AnalyticsStore store;
  private ImportService service;
  @TempDir Path dir;

  @BeforeEach
  void open() {
    store = AnalyticsStore.inMemory();
    service = new ImportService(store, countries);
    service.ensureSchema();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path file(String name, String rows) throws IOException {
    return Files.writeString(dir.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
  }

  private ImportReport importBaci(Path file, double maxRejected) {
    return service.importFile(file, new ImportOptions(ImportFormat.BACI, maxRejected, "H0"), null);
  }

  private static List<String> rows(AnalyticsStore s) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = s.connect();
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT concat_ws('|', source, year, month, reporter, partner, flow, product,"
                    + " hs_revision, value_usd, quantity, quantity_unit) FROM flows ORDER BY 1")) {
      while (r.next()) out.add(r.getString(1));
    }
    return out;
  }

  @Test
  void the_clean_path_and_the_detailed_path_store_the_same_rows() throws Exception {
    String sample = Files.readString(BaciImportTest.SAMPLE, StandardCharsets.UTF_8);
    ImportReport clean = importBaci(BaciImportTest.SAMPLE, 0);
    assertThat(clean.rowsRejected()).isZero();

    // the same rows (the sample ends its lines with CRLF) plus one unknown exporter: refused by the
    // clean path, so the detailed path
    // runs, rejects that row and keeps the rest
    Path dirty =
        Files.writeString(
            dir.resolve("BACI_HS92_dirty.csv"), sample + "2021,9999,4,010111,1,1\r\n");
    try (AnalyticsStore other = AnalyticsStore.inMemory()) {
      ImportService detailed = new ImportService(other, countries);
      detailed.ensureSchema();
      ImportReport r =
          detailed.importFile(dirty, new ImportOptions(ImportFormat.BACI, 0.01, "H0"), null);
      assertThat(r.rowsRejected()).isEqualTo(1);
      assertThat(r.rejections().get(0)).contains("i: unknown BACI country code '9999'");
      assertThat(rows(other)).isEqualTo(rows(store)).hasSize((int) clean.rowsKept());
    }
  }

  @Test
  void a_code_that_lost_its_leading_zero_is_padded_and_values_are_dollars() throws Exception {
    // 10111 is 010111 (horses) written as a number; v is in thousands: 2.5 -> 2,500 USD
    importBaci(file("BACI_HS92_a.csv", "2021,398,364,10111,2.5,NA\n"), 0);
    assertThat(count(store, "SELECT count(*) FROM flows WHERE product = '010111'")).isEqualTo(1);
    assertThat(number(store, "SELECT value_usd FROM flows")).isEqualTo(2500.0);
    assertThat(count(store, "SELECT count(*) FROM flows WHERE quantity IS NULL")).isEqualTo(1);
  }

  @Test
  void a_repeated_key_is_refused_with_both_lines_and_the_store_is_unchanged() throws Exception {
    Path f = file("BACI_HS92_dup.csv", "2021,398,364,100190,1,1\n2021,398,364,100190,2,2\n");
    assertThatThrownBy(() -> importBaci(f, 0))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.report().rejections())
                    .anyMatch(
                        l ->
                            l.endsWith(
                                ":3: row: duplicate key (year, month, reporter,"
                                    + " partner, flow, product) of line 2")));
    assertThat(count(store, "SELECT count(*) FROM flows")).isZero();
  }

  @Test
  void two_codes_of_one_country_make_the_same_key() throws Exception {
    // BACI's table names 710 (South Africa) and 711 (Southern African Customs Union) both ZAF
    Path f = file("BACI_HS92_zaf.csv", "2021,710,398,100190,1,1\n2021,711,398,100190,2,2\n");
    ImportReport r = importBaci(f, 0.5);
    assertThat(r.rowsKept()).isEqualTo(1);
    assertThat(r.rejections()).anyMatch(l -> l.contains(":3: row: duplicate key"));
    assertThat(number(store, "SELECT value_usd FROM flows WHERE reporter = 'ZAF'"))
        .isEqualTo(1000.0);
  }

  @Test
  void a_negative_country_code_is_unknown_not_the_last_country_of_the_table() throws Exception {
    // DuckDB reads list[-1] as the last element: the clean path must not map -2 to a country
    Path f = file("BACI_HS92_neg.csv", "2021,-2,364,100190,1,1\n2021,398,364,100190,2,2\n");
    ImportReport r = importBaci(f, 0.5);
    assertThat(r.rowsKept()).isEqualTo(1);
    assertThat(r.rejections()).anyMatch(l -> l.contains(":2: i: unknown BACI country code '-2'"));
    assertThat(count(store, "SELECT count(*) FROM flows WHERE reporter = 'KAZ'")).isEqualTo(1);
  }

  @Test
  void a_newer_file_replaces_the_keys_it_has_and_keeps_the_others() throws Exception {
    importBaci(
        file("BACI_HS92_Y2021_V1.csv", "2021,398,364,100190,1,1\n2021,398,364,520100,2,2\n"), 0);
    ImportReport newer =
        importBaci(
            file("BACI_HS92_Y2021_V2.csv", "2021,398,364,520100,7,7\n2021,364,398,271019,3,3\n"),
            0);
    assertThat(newer.committed()).isTrue();
    // wheat 1,000 from V1 stays; cotton 2,000 is replaced by 7,000; fuel 3,000 is new
    assertThat(count(store, "SELECT count(*) FROM flows")).isEqualTo(3);
    assertThat(number(store, "SELECT sum(value_usd) FROM flows")).isEqualTo(11_000.0);
    assertThat(number(store, "SELECT value_usd FROM flows WHERE product = '520100'"))
        .isEqualTo(7_000.0);
  }

  @Test
  void a_file_mixing_line_endings_is_refused_in_one_line_that_says_so() throws Exception {
    Path f = file("BACI_HS92_mixed.csv", "2021,398,364,100190,1,1\r\n2021,4,398,520100,2,2\n");
    // one line, file:line: field: reason, where the endings change (issue 11 §3)
    ImportException e = catchThrowableOfType(ImportException.class, () -> importBaci(f, 0));
    assertThat(e.report().rejections())
        .containsExactly(
            f
                + ":2: row: ends in CRLF where line 1 ends in LF: the file mixes line endings (LF"
                + " and CRLF); save it with one kind of line ending");
    assertThat(count(store, "SELECT count(*) FROM flows")).isZero();
  }

  @Test
  void the_same_file_twice_is_reported_as_imported_before_and_changes_nothing() throws Exception {
    Path f = file("BACI_HS92_twice.csv", "2021,398,364,100190,1,1\n2021,4,398,520100,2,2\n");
    importBaci(f, 0);
    List<String> before = rows(store);
    ImportReport again = importBaci(f, 0);
    assertThat(again.alreadyImported()).isTrue();
    assertThat(again.rowsKept()).isEqualTo(2);
    assertThat(rows(store)).isEqualTo(before);
  }

  @Test
  void an_unsorted_file_is_checked_for_repeats_by_counting() throws Exception {
    // the fast path takes rising keys as proof of no repeats; these fall, so they are counted
    ImportReport r =
        importBaci(
            file("BACI_HS92_desc.csv", "2021,398,364,520100,2,2\n2021,398,364,100190,1,1\n"), 0);
    assertThat(r.rowsKept()).isEqualTo(2);
    Path dup =
        file(
            "BACI_HS92_desc_dup.csv",
            "2021,398,364,520100,2,2\n2021,398,364,100190,1,1\n2021,398,364,520100,3,3\n");
    assertThatThrownBy(() -> importBaci(dup, 0))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.report().rejections())
                    .anyMatch(l -> l.contains(":4: row: duplicate key") && l.endsWith("line 2")));
    // the refused file left the first import's two rows as they were
    assertThat(number(store, "SELECT sum(value_usd) FROM flows")).isEqualTo(3000.0);
  }

  @Test
  void what_a_typed_read_would_round_or_drop_is_named_by_the_detailed_path() throws Exception {
    // read as numbers, 100190.5 would become a code and 'abc' no quantity: both are refused
    Path f =
        file(
            "BACI_HS92_typed.csv",
            "2021,398,364,100190.5,1,1\n2021,398,364,520100,2,abc\n2021,398,364,271019,3,NA\n");
    ImportReport r = importBaci(f, 0.9);
    assertThat(r.rowsKept()).isEqualTo(1);
    assertThat(r.rejections())
        .anyMatch(l -> l.contains(":2: k: not a 6-digit HS code: '100190.5'"))
        .anyMatch(l -> l.contains(":3: q: not a number: 'abc'"));
    assertThat(count(store, "SELECT count(*) FROM flows WHERE product = '271019'")).isEqualTo(1);
  }

  @Test
  void an_na_padded_otherwise_further_down_is_read_as_text_and_stored_alike() throws Exception {
    // the first NA is padded as V202301 pads it, so the quantity is read as a number with that NA
    // a null; the third line pads it otherwise, the typed read stops there, and the file is read
    // again with the quantity as text: the same rows as the detailed path, which a bad quantity on
    // a fourth line forces on a second store
    String rows =
        "2021,842,124,100190,5,\"           NA\"\n"
            + "2021,842,124,271019,6,\"        1.500\"\n"
            + "2021,842,124,520100,7,\"   NA\"\n";
    ImportReport r = importBaci(file("BACI_HS92_na.csv", rows), 0);
    assertThat(r.rowsKept()).isEqualTo(3);
    assertThat(rowsOfTheDetailedPath("BACI_HS92_na_dirty.csv", rows, 3)).isEqualTo(rows(store));
    // two quantities are NA (null), one is 1.5 tonnes
    assertThat(count(store, "SELECT count(quantity) FROM flows")).isEqualTo(1);
    assertThat(number(store, "SELECT sum(quantity) FROM flows")).isEqualTo(1.5);
  }

  @Test
  void an_na_where_a_value_belongs_is_named_by_the_detailed_path() throws Exception {
    // read with NA as a null, the value would be missing: the table refuses it, and the detailed
    // path names the line and field
    Path f =
        file(
            "BACI_HS92_na_value.csv",
            "2021,842,124,100190,5,\"           NA\"\n2021,842,124,271019,NA,\"           NA\"\n");
    assertThatThrownBy(() -> importBaci(f, 0))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> assertThat(e.report().rejections()).anyMatch(l -> l.contains(":3: v:")));
    assertThat(count(store, "SELECT count(*) FROM flows")).isZero();
  }

  @Test
  void progress_is_reported_in_bytes_of_the_file_and_ends_at_its_size() throws Exception {
    Path f = file("BACI_HS92_progress.csv", "2021,398,364,100190,1,1\n2021,398,364,520100,2,2\n");
    List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    service.importFile(f, new ImportOptions(ImportFormat.BACI, 0, "H0"), seen::add);
    // DuckDB's estimate may come in steps or not at all on a file this small; the end is the size
    assertThat(seen).isNotEmpty().isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(Files.size(f));
  }

  @Test
  void a_code_written_as_any_whole_number_is_the_same_code_on_both_paths() throws Exception {
    // 10111.0 and 0010119 name 010111 and 010119 (horses in HS 1992): read as numbers on the clean
    // path, and
    // normalised alike on the detailed one, which a bad quantity on a third line forces here
    String rows = "2021,842,124,10111.0,5,1\n2021,842,124,0010119,6,1\n";
    importBaci(file("BACI_HS92_clean_k.csv", rows), 0);
    List<String> clean = rows(store);
    assertThat(rowsOfTheDetailedPath("BACI_HS92_dirty_k.csv", rows, 2)).isEqualTo(clean);
    assertThat(clean).hasSize(2).allMatch(l -> l.contains("|01011"));
  }

  /**
   * The rows that {@code rows} leave on a second store when a bad quantity on a last line forces
   * the detailed path, which must keep the {@code kept} others.
   */
  private List<String> rowsOfTheDetailedPath(String name, String rows, long kept) throws Exception {
    try (AnalyticsStore other = AnalyticsStore.inMemory()) {
      ImportService detailed = new ImportService(other, countries);
      detailed.ensureSchema();
      ImportReport r =
          detailed.importFile(
              file(name, rows + "2021,842,124,020110,7,abc\n"),
              new ImportOptions(ImportFormat.BACI, 0.5, "H0"),
              null);
      assertThat(r.rowsKept()).isEqualTo(kept);
      return rows(other);
    }
  }
}
