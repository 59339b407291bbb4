package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CSV reader cannot follow reaches the user as {@code file:line: field: reason} in words,
 * never a library's message, and leaves the store as it was (issue 11 §1 and §3, trade formats).
 * Each file is written here, as a careless user or an attacker would make it.
 */
class TradeReaderErrorsTest {
  static final String CARAVAN = CaravanCsvImportTest.HEADER;
  static final String GOOD = "2021,,KAZ,IRN,export,100199,H5,1,,";
  static final String COMTRADE =
      "refYear,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,classificationCode";

  @TempDir Path dir;
  // one store for the class: each check compares it with itself just before
  private static AnalyticsStore store;
  private static ImportService service;

  @BeforeAll
  static void open(@TempDir Path seedDir) throws Exception {
    store = AnalyticsStore.inMemory();
    service = new ImportService(store, Countries.shipped());
    service.ensureSchema();
    // a store with rows, so that "unchanged" means something
    Path seed = seedDir.resolve("seed.csv");
    Files.writeString(seed, CARAVAN + "\n2020,,KAZ,IRN,export,100199,H5,1500.5,20,t\n");
    assertThat(service.importFile(seed, ImportOptions.of(ImportFormat.CARAVAN), null).rowsKept())
        .isEqualTo(1);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Every row of the three trade tables, hashed and summed, with their counts. */
  static String dump(AnalyticsStore store) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (Connection c = store.connect();
        Statement s = c.createStatement()) {
      for (String table : new String[] {"trade_flow", "baci_flow", "import_batch"}) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) || ':' || coalesce(sum(hash(x)), 0) FROM " + table + " x")) {
          r.next();
          sb.append(table).append('=').append(r.getString(1)).append(' ');
        }
      }
    }
    return sb.toString();
  }

  private Path text(String name, String content) throws IOException {
    return bytes(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path bytes(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  private ImportReport imp(Path f, ImportFormat format) {
    return service.importFile(f, ImportOptions.of(format), null);
  }

  /** Refused with this rejection among the first, a message free of control characters. */
  private ImportException refused(Path f, ImportFormat format, String rejection)
      throws SQLException {
    String before = dump(store);
    ImportException e = catchThrowableOfType(ImportException.class, () -> imp(f, format));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.report().rejections()).contains(f + ":" + rejection);
    assertThat(e.getMessage()).doesNotContain("\0").doesNotContain("Exception");
    assertThat(dump(store)).isEqualTo(before);
    return e;
  }

  @Test
  void an_empty_file_is_refused_at_its_header() throws Exception {
    for (ImportFormat format : ImportFormat.values()) {
      Path f = bytes("empty-" + format + ".csv", new byte[0]);
      refused(f, format, "1: header: empty; a " + format + " file starts with its column names");
    }
  }

  @Test
  void utf16_without_a_byte_order_mark_is_named_without_its_nul_bytes() throws Exception {
    byte[] le = (CARAVAN + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("t,i,j,k,v,q\n2021,398,364,100190,5,1\n").getBytes(StandardCharsets.UTF_16BE);
    String why = "UTF-16 without a byte order mark (NUL bytes between the letters of its header)";
    refused(bytes("le.csv", le), ImportFormat.CARAVAN, "1: header: " + why + "; save as UTF-8");
    refused(bytes("be.csv", be), ImportFormat.BACI, "1: header: " + why + "; save as UTF-8");
    byte[] bom = ("\uFEFF" + CARAVAN + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_16LE);
    refused(
        bytes("bom16.csv", bom),
        ImportFormat.CARAVAN,
        "1: header: UTF-16 (it starts with a UTF-16 byte order mark); save as UTF-8");
  }

  @Test
  void a_stray_quote_names_its_line_and_field() throws Exception {
    Path f = text("quote.csv", CARAVAN + "\n" + GOOD + "\n2021,,KAZ,IRN,import,100199,H5,\"7,,\n");
    refused(
        f,
        ImportFormat.CARAVAN,
        "3: value_usd: a quote opens this field and the line ends before it closes (a stray \"?)");
    Path after = text("after.csv", CARAVAN + "\n2021,,KAZ,IRN,import,100199,H5,\"7\"0,,\n");
    refused(
        after,
        ImportFormat.CARAVAN,
        "2: value_usd: text after the closing quote; write a quote inside a quoted field twice"
            + " (\"\")");
  }

  /** Before: FastCSV's "maximum buffer size of 16777216", read for the line numbers. */
  @Test
  void a_stray_quote_before_16_mb_of_lines_is_one_line_not_a_buffer_error() throws Exception {
    Path f = dir.resolve("big-quote.csv");
    try (BufferedWriter w = Files.newBufferedWriter(f)) {
      w.write(CARAVAN + "\n" + GOOD + "\n2021,,KAZ,IRN,import,100199,H5,\"7,,\n");
      // 17 MB of good lines after it: one field to a reader that follows the open quote
      String line = "2021,,KAZ,IRN,export,100199,H5,1,,\n";
      for (long n = 0; n < 17_000_000 / line.length(); n++) w.write(line);
    }
    ImportException e =
        refused(
            f,
            ImportFormat.CARAVAN,
            "3: value_usd: a quote opens this field and the line ends before it closes"
                + " (a stray \"?)");
    assertThat(e.getMessage()).doesNotContain("buffer");
  }

  /** Before: DuckDB's "state machine reached an invalid state", with no line. */
  @Test
  void mixed_line_endings_are_one_line_saying_so() throws Exception {
    StringBuilder sb = new StringBuilder("t,i,j,k,v,q\r\n");
    for (int k = 0; k < 2000; k++) {
      sb.append("2021,398,364,").append(100000 + k).append(",5,\"          NA\"");
      sb.append(k < 3 ? "\r\n" : "\n");
    }
    Path f = text("BACI_HS92_Y2021_mixed.csv", sb.toString());
    ImportException e =
        refused(
            f,
            ImportFormat.BACI,
            "5: row: ends in LF where line 1 ends in CRLF: the file mixes line endings (CRLF and"
                + " LF); save it with one kind of line ending");
    assertThat(e.report().rejections()).hasSize(1);
  }

  @Test
  void a_utf8_byte_order_mark_imports_in_every_trade_format() throws Exception {
    String bom = "\uFEFF";
    Path caravan = text("bom.csv", bom + CARAVAN + "\n2022,,KAZ,IRN,export,100199,H5,2,,\n");
    assertThat(imp(caravan, ImportFormat.CARAVAN).rowsKept()).isEqualTo(1);
    Path baci =
        text("BACI_HS92_Y2021_bom.csv", bom + "t,i,j,k,v,q\r\n2021,398,364,100190,5,1.5\r\n");
    assertThat(imp(baci, ImportFormat.BACI).rowsKept()).isEqualTo(1);
    Path comtrade = text("bom-comtrade.csv", bom + COMTRADE + "\n2023,398,364,X,100199,10,H6\n");
    assertThat(imp(comtrade, ImportFormat.COMTRADE).rowsKept()).isEqualTo(1);
  }

  @Test
  void a_header_alone_imports_nothing_and_records_no_batch() throws Exception {
    Path[] files = {
      text("only.csv", CARAVAN + "\n"),
      text("BACI_HS92_Y2021_only.csv", "t,i,j,k,v,q\r\n"),
      text("only-comtrade.csv", COMTRADE),
    };
    ImportFormat[] formats = {ImportFormat.CARAVAN, ImportFormat.BACI, ImportFormat.COMTRADE};
    for (int n = 0; n < files.length; n++) {
      String before = dump(store);
      ImportReport r = imp(files[n], formats[n]);
      assertThat(r.rowsRead()).isZero();
      assertThat(r.rowsKept()).isZero();
      assertThat(r.committed()).isFalse();
      assertThat(dump(store)).as(files[n].toString()).isEqualTo(before);
    }
  }

  /** 60 one-field lines: the share (0) cannot be met after the 50th, and reading stops there. */
  @Test
  void one_field_lines_are_refused_once_the_share_cannot_be_met() throws Exception {
    StringBuilder sb = new StringBuilder("t,i,j,k,v,q\n");
    for (int n = 0; n < 60; n++) sb.append("garbage\n");
    Path f = text("BACI_HS92_Y2021_garbage.csv", sb.toString());
    ImportException e =
        refused(f, ImportFormat.BACI, "2: i: missing: the line has 1 field where the header has 6");
    assertThat(e.getMessage()).contains("reading stopped there");
    // the 50 kept and one line saying that reading stopped: the last 10 were not read
    assertThat(e.report().rejections())
        .hasSize(51)
        .last()
        .asString()
        .startsWith("... reading stopped at line 51");
  }

  /** Whatever --max-rejected allows, 10 001 malformed lines are refused there. */
  @Test
  void more_malformed_lines_than_the_limit_are_refused_whatever_the_share() throws Exception {
    StringBuilder sb = new StringBuilder(CARAVAN + "\n");
    for (int n = 0; n < RecordScan.MALFORMED_LIMIT + 500; n++) sb.append("x,y\n");
    Path f = text("many.csv", sb.toString());
    String before = dump(store);
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> service.importFile(f, new ImportOptions(ImportFormat.CARAVAN, 1.0, null), null));
    assertThat(e.getMessage()).contains("more than 10000 lines by line 10002");
    assertThat(e.report().rejections())
        .contains(f + ":2: reporter: missing: the line has 2 fields where the header has 10");
    assertThat(dump(store)).isEqualTo(before);
  }

  /** Found by TradeFuzzTest: a value's control characters went raw into the message. */
  @Test
  void a_control_character_in_a_value_is_shown_by_its_code() throws Exception {
    Path f = text("escape.csv", CARAVAN + "\n2021,,KAZ,IRN,export,100199,H5,1\u001b[31m,,\n");
    ImportException e =
        refused(f, ImportFormat.CARAVAN, "2: value_usd: not a number: '1\\u001b[31m'");
    assertThat(e.getMessage()).doesNotContain("\u001b");
  }
}
