package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §4: valid stated-figures files mutated at random (bytes, quotes, line endings, columns,
 * encodings, huge numbers, truncation, country codes) either import or are refused with a {@link
 * FiguresImportException} whose lines are words, never a trace or SQL; a refused file leaves the
 * figures tables byte for byte as they were. Seeded, so a failure names the seed and round that
 * reproduce it.
 */
class FiguresFuzzTest {
  @TempDir Path dir;

  @Test
  void mutatedFilesImportOrAreRefusedCleanlyOnH2() throws Exception {
    fuzz(TestStores.h2(), 20261205L, 200);
  }

  @Test
  void mutatedFilesImportOrAreRefusedCleanlyOnPostgres() throws Exception {
    fuzz(TestStores.postgres(), 20261206L, 40);
  }

  private void fuzz(RelationalStore store, long seed, int rounds) throws Exception {
    FiguresService service = new FiguresService(store.jdbi());
    service.loadShipped();
    Random random = new Random(seed);
    Path file = dir.resolve("fuzz.csv");
    int refused = 0;
    String before = FiguresDump.of(store.jdbi());
    for (int round = 0; round < rounds; round++) {
      String at = "seed " + seed + ", round " + round;
      byte[] bytes = mutated(valid(random), random);
      Files.write(file, bytes);
      try {
        service.importCsv(file, "fuzz");
        before = FiguresDump.of(store.jdbi());
      } catch (FiguresImportException e) {
        refused++;
        assertThat(e.getMessage())
            .as(at)
            .doesNotContain("\0", "\tat ", "SQL", "Exception", "caravan.", "java.")
            .startsWith("Rejected " + file);
        assertThat(e.problems()).as(at).isNotEmpty().allMatch(p -> p.startsWith(file + ":"));
        assertThat(FiguresDump.of(store.jdbi())).as(at).isEqualTo(before);
      } catch (RuntimeException e) {
        throw new AssertionError(at + ": " + e + " escaped for " + show(bytes), e);
      }
    }
    // the mutations are strong enough that most files are refused, and weak enough that some pass
    assertThat(refused).isBetween(rounds / 2, rounds - 1);
  }

  private static final String[] INDICATORS = {
    "trade_turnover", "exports", "imports", "trade_turnover_growth_yoy", "fdi_inflow"
  };

  /** A valid file of a few rows, some with quoted commas, line breaks and Cyrillic text. */
  private static String valid(Random random) {
    StringBuilder b = new StringBuilder(String.join(",", FiguresCsv.COLUMNS)).append('\n');
    int rows = 1 + random.nextInt(5);
    for (int i = 0; i < rows; i++) {
      String indicator = INDICATORS[random.nextInt(INDICATORS.length)];
      String direction =
          indicator.startsWith("exports")
              ? "KAZ->IRN"
              : indicator.startsWith("imports") ? "IRN->KAZ" : "total";
      String unit = indicator.endsWith("_yoy") ? "percent" : "USD_million";
      String low = String.valueOf(random.nextInt(1000));
      String quote =
          switch (random.nextInt(3)) {
            case 0 -> "q";
            case 1 -> "\"said, \"\"about\"\" " + low + "\"";
            default -> "\"товарооборот\nсоставил " + low + " млн\"";
          };
      b.append("F" + random.nextInt(50))
          .append(",KAZ,IRN,")
          .append(indicator)
          .append(',')
          .append(direction)
          .append(',')
          .append(2000 + random.nextInt(26))
          .append(",,,")
          .append(low)
          .append(',')
          .append(random.nextBoolean() ? low : "")
          .append(',')
          .append(unit)
          .append(",Customs,Kazinform,https://example.org/a/")
          .append(i)
          .append(",2025-12-11,")
          .append(quote)
          .append('\n');
    }
    return b.toString();
  }

  private static final String[] HUGE = {
    "1e300", "-1e20", "1e999999999", "NaN", "Infinity", "99999999999999999.5", "0.00001", "-7"
  };

  private static byte[] mutated(String text, Random random) {
    int mutations = 1 + random.nextInt(3);
    Charset charset = StandardCharsets.UTF_8;
    for (int m = 0; m < mutations; m++) {
      int at = text.isEmpty() ? 0 : random.nextInt(text.length());
      switch (random.nextInt(9)) {
        case 0 -> text = text.substring(0, at) + '"' + text.substring(at);
        case 1 -> text = text.replace("\n", random.nextBoolean() ? "\r\n" : "\r");
        case 2 -> text = text.substring(0, at) + (random.nextBoolean() ? "," : "") + tail(text, at);
        case 3 -> text = text.replaceFirst(",\\d+,", "," + HUGE[random.nextInt(HUGE.length)] + ",");
        case 4 -> text = text.substring(0, at);
        case 5 -> text = text.replaceFirst("KAZ,", randomCode(random) + ",");
        case 6 ->
            charset =
                List.of(
                        StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16,
                        StandardCharsets.ISO_8859_1)
                    .get(random.nextInt(3));
        case 7 -> text = "\ufeff" + text;
        default -> {
          // a line ending turned into another in one place only: mixed line endings
          int nl = text.indexOf('\n', at);
          if (nl >= 0) text = text.substring(0, nl) + "\r\n" + text.substring(nl + 1);
        }
      }
    }
    byte[] bytes = text.getBytes(charset);
    if (random.nextInt(4) == 0 && bytes.length > 0) {
      // raw bytes: a random one overwritten, as a damaged disk or a binary file has
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static String tail(String text, int at) {
    return at < text.length() ? text.substring(at + 1) : "";
  }

  private static String randomCode(Random random) {
    List<String> codes = new ArrayList<>(List.of("XXX", "kaz", "KA", "TUR", "IRN", "ZZZ"));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) b.append((char) ('A' + random.nextInt(26)));
    codes.add(b.toString());
    return codes.get(random.nextInt(codes.size()));
  }

  private static String show(byte[] bytes) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte x : bytes) {
      if (x >= 0x20 && x < 0x7f) b.write(x);
      else b.writeBytes(String.format("\\x%02x", x & 0xff).getBytes(StandardCharsets.US_ASCII));
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
