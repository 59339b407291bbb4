package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * import-figures refuses each bad file of issue 11 §3 with {@code file:line: field: reason} in
 * words, and the store stays as it was (a full dump of the figures tables compared before and
 * after), on H2 and on PostgreSQL. Each file is written here; each message is the one the reader is
 * meant to give, typed out by hand.
 */
class FiguresRefusalsTest {
  static final String HEADER = String.join(",", FiguresCsv.COLUMNS);

  /** A valid row but for what the arguments change. */
  static String row(String id, String a, String indicator, String low, String high, String unit) {
    return id
        + ","
        + a
        + ",IRN,"
        + indicator
        + ",total,2023,,,"
        + low
        + ","
        + high
        + ","
        + unit
        + ",,Ministry,https://example.org/"
        + id
        + ",,q";
  }

  static String good(String id) {
    return row(id, "KAZ", "trade_turnover", "100", "100", "USD_million");
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

  // one store per database for the class: a refused file leaves it as it was, which each test
  // checks, and the few files that import use ids of their own
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class Contract {
    RelationalStore store;
    FiguresService service;
    Path file;
    String before;

    abstract RelationalStore newStore();

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
      store = newStore();
      service = new FiguresService(store.jdbi());
      service.loadShipped();
      // one audited correction, so that the audit table is part of what must not move
      Path first = dir.resolve("first.csv");
      Files.writeString(first, HEADER + "\n" + good("E01") + "\n");
      service.importCsv(first, "analyst");
      file = dir.resolve("bad.csv");
    }

    @BeforeEach
    void dump() throws Exception {
      before = FiguresDump.of(store.jdbi());
    }

    /** Imports {@code bytes}; asserts the problems listed and that nothing in the store moved. */
    void refused(byte[] bytes, String... problems) throws Exception {
      Files.write(file, bytes);
      assertThatThrownBy(() -> service.importCsv(file, "analyst"))
          .isInstanceOf(FiguresImportException.class)
          .satisfies(
              e -> {
                List<String> listed = ((FiguresImportException) e).problems();
                String[] expected = new String[problems.length];
                for (int i = 0; i < problems.length; i++) expected[i] = file + ":" + problems[i];
                assertThat(listed).containsExactly(expected);
                assertThat(e.getMessage()).doesNotContain("\0").doesNotContain("Exception");
              });
      assertThat(FiguresDump.of(store.jdbi())).isEqualTo(before);
    }

    void refused(String text, String... problems) throws Exception {
      refused(text.getBytes(StandardCharsets.UTF_8), problems);
    }

    @Test
    void anUnknownCountryCodeIsRefused() throws Exception {
      // XXX has the form of an ISO alpha-3 code but names no country of the UN M49 list
      refused(
          HEADER
              + "\n"
              + good("G01")
              + "\n"
              + row("B01", "XXX", "exports", "1", "1", "USD_million"),
          "3: pair_a: unknown country code 'XXX': it is no ISO 3166 alpha-3 code of the UN M49"
              + " list; use one such as KAZ");
    }

    @Test
    void aNegativeAmountIsRefusedButANegativeGrowthRateOrNetFdiInflowIsNot() throws Exception {
      refused(
          HEADER + "\n" + row("B01", "KAZ", "trade_turnover", "-5", "-5", "USD_million") + "\n",
          "2: value_low: negative value -5: trade_turnover cannot be below zero (only growth rates"
              + " and net FDI inflows may be)",
          "2: value_high: negative value -5: trade_turnover cannot be below zero (only growth"
              + " rates and net FDI inflows may be)");
      refused(
          HEADER + "\n" + row("B02", "KAZ", "exports", "", "-0.5", "USD_million"),
          "2: value_high: negative value -0.5: exports cannot be below zero (only growth rates and"
              + " net FDI inflows may be)");
      Files.writeString(
          file,
          HEADER
              + "\n"
              + row("N01", "KAZ", "trade_turnover_growth_yoy", "-12.5", "-12.5", "percent")
              + "\n"
              + row("N02", "KAZ", "fdi_inflow", "-3", "-3", "USD_million")
              + "\n");
      assertThat(service.importCsv(file, "analyst")).isEqualTo(2);
      assertThat(service.figure("KAZ", "IRN", "N01").orElseThrow().valueLow())
          .isEqualTo(new BigDecimal("-12.5"));
    }

    @Test
    void valuesOutOfRangeAreRefused() throws Exception {
      // NUMERIC(20,4): 16 digits before the point; 1e300 has 301, 1e16 has 17, 9999999999999999
      // (16 nines) fits
      refused(
          HEADER
              + "\n"
              + row("B01", "KAZ", "exports", "1e300", "", "USD_million")
              + "\n"
              + row("B02", "KAZ", "exports", "10000000000000000", "", "USD_million")
              + "\n"
              + row("B03", "KAZ", "exports", "NaN", "Infinity", "USD_million")
              + "\n"
              + row("B04", "KAZ", "exports", "1.23456", "", "USD_million")
              + "\n"
              + row("B05", "KAZ", "exports", "1e999999999", "", "USD_million")
              + "\n"
              + row("B06", "KAZ", "exports", "9999999999999999", "", "USD_million")
              + "\n",
          "2: value_low: '1e300' is out of range: at most 16 digits before the decimal point",
          "3: value_low: '10000000000000000' is out of range: at most 16 digits before the"
              + " decimal point",
          "4: value_low: bad number 'NaN': use digits with a dot, such as 516.3",
          "4: value_high: bad number 'Infinity': use digits with a dot, such as 516.3",
          "5: value_low: '1.23456' has more than 4 decimal places: the store would round it; round"
              + " it in the file",
          "6: value_low: '1e999999999' is out of range: at most 16 digits before the decimal"
              + " point");
    }

    @Test
    void aDateThePostgresqlDateTypeCannotHoldIsRefused() throws Exception {
      refused(
          HEADER + "\n" + good("B01").replace(",,q", ",+999999999-12-31,q"),
          "2: source_date: bad date '+999999999-12-31': use an ISO date such as 2025-12-11");
    }

    @Test
    void aPeriodThatDoesNotParseAndAnUnknownIndicatorOrUnitAreRefused() throws Exception {
      refused(
          HEADER
              + "\n"
              + good("B01").replace(",2023,", ",Q1 2023,")
              + "\n"
              + row("B02", "KAZ", "exports_total", "1", "1", "USD_million")
              + "\n"
              + row("B03", "KAZ", "exports", "1", "1", "USD_bn")
              + "\n"
              + row("B04", "KAZ", "product_exports:" + "w".repeat(90), "1", "1", "tonnes"),
          "2: period: Bad period 'Q1 2023': it matches none of the accepted forms. Accepted forms: "
              + Period.ACCEPTED_FORMS,
          "3: indicator: unknown indicator 'exports_total' (see data/figures/PROVENANCE.md)",
          "4: unit: unknown unit 'USD_bn': use one of USD_million, count, million_tonnes,"
              + " million_tonnes_per_year, percent, tonnes",
          // a product name longer than the indicator column holds, shown cut short
          "5: indicator: unknown indicator 'product_exports:"
              + "w".repeat(41)
              + "...' (see data/figures/PROVENANCE.md)");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
      refused(new byte[0], "1: header: the file is empty: expected the header line " + HEADER);
      refused("\n\n", "1: header: the file is empty: expected the header line " + HEADER);
    }

    @Test
    void utf16TextIsRefusedWithoutNulsInTheMessage() throws Exception {
      String text = HEADER + "\n" + good("B01") + "\n";
      refused(
          text.getBytes(StandardCharsets.UTF_16LE),
          "1: encoding: a NUL byte at line 1, as UTF-16 text saved without a byte order mark or a"
              + " binary file has: save the file as UTF-8 text");
      refused(
          text.getBytes(StandardCharsets.UTF_16BE),
          "1: encoding: a NUL byte at line 1, as UTF-16 text saved without a byte order mark or a"
              + " binary file has: save the file as UTF-8 text");
      // Java's UTF_16 writes the big-endian mark FE FF
      refused(
          text.getBytes(StandardCharsets.UTF_16),
          "1: encoding: the file is UTF-16 text (it begins with the byte order mark FE FF): save"
              + " it as UTF-8");
    }

    @Test
    void latin1AndBinaryFilesAreRefusedAtTheLineOfTheFirstBadByte() throws Exception {
      // é is E9 in Latin-1, a lone continuation-less lead byte in UTF-8; it is on line 3
      refused(
          (HEADER + "\n" + good("B01") + "\n" + good("B02").replace(",q", ",café"))
              .getBytes(StandardCharsets.ISO_8859_1),
          "3: encoding: not UTF-8 text at line 3 (byte 0xE9, as a Latin-1, Windows code page or"
              + " binary file has): save the file as UTF-8");
      // the first bytes of a PNG image
      refused(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "1: encoding: not UTF-8 text at line 1 (byte 0x89, as a Latin-1, Windows code page or"
              + " binary file has): save the file as UTF-8");
    }

    @Test
    void aStrayQuoteIsOneLineSayingSo() throws Exception {
      // the quote of line 3 opens and is never closed: it would swallow the rest of the file
      refused(
          HEADER
              + "\n"
              + good("B01")
              + "\n"
              + good("B02").replace(",q", ",\"he said q")
              + "\n"
              + good("B03")
              + "\n",
          "3: row: a double quote (\") opens a field on this line that is never closed: close it,"
              + " or write a quote inside a quoted field twice (\"\")");
      refused(
          HEADER + "\n" + good("B01").replace(",q", ",\"he said\" q"),
          "2: row: text follows a closing double quote (\"): a quote inside a quoted field is"
              + " written twice (\"\")");
      // closed a line further down, taking the next row in as part of one field
      refused(
          HEADER
              + "\n"
              + good("B01").replace(",Ministry,", ",\"Ministry,")
              + "\n"
              + good("B02")
              + "\",x\n",
          "2: row: expected 16 fields, found 14: a field runs over several lines, so a double quote"
              + " (\") is probably opened and not closed where it should be; a quote inside a"
              + " quoted field is written twice (\"\")");
    }

    @Test
    void mixedLineEndingsReadAsLinesAndABadRowIsOneLineAtItsLine() throws Exception {
      // LF, CR LF and a lone CR each end a line, as editors count them
      refused(
          HEADER
              + "\r\n"
              + good("B01")
              + "\n"
              + good("B02")
              + "\r"
              + row("B03", "KAZ", "exports", "1", "1", "USD_bn")
              + "\r\n",
          "4: unit: unknown unit 'USD_bn': use one of USD_million, count, million_tonnes,"
              + " million_tonnes_per_year, percent, tonnes");
      Files.writeString(
          file, HEADER + "\r\n" + good("M01") + "\n" + good("M02") + "\r" + good("M03") + "\r\n");
      assertThat(service.importCsv(file, "analyst")).isEqualTo(3);
    }

    @Test
    void aHeaderOnlyFileImportsNothingAndRecordsNothing() throws Exception {
      Files.writeString(file, HEADER + "\n");
      assertThat(service.importCsv(file, "analyst")).isZero();
      // no audit row, no raised data version: the dump is as it was
      assertThat(FiguresDump.of(store.jdbi())).isEqualTo(before);
    }

    @Test
    void aGarbageFileListsTheFirstProblemsAndCountsTheRest() throws Exception {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 5000; i++) b.writeBytes("garbage\n".getBytes(StandardCharsets.UTF_8));
      Files.write(file, b.toByteArray());
      assertThatThrownBy(() -> service.importCsv(file, "analyst"))
          .isInstanceOf(FiguresImportException.class)
          .hasMessageStartingWith("Rejected " + file + " (5000 problem(s), nothing written):\n")
          .hasMessageEndingWith("\n... and 4900 more problem(s) not listed")
          .satisfies(
              e ->
                  assertThat(((FiguresImportException) e).problems())
                      .hasSize(FiguresCsv.PROBLEMS_KEPT)
                      .startsWith(file + ":2: row: expected 16 fields, found 1"));
      assertThat(FiguresDump.of(store.jdbi())).isEqualTo(before);
    }
  }
}
