package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid files of each trade format (BACI, Caravan CSV, Comtrade), mutated at random with a seeded
 * {@link Random}: bytes, quotes, line endings, columns, encodings (UTF-16, Latin-1), huge numbers,
 * truncation (issue 11 §4). Whatever the file, the import either returns or throws {@link
 * ImportException} whose message is the importer's own words (no trace, no library text, no control
 * characters), and a refused file leaves every trade table as it was.
 */
class TradeFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20_261_205L);
  private static final int ITERATIONS = Integer.getInteger("fuzz.n", 60);
  private static final String[] BACI_CODES = {"4", "364", "398", "842", "251", "156", "643"};
  // HS 1992 codes (BaciPropertyImportTest checked them by hand), written as BACI writes numbers
  private static final String[] BACI_PRODUCTS = {"10111", "20110", "100190", "270900", "520100"};
  private static final String[] ISO3 = {"KAZ", "IRN", "CHN", "RUS", "TUR"};
  private static final String[] M49 = {"398", "364", "156", "643", "792"};
  // codes of HS 2017 (Caravan rows) and HS 2022 (Comtrade rows) that CaravanCsvImportTest and
  // comtrade-small.csv import
  private static final String[] CARAVAN_PRODUCTS = {"100199", "8703", "1001"};
  private static final String[] COMTRADE_PRODUCTS = {"100199", "0804"};
  // messages of the libraries underneath, which a user must never see
  private static final String[] FOREIGN = {
    "Exception",
    "\tat ",
    "Error:",
    "error:",
    "16777216",
    "state machine",
    "Expected Number of",
    "duckdb",
    "DuckDB",
    "fastcsv",
    "java.",
    "null"
  };

  @TempDir Path dir;

  @Test
  void mutated_files_are_imported_or_refused_in_words_leaving_the_store_as_it_was()
      throws Exception {
    Random random = new Random(SEED);
    int refused = 0;
    try (AnalyticsStore store = AnalyticsStore.inMemory()) {
      ImportService service = new ImportService(store, Countries.shipped());
      service.ensureSchema();
      for (ImportFormat format : ImportFormat.values()) {
        Path valid = dir.resolve(name(format, -1));
        Files.writeString(valid, String.join("\n", valid(format, random)) + "\n");
        assertThat(service.importFile(valid, ImportOptions.of(format), null).rowsKept())
            .isPositive();
      }
      for (int n = 0; n < ITERATIONS; n++) {
        ImportFormat format = ImportFormat.values()[n % 3];
        byte[] bytes = String.join("\n", valid(format, random)).getBytes(StandardCharsets.UTF_8);
        List<String> done = new ArrayList<>();
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
          int kind = random.nextInt(12);
          bytes = mutate(kind, bytes, random);
          done.add(String.valueOf(kind));
        }
        Path f = dir.resolve(name(format, n));
        Files.write(f, bytes);
        double share = random.nextInt(3) == 0 ? 0.5 : 0.0;
        String before = TradeReaderErrorsTest.dump(store);
        String what =
            "iteration " + n + ", " + format + ", mutations " + done + ": " + shown(bytes);
        try {
          service.importFile(f, new ImportOptions(format, share, null), null);
        } catch (ImportException e) {
          refused++;
          String message = e.getMessage();
          for (String foreign : FOREIGN) {
            assertThat(message).as(what).doesNotContain(foreign);
          }
          assertThat(message.chars().filter(ch -> ch < 0x20 && ch != '\n').count())
              .as("control characters in: " + message + " (" + what + ")")
              .isZero();
          assertThat(message).as(what).contains(f + " refused");
          assertThat(TradeReaderErrorsTest.dump(store)).as(what).isEqualTo(before);
        } catch (RuntimeException e) {
          fail(what + " threw " + e, e);
        }
      }
    }
    // by the seed: most mutations break a file, some leave it importable
    assertThat(refused).isBetween(ITERATIONS / 3, ITERATIONS - 1);
  }

  private static String name(ImportFormat format, int n) {
    return switch (format) {
      case BACI -> "BACI_HS92_Y2021_V" + n + ".csv";
      case CARAVAN -> "caravan-" + n + ".csv";
      case COMTRADE -> "comtrade-" + n + ".csv";
    };
  }

  /** A valid file of the format: a header and 3 to 12 rows of distinct keys. */
  private static List<String> valid(ImportFormat format, Random random) {
    List<String> lines = new ArrayList<>();
    int rows = 3 + random.nextInt(10);
    switch (format) {
      case BACI -> {
        lines.add("t,i,j,k,v,q");
        for (int r = 0; r < rows; r++) {
          String q = random.nextBoolean() ? "\"          NA\"" : (r + 1) + ".5";
          lines.add(
              String.join(
                  ",",
                  "2021",
                  BACI_CODES[r % BACI_CODES.length],
                  BACI_CODES[(r + 1 + r / BACI_CODES.length) % BACI_CODES.length],
                  BACI_PRODUCTS[random.nextInt(BACI_PRODUCTS.length)],
                  String.valueOf(1 + random.nextInt(9999)) + ".25",
                  q));
        }
      }
      case CARAVAN -> {
        lines.add(CaravanCsvImportTest.HEADER);
        for (int r = 0; r < rows; r++) {
          lines.add(
              String.join(
                  ",",
                  "2021",
                  String.valueOf(1 + r),
                  ISO3[r % ISO3.length],
                  ISO3[(r + 1) % ISO3.length],
                  random.nextBoolean() ? "export" : "import",
                  CARAVAN_PRODUCTS[random.nextInt(CARAVAN_PRODUCTS.length)],
                  "H5",
                  String.valueOf(random.nextInt(100_000)),
                  random.nextBoolean() ? "" : "12",
                  "t"));
        }
      }
      case COMTRADE -> {
        lines.add(TradeReaderErrorsTest.COMTRADE);
        for (int r = 0; r < rows; r++) {
          lines.add(
              String.join(
                  ",",
                  String.valueOf(2010 + r),
                  M49[r % M49.length],
                  M49[(r + 2) % M49.length],
                  random.nextBoolean() ? "X" : "M",
                  COMTRADE_PRODUCTS[random.nextInt(COMTRADE_PRODUCTS.length)],
                  String.valueOf(random.nextInt(1_000_000)),
                  "H6"));
        }
      }
    }
    return lines;
  }

  private static byte[] mutate(int kind, byte[] b, Random random) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length);
    String text = new String(b, StandardCharsets.ISO_8859_1);
    return switch (kind) {
      case 0 -> { // one byte, any value
        byte[] c = b.clone();
        if (c.length > 0) c[at] = (byte) random.nextInt(256);
        yield c;
      }
      case 1 -> insert(b, at, "\"");
      case 2 -> { // line endings: some LF become CRLF or CR
        String eol = random.nextBoolean() ? "\r\n" : "\r";
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toCharArray()) {
          sb.append(ch == '\n' && random.nextInt(3) == 0 ? eol : String.valueOf(ch));
        }
        yield latin1(sb.toString());
      }
      case 3 -> { // a column more or less on one line
        int comma = text.indexOf(',', at);
        yield comma < 0
            ? insert(b, at, ",x")
            : random.nextBoolean()
                ? latin1(text.substring(0, comma) + text.substring(comma + 1))
                : insert(b, comma, ",7");
      }
      case 4 -> { // another encoding, without a byte order mark
        Charset cs =
            List.of(
                    StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE,
                    StandardCharsets.ISO_8859_1)
                .get(random.nextInt(3));
        String utf8 = new String(b, StandardCharsets.UTF_8) + "Köln,";
        yield utf8.getBytes(cs);
      }
      case 5 -> { // a huge, tiny or non-finite number where a number was
        String[] numbers = {
          "1e400", "99999999999999999999999999", "-0", "NaN", "Infinity", "-1e-400"
        };
        int digit = indexOfDigit(text, at);
        yield digit < 0 ? b : insert(b, digit, numbers[random.nextInt(numbers.length)]);
      }
      case 6 -> java.util.Arrays.copyOf(b, at); // truncated
      case 7 -> insert(b, at, "\0");
      case 8 -> { // a line repeated
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        yield insert(b, start, line + "\n");
      }
      case 9 -> insert(b, at, new String(new char[] {0xC3, 0x28}));
      case 10 -> { // a UTF-8 byte order mark, twice at times
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(b);
        yield out.toByteArray();
      }
      default -> { // nothing but the header, or nothing at all
        int eol = text.indexOf('\n');
        yield random.nextBoolean() || eol < 0 ? new byte[0] : java.util.Arrays.copyOf(b, eol + 1);
      }
    };
  }

  private static int indexOfDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) return i;
    }
    return -1;
  }

  private static byte[] insert(byte[] b, int at, String latin1) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, at);
    out.writeBytes(latin1(latin1));
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * The file for a failure message: as text when it is short ASCII, else its first bytes in hex.
   */
  private static String shown(byte[] b) {
    byte[] head = java.util.Arrays.copyOf(b, Math.min(b.length, 400));
    return HexFormat.of().formatHex(head);
  }
}
