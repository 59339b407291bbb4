package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real BACI sample (CEPII BACI HS92 V202301, 2021, exports of Afghanistan and South Africa).
 * Every expected value is computed here by plain Java from the shipped files, not by the importer.
 */
class BaciImportTest {
  static final Path SAMPLE =
      Path.of("data/world_trade/baci_hs92_2021_V202301_sample_AFG_ZAF_exports.csv");

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

  /** The sample's data rows split plainly on commas (it has no commas inside quotes). */
  static List<String[]> sampleRows() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
  }

  /** Codes of one HS edition, read plainly: first field of each line, quotes removed. */
  static Set<String> editionCodes(int n) throws IOException {
    Set<String> codes = new HashSet<>();
    List<String> lines =
        Files.readAllLines(Path.of("data/classifications/concordance_hs" + n + "_desc.csv"));
    for (String l : lines.subList(1, lines.size())) {
      codes.add(l.substring(0, l.indexOf(',')).replace("\"", ""));
    }
    return codes;
  }

  /**
   * BACI code -> ISO3 read plainly from the BACI country table, its three N/A codes as the
   * documented placeholders, then any other code as UN M49 (the sample, V202301, has Italy as 380
   * where the V202201 table says 381).
   */
  static Map<String, String> baciCountries() throws IOException {
    Map<String, String> m = new HashMap<>();
    List<String> lines =
        Files.readAllLines(Path.of("data/countries/baci_country_codes_V202201.csv"));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      m.put(f[0], f[f.length - 1].replace("\"", ""));
    }
    m.putAll(Map.of("490", "S19", "697", "R20", "849", "PUS"));
    List<String> m49 = Files.readAllLines(Path.of("data/countries/UNSD-m49-en.csv"));
    for (String l : m49.subList(1, m49.size())) {
      // the last six fields follow the (maybe quoted) name: M49,ISO2,ISO3,LDC,LLDC,SIDS
      String[] f = l.split(",", -1);
      String iso3 = f[f.length - 4];
      String code = f[f.length - 6].replaceFirst("^0+", "");
      if (!iso3.isEmpty()) m.putIfAbsent(code, iso3);
    }
    return m;
  }

  static String pad(String k) {
    return k.length() == 5 ? "0" + k : k;
  }

  static long count(AnalyticsStore store, String sql) throws SQLException {
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static double number(AnalyticsStore store, String sql) throws SQLException {
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getDouble(1);
    }
  }

  @Test
  void importsTheRealSampleWithIndependentTotals() throws Exception {
    List<String[]> rows = sampleRows();
    Set<String> h0 = editionCodes(0);
    Map<String, String> baci = baciCountries();
    // expected: rows whose product or countries are unknown are rejected, all others kept
    long bad = 0;
    double sum = 0;
    long zafKaz = 0;
    for (String[] f : rows) {
      boolean ok =
          h0.contains(pad(f[3]))
              && baci.getOrDefault(f[1], "N/A").matches("[A-Z0-9]{3}")
              && baci.getOrDefault(f[2], "N/A").matches("[A-Z0-9]{3}");
      if (!ok) {
        bad++;
        continue;
      }
      sum += Double.parseDouble(f[4]) * 1000;
      if (f[1].equals("710") && f[2].equals("398")) zafKaz++;
    }
    AtomicLong progress = new AtomicLong();
    ImportReport report =
        service.importFile(SAMPLE, new ImportOptions(ImportFormat.BACI, 0.01, null), progress::set);

    assertThat(rows).hasSize(71_192); // PROVENANCE 4.3
    assertThat(report.rowsRead()).isEqualTo(rows.size());
    assertThat(report.rowsRejected()).isEqualTo(bad);
    assertThat(report.rowsKept()).isEqualTo(rows.size() - bad);
    assertThat(report.committed()).isTrue();
    assertThat(progress.get()).isEqualTo(Files.size(SAMPLE));
    assertThat(count(store, "SELECT count(*) FROM flows")).isEqualTo(rows.size() - bad);
    assertThat(number(store, "SELECT sum(value_usd) FROM flows"))
        .isCloseTo(sum, within(sum * 1e-12));
    assertThat(
            count(
                store,
                "SELECT count(*) FROM flows WHERE reporter = 'ZAF' AND partner = 'KAZ'"
                    + " AND flow = 'export' AND source = 'BACI' AND hs_revision = 'H0'"))
        .isEqualTo(zafKaz)
        .isPositive();
    System.out.printf(
        "BACI sample: %d rows in %.3f s (%.0f rows/s)%n",
        report.rowsRead(), report.seconds(), report.rowsRead() / report.seconds());
  }

  @Test
  void validatingAgainstHs2022RejectsTheCodesThatHs2022Lacks() throws Exception {
    Set<String> h6 = editionCodes(6);
    // the distinct HS92 codes ZAF exported to KAZ or IRN, and those missing from HS 2022
    Set<String> codes = new TreeSet<>();
    long rowsMissing = 0;
    long zafRowsMissing = 0;
    for (String[] f : sampleRows()) {
      boolean toPair = f[1].equals("710") && (f[2].equals("398") || f[2].equals("364"));
      if (toPair) codes.add(pad(f[3]));
      if (!h6.contains(pad(f[3]))) {
        rowsMissing++;
        if (toPair) zafRowsMissing++;
      }
    }
    long missing = codes.stream().filter(c -> !h6.contains(c)).count();
    assertThat(codes).hasSize(121); // PROVENANCE addendum
    assertThat(missing).isEqualTo(16); // PROVENANCE addendum

    ImportReport report =
        service.importFile(SAMPLE, new ImportOptions(ImportFormat.BACI, 1.0, "H6"), null);
    assertThat(report.rowsRejected()).isEqualTo(rowsMissing);
    assertThat(report.rejections().get(0))
        .contains(": k: HS code '")
        .contains("does not exist in H6");
    // the pair's rejected codes: exactly the 16 (as many distinct codes as rows missing here)
    assertThat(
            count(
                store,
                "SELECT count(DISTINCT product) FROM flows WHERE reporter = 'ZAF'"
                    + " AND partner IN ('KAZ', 'IRN')"))
        .isEqualTo(codes.size() - missing);
    assertThat(zafRowsMissing).isGreaterThanOrEqualTo(missing);
  }
}
