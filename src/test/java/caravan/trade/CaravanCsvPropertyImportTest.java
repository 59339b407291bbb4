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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomised round trips with a seeded {@link Random}: valid Caravan files import and read back
 * equal; one corrupted cell makes the file refused and leaves the store as it was.
 */
class CaravanCsvPropertyImportTest {
  private static final long SEED = 20_240_601L;
  private static final int ITERATIONS = 30;
  private static final String[] COUNTRIES = {"KAZ", "IRN", "CHN", "RUS", "TUR", "UZB", "WLD"};
  // codes checked by hand in concordance_hs0_desc.csv and concordance_hs5_desc.csv
  private static final Map<String, String[]> CODES =
      Map.of(
          "H0", new String[] {"1001", "100190", "2709", "270900", "72", "8703", "TOTAL"},
          "H5", new String[] {"1001", "100199", "270900", "72", "870323", "3004", "TOTAL"});

  @TempDir Path dir;

  record Row(
      int year,
      Integer month,
      String rep,
      String par,
      String flow,
      String product,
      String rev,
      String value,
      String qty,
      String unit) {
    String key() {
      return year + "|" + month + "|" + rep + "|" + par + "|" + flow + "|" + product;
    }

    String csv() {
      return String.join(
          ",",
          String.valueOf(year),
          month == null ? "" : String.valueOf(month),
          rep,
          par,
          flow,
          product,
          rev,
          value,
          qty == null ? "" : qty,
          unit == null ? "" : unit);
    }

    /** The row as read back: numbers as doubles parsed by Java. */
    String canonical() {
      return key()
          + "|"
          + rev
          + "|"
          + Double.parseDouble(value)
          + "|"
          + (qty == null ? null : Double.parseDouble(qty))
          + "|"
          + unit;
    }
  }

  static List<Row> generate(Random rnd) {
    int n = 1 + rnd.nextInt(40);
    List<Row> rows = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (rows.size() < n) {
      String rev = rnd.nextBoolean() ? "H0" : "H5";
      String[] codes = CODES.get(rev);
      String qty = rnd.nextInt(4) == 0 ? null : String.valueOf(rnd.nextInt(1_000_000) / 10.0);
      Row r =
          new Row(
              2000 + rnd.nextInt(25),
              rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(12),
              COUNTRIES[rnd.nextInt(COUNTRIES.length - 1)],
              COUNTRIES[rnd.nextInt(COUNTRIES.length)],
              rnd.nextBoolean() ? "export" : "import",
              codes[rnd.nextInt(codes.length)],
              rev,
              rnd.nextInt(5) == 0
                  ? String.valueOf(rnd.nextInt(1000))
                  : rnd.nextInt(100_000_000) + "." + String.format("%02d", rnd.nextInt(100)),
              qty,
              qty == null ? null : (rnd.nextBoolean() ? "kg" : "t"));
      if (keys.add(r.key())) rows.add(r);
    }
    return rows;
  }

  static Path write(Path f, List<Row> rows) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(CaravanCsvImportTest.HEADER);
    rows.forEach(r -> lines.add(r.csv()));
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  static Set<String> readBack(AnalyticsStore store, String batchFilter) throws Exception {
    Set<String> out = new HashSet<>();
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT year, month, reporter, partner, flow, product, hs_revision, value_usd,"
                    + " quantity, quantity_unit FROM trade_flow WHERE "
                    + batchFilter)) {
      while (r.next()) {
        Object month = r.getObject(2);
        Object qty = r.getObject(9);
        out.add(
            r.getInt(1)
                + "|"
                + (month == null ? null : ((Number) month).intValue())
                + "|"
                + r.getString(3)
                + "|"
                + r.getString(4)
                + "|"
                + r.getString(5)
                + "|"
                + r.getString(6)
                + "|"
                + r.getString(7)
                + "|"
                + r.getDouble(8)
                + "|"
                + (qty == null ? null : ((Number) qty).doubleValue())
                + "|"
                + r.getString(10));
      }
    }
    return out;
  }

  @Test
  void validFilesRoundTrip() throws Exception {
    Random rnd = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      try (AnalyticsStore store = AnalyticsStore.inMemory()) {
        ImportService service = new ImportService(store, Countries.shipped());
        List<Row> rows = generate(rnd);
        Path f = write(dir.resolve("valid" + i + ".csv"), rows);
        ImportReport report = service.importFile(f, ImportOptions.of(ImportFormat.CARAVAN), null);
        assertThat(report.rowsKept()).as("iteration %d", i).isEqualTo(rows.size());
        Set<String> expected = new HashSet<>();
        rows.forEach(r -> expected.add(r.canonical()));
        assertThat(readBack(store, "true")).as("iteration %d", i).isEqualTo(expected);
      }
    }
  }

  @Test
  void oneCorruptCellRefusesTheFileAndLeavesTheStore() throws Exception {
    Random rnd = new Random(SEED + 1);
    try (AnalyticsStore store = AnalyticsStore.inMemory()) {
      ImportService service = new ImportService(store, Countries.shipped());
      service.importFile(
          write(dir.resolve("base.csv"), generate(new Random(SEED + 2))),
          ImportOptions.of(ImportFormat.CARAVAN),
          null);
      for (int i = 0; i < ITERATIONS; i++) {
        List<Row> rows = generate(rnd);
        Path f = write(dir.resolve("bad" + i + ".csv"), rows);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        int line = 2 + rnd.nextInt(rows.size()); // physical line, header = 1
        String[] cells = lines.get(line - 1).split(",", -1);
        int kind = rnd.nextInt(8);
        String field;
        switch (kind) {
          case 0 -> {
            cells[0] = "19x5";
            field = "year";
          }
          case 1 -> {
            cells[1] = String.valueOf(13 + rnd.nextInt(80));
            field = "month";
          }
          case 2 -> {
            cells[2] = "QQ" + (char) ('A' + rnd.nextInt(26));
            field = "reporter";
          }
          case 3 -> {
            cells[4] = "sideways";
            field = "flow";
          }
          case 4 -> {
            cells[5] = String.format("00%04d", rnd.nextInt(10_000)); // chapter 00 does not exist
            field = "product";
          }
          case 5 -> {
            cells[6] = "H" + (7 + rnd.nextInt(3));
            field = "hs_revision";
          }
          case 6 -> {
            cells[7] = "-" + (1 + rnd.nextInt(1000));
            field = "value_usd";
          }
          default -> {
            cells[8] = "1,5".replace(",", "x");
            field = "quantity";
          }
        }
        lines.set(line - 1, String.join(",", cells));
        Files.write(f, lines, StandardCharsets.UTF_8);
        String before = CaravanCsvImportTest.checksum(store);
        ImportException e =
            catchThrowableOfType(
                ImportException.class,
                () -> service.importFile(f, ImportOptions.of(ImportFormat.CARAVAN), null));
        assertThat(e).as("iteration %d kind %d", i, kind).isNotNull();
        assertThat(e.report().rejections())
            .as("iteration %d", i)
            .anyMatch(r -> r.startsWith(f + ":" + line + ": " + field + ": "));
        assertThat(CaravanCsvImportTest.checksum(store)).isEqualTo(before);
      }
    }
  }
}
