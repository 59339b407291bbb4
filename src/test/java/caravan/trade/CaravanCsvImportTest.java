package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caravan's own CSV: each kind of bad input, the untouched store, idempotence. */
class CaravanCsvImportTest {
  static final String HEADER =
      "year,month,reporter,partner,flow,product,hs_revision,value_usd,quantity,quantity_unit";

  @TempDir Path dir;
  private AnalyticsStore store;
  private ImportService service;

  @BeforeEach
  void open() {
    store = AnalyticsStore.inMemory();
    service = new ImportService(store, Countries.shipped());
    service.ensureSchema();
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Every row of both tables, hashed and summed, with the row counts: equal iff same content. */
  static String checksum(AnalyticsStore store) throws SQLException {
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT count(*) || ':' || coalesce(sum(hash(source, year, month, reporter,"
                    + " partner, flow, product, hs_revision, value_usd, quantity, quantity_unit,"
                    + " batch_no)), 0) FROM trade_flow) || '/' || (SELECT count(*) || ':' ||"
                    + " coalesce(sum(hash(batch_id, batch_no, file_name, format, rows_kept, imported_at)), 0)"
                    + " FROM import_batch)")) {
      r.next();
      return r.getString(1);
    }
  }

  Path write(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  ImportReport imp(Path f) {
    return service.importFile(f, ImportOptions.of(ImportFormat.CARAVAN), null);
  }

  /** A valid two-row file, imported first so that "unchanged" means something. */
  String seed() throws Exception {
    Path f =
        write(
            "seed.csv",
            HEADER,
            "2020,,KAZ,IRN,export,100199,H5,1500.5,20,t",
            "2020,3,IRN,KAZ,import,8703,H5,99,,");
    ImportReport r = imp(f);
    assertThat(r.rowsKept()).isEqualTo(2);
    return checksum(store);
  }

  void refused(Path f, String expectedRejection) throws Exception {
    String before = checksum(store);
    ImportException e = catchThrowableOfType(ImportException.class, () -> imp(f));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.report().rejections()).contains(f + ":" + expectedRejection);
    assertThat(e.getMessage()).contains(f + ":" + expectedRejection);
    assertThat(e.report().committed()).isFalse();
    assertThat(checksum(store)).isEqualTo(before);
  }

  @Test
  void goodRowsLandWithTheirValues() throws Exception {
    seed();
    // by hand: 1500.5 + 99
    assertThat(BaciImportTest.number(store, "SELECT sum(value_usd) FROM trade_flow"))
        .isEqualTo(1599.5);
    assertThat(BaciImportTest.count(store, "SELECT count(*) FROM trade_flow WHERE month = 3"))
        .isEqualTo(1);
    assertThat(
            BaciImportTest.count(
                store,
                "SELECT count(*) FROM trade_flow WHERE quantity IS NULL AND source = 'CARAVAN'"))
        .isEqualTo(1);
  }

  @Test
  void unknownCountry() throws Exception {
    seed();
    Path f =
        write(
            "country.csv",
            HEADER,
            "2021,,KAZ,IRN,export,100199,H5,1,,",
            "2021,,KAZ,XXX,export,100199,H5,1,,");
    refused(f, "3: partner: unknown ISO3 country code 'XXX'");
  }

  @Test
  void productUnknownInTheEdition() throws Exception {
    seed();
    // 100190 (wheat and meslin, other) exists in HS 1992 but was split in HS 2012
    Path f = write("product.csv", HEADER, "2021,,KAZ,IRN,export,100190,H5,1,,");
    refused(f, "2: product: HS code '100190' does not exist in H5 (HS 2017)");
    assertThat(imp(write("product0.csv", HEADER, "2021,,KAZ,IRN,export,100190,H0,1,,")).rowsKept())
        .isEqualTo(1);
  }

  @Test
  void badNumberNegativeValueBadMonthAndFlow() throws Exception {
    seed();
    refused(
        write("n1.csv", HEADER, "2021,,KAZ,IRN,export,1001,H5,12x,,"),
        "2: value_usd: not a number: '12x'");
    refused(
        write("n2.csv", HEADER, "2021,,KAZ,IRN,export,1001,H5,-5,,"), "2: value_usd: negative: -5");
    refused(
        write("n3.csv", HEADER, "2021,,KAZ,IRN,export,1001,H5,5,-1,t"),
        "2: quantity: negative: -1");
    refused(
        write("n4.csv", HEADER, "2021,13,KAZ,IRN,export,1001,H5,5,,"),
        "2: month: not a month 1..12: '13'");
    refused(
        write("n5.csv", HEADER, "2021,,KAZ,IRN,both,1001,H5,5,,"),
        "2: flow: unknown flow 'both': expected export or import");
    refused(
        write("n6.csv", HEADER, "20x1,,KAZ,IRN,export,1001,H5,5,,"), "2: year: not a year: '20x1'");
    refused(
        write("n7.csv", HEADER, "2021,,KAZ,IRN,export,1001,H9,5,,"),
        "2: hs_revision: unknown HS revision 'H9': expected H0..H6");
  }

  @Test
  void duplicateKeyNamesTheFirstLine() throws Exception {
    seed();
    Path f =
        write(
            "dup.csv",
            HEADER,
            "2021,,KAZ,IRN,export,1001,H5,1,,",
            "2021,,KAZ,IRN,import,1001,H5,1,,",
            "2021,,KAZ,IRN,export,1001,H5,2,,");
    refused(f, "4: row: duplicate key (year, month, reporter, partner, flow, product) of line 2");
  }

  @Test
  void wrongColumnSetNamesExpectedAndFound() throws Exception {
    String before = seed();
    Path f = write("cols.csv", "year,reporter,partner,value", "2021,KAZ,IRN,5");
    assertThatThrownBy(() -> imp(f))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("wrong columns for CARAVAN")
        .hasMessageContaining(f + ":1: header: expected the Caravan columns " + HEADER)
        .hasMessageContaining("found year,reporter,partner,value");
    assertThat(checksum(store)).isEqualTo(before);
  }

  @Test
  void wrongEncodingNamesTheFirstBadLine() throws Exception {
    String before = seed();
    Path f = dir.resolve("latin1.csv");
    String text =
        HEADER + "\n2021,,KAZ,IRN,export,1001,H5,1,,Köln\n2021,,KAZ,IRN,import,1001,H5,1,,\n";
    Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> imp(f))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("is not UTF-8")
        .hasMessageContaining(f + ":2: row: not UTF-8");
    assertThat(checksum(store)).isEqualTo(before);
  }

  @Test
  void raggedRowAndBlankLinesKeepPhysicalLineNumbers() throws Exception {
    seed();
    Path f =
        write(
            "ragged.csv",
            HEADER,
            "2021,,KAZ,IRN,export,1001,H5,1,,",
            "",
            "2021,,KAZ,IRN,import,1001,H5,1,,,extra",
            "",
            "2021,,KAZ,QQQ,import,1001,H5,1,,");
    String before = checksum(store);
    ImportException e = catchThrowableOfType(ImportException.class, () -> imp(f));
    assertThat(e.report().rejections())
        .anyMatch(r -> r.startsWith(f + ":4: "))
        .contains(f + ":6: partner: unknown ISO3 country code 'QQQ'");
    assertThat(e.report().rowsRead()).isEqualTo(3);
    assertThat(e.report().rowsRejected()).isEqualTo(2);
    assertThat(checksum(store)).isEqualTo(before);
  }

  @Test
  void withinTheThresholdGoodRowsCommitAndBadOnesAreReported() throws Exception {
    seed();
    Path f =
        write(
            "half.csv",
            HEADER,
            "2022,,KAZ,IRN,export,1001,H5,10,,",
            "2022,,KAZ,IRN,import,1001,H5,-1,,",
            "2022,,KAZ,CHN,export,1001,H5,30,,",
            "2022,,KAZ,RUS,export,1001,H5,40,,");
    ImportReport r =
        service.importFile(f, new ImportOptions(ImportFormat.CARAVAN, 0.25, null), null);
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.rowsKept()).isEqualTo(3);
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.rejections()).containsExactly(f + ":3: value_usd: negative: -1");
    // by hand: 10 + 30 + 40
    assertThat(
            BaciImportTest.number(store, "SELECT sum(value_usd) FROM trade_flow WHERE year = 2022"))
        .isEqualTo(80.0);
    assertThatThrownBy(
            () -> service.importFile(f, new ImportOptions(ImportFormat.CARAVAN, 0.2, null), null))
        .isInstanceOf(ImportException.class);
  }

  @Test
  void sameFileTwiceChangesNothing() throws Exception {
    String once = seed();
    ImportReport again = imp(dir.resolve("seed.csv"));
    assertThat(again.alreadyImported()).isTrue();
    assertThat(again.committed()).isFalse();
    assertThat(checksum(store)).isEqualTo(once);
    // a copy under another name with the same keys and new values replaces, then the original
    // restores: same rows as after the first import
    Path changed =
        write(
            "seed2.csv",
            HEADER,
            "2020,,KAZ,IRN,export,100199,H5,7,20,t",
            "2020,3,IRN,KAZ,import,8703,H5,8,,");
    assertThat(imp(changed).rowsKept()).isEqualTo(2);
    assertThat(BaciImportTest.count(store, "SELECT count(*) FROM trade_flow")).isEqualTo(2);
    ImportReport back = imp(dir.resolve("seed.csv"));
    assertThat(back.alreadyImported()).isFalse();
    assertThat(BaciImportTest.count(store, "SELECT count(*) FROM trade_flow")).isEqualTo(2);
    assertThat(BaciImportTest.number(store, "SELECT sum(value_usd) FROM trade_flow"))
        .isEqualTo(1599.5);
  }

  @Test
  void formatAndRevisionParsing() {
    assertThat(ImportFormat.parse("BaCi")).isEqualTo(ImportFormat.BACI);
    assertThatThrownBy(() -> ImportFormat.parse("xls"))
        .isInstanceOf(CaravanException.class)
        .hasMessageContaining("baci|comtrade|caravan");
    assertThat(HsEditions.fromBaciFileName("BACI_HS17_Y2021_V202301.csv")).isEqualTo("H5");
    assertThat(HsEditions.fromBaciFileName("BACI_HS92_Y2021_V202301.csv")).isEqualTo("H0");
    assertThat(new ImportOptions(ImportFormat.BACI, 0, "h6").hsRevision()).isEqualTo("H6");
  }

  /** Lines of a file, for other tests. */
  static List<String> lines(Path f) throws IOException {
    return new ArrayList<>(Files.readAllLines(f));
  }

  static Set<String> set(List<String> l) {
    return new HashSet<>(l);
  }
}
