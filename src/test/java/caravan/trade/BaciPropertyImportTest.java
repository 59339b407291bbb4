package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomised BACI files with a seeded {@link Random}: a valid file (taking the one-statement path)
 * reads back as Java computes it from the file; one corrupted cell or one repeated line makes the
 * file refused and leaves the store as it was.
 */
class BaciPropertyImportTest {
  private static final long SEED = 20_251_211L;
  private static final int ITERATIONS = 25;
  // BACI codes whose ISO3 the shipped table gives (4 AFG, 364 IRN, 398 KAZ, 842 USA, 251 FRA)
  private static final String[] CODES = {"4", "364", "398", "842", "251", "156", "643"};
  // HS 1992 6-digit codes checked by hand in concordance_hs0_desc.csv; the first three lose their
  // leading zero when BACI writes them as numbers
  private static final String[] PRODUCTS = {
    "010111", "020110", "090111", "100190", "270900", "300490", "520100", "870323", "271019"
  };

  @TempDir Path dir;

  private record Line(String i, String j, String k, String v, String q) {
    String csv() {
      return String.join(",", "2021", i, j, k, v, q);
    }
  }

  @Test
  void valid_files_read_back_as_computed_and_corrupted_ones_change_nothing() throws Exception {
    Map<String, String> iso3 = BaciImportTest.baciCountries();
    Random random = new Random(SEED);
    try (AnalyticsStore store = AnalyticsStore.inMemory()) {
      ImportService service = new ImportService(store, Countries.shipped());
      service.ensureSchema();
      for (int n = 0; n < ITERATIONS; n++) {
        List<Line> lines = lines(random);
        // half the files sorted as BACI releases are (exporter, importer, product as numbers):
        // the fast path then proves unique keys by their rising order, else by counting them
        if (random.nextBoolean()) {
          lines.sort(
              java.util.Comparator.comparingInt((Line l) -> Integer.parseInt(l.i()))
                  .thenComparingInt(l -> Integer.parseInt(l.j()))
                  .thenComparingInt(l -> Integer.parseInt(l.k())));
        }
        String eol = random.nextBoolean() ? "\n" : "\r\n";
        Path valid = write("BACI_HS92_Y2021_v" + n + ".csv", lines, eol);
        ImportReport r =
            service.importFile(valid, new ImportOptions(ImportFormat.BACI, 0, "H0"), null);
        assertThat(r.rowsRejected()).isZero();
        Set<String> expected = new TreeSet<>();
        for (Line l : lines) expected.add(canonical(l, iso3));
        assertThat(rows(store, r)).isEqualTo(expected);

        Set<String> before = all(store);
        List<Line> bad = new ArrayList<>(lines);
        int at = random.nextInt(bad.size());
        Line o = bad.get(at);
        switch (random.nextInt(5)) {
          case 0 -> bad.set(at, new Line("9999", o.j(), o.k(), o.v(), o.q()));
          // 010190 is an HS 2017 code that HS 1992 lacks (in concordance_hs5_desc.csv, not hs0)
          case 1 -> bad.set(at, new Line(o.i(), o.j(), "010190", o.v(), o.q()));
          case 2 -> bad.set(at, new Line(o.i(), o.j(), o.k(), "-" + o.v(), o.q()));
          case 3 -> bad.set(at, new Line(o.i(), o.j(), o.k(), "1.2.3", o.q()));
          default -> bad.add(random.nextInt(bad.size() + 1), o);
        }
        Path corrupt = write("BACI_HS92_Y2021_c" + n + ".csv", bad, eol);
        ImportException e =
            catchThrowableOfType(
                ImportException.class,
                () ->
                    service.importFile(
                        corrupt, new ImportOptions(ImportFormat.BACI, 0, "H0"), null));
        assertThat(e).as("iteration %d", n).isNotNull();
        assertThat(e.report().rejections()).isNotEmpty();
        assertThat(all(store)).isEqualTo(before);
      }
    }
  }

  /** Up to 40 lines with distinct keys; values with three decimals, quantities or padded NA. */
  private static List<Line> lines(Random random) {
    List<Line> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int count = 1 + random.nextInt(40);
    for (int tries = 0; out.size() < count && tries < 400; tries++) {
      String i = CODES[random.nextInt(CODES.length)];
      String j = CODES[random.nextInt(CODES.length)];
      String k = PRODUCTS[random.nextInt(PRODUCTS.length)];
      if (i.equals(j) || !keys.add(i + "|" + j + "|" + k)) continue;
      String written = k.startsWith("0") && random.nextBoolean() ? k.substring(1) : k;
      String v = String.format(Locale.ROOT, "%.3f", random.nextDouble() * 5000);
      String q =
          random.nextInt(4) == 0
              ? "\"" + " ".repeat(random.nextInt(12)) + "NA\""
              : String.format(Locale.ROOT, "\"%12.3f\"", random.nextDouble() * 900);
      out.add(new Line(i, j, written, v, q));
    }
    return out;
  }

  /** A line as the store should hold it, computed here: ISO3, padded code, dollars, tonnes. */
  private static String canonical(Line l, Map<String, String> iso3) {
    String k = l.k().length() == 5 ? "0" + l.k() : l.k();
    String q = l.q().replace("\"", "").trim();
    Double quantity = q.equals("NA") ? null : Double.parseDouble(q);
    return String.join(
        "|",
        iso3.get(l.i()),
        iso3.get(l.j()),
        k,
        String.valueOf(Double.parseDouble(l.v()) * 1000),
        String.valueOf(quantity),
        quantity == null ? "null" : "t");
  }

  private Path write(String name, List<Line> lines, String eol) throws Exception {
    StringBuilder sb = new StringBuilder("t,i,j,k,v,q").append(eol);
    for (Line l : lines) sb.append(l.csv()).append(eol);
    return Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
  }

  private static Set<String> rows(AnalyticsStore store, ImportReport r) throws Exception {
    return query(
        store,
        "SELECT reporter || '|' || partner || '|' || product || '|' || value_usd || '|' ||"
            + " coalesce(quantity::VARCHAR, 'null') || '|' || coalesce(quantity_unit, 'null')"
            + " FROM flows WHERE batch_no = (SELECT batch_no FROM import_batch WHERE"
            + " file_name = '"
            + Path.of(r.file()).getFileName()
            + "')");
  }

  private static Set<String> all(AnalyticsStore store) throws Exception {
    return query(
        store, "SELECT concat_ws('|', batch_no, reporter, partner, product, value_usd) FROM flows");
  }

  private static Set<String> query(AnalyticsStore store, String sql) throws Exception {
    Set<String> out = new TreeSet<>();
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
