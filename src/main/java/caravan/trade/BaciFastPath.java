package caravan.trade;

import static caravan.trade.ImportService.single;

import caravan.text.CaravanException;
import caravan.text.Countries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The optimistic import of a BACI file: one statement reads the file with typed columns and writes
 * its rows straight into {@code trade_flow}, checking every field on the way (known country codes,
 * 6-digit codes of the file's HS edition, finite non-negative numbers, a plausible year) and
 * failing on the first row that is not clean; a second pass over the written rows looks for
 * repeated keys. A BACI file is released clean, so this is the path its 11 million rows take: the
 * detailed path ({@link Staging}) reads every field as text into a staging table first, which costs
 * three times as much.
 *
 * <p>When the file is not clean in any way (a bad row, a malformed line, a repeated key), the
 * transaction is rolled back, nothing has changed, and the caller runs the detailed path, which
 * finds and words every rejection.
 */
final class BaciFastPath {
  /** What came of the attempt: not clean (run the detailed path), imported, or imported before. */
  record Outcome(boolean clean, long kept, long importedBefore) {
    static final Outcome NOT_CLEAN = new Outcome(false, 0, -1);
  }

  private final Connection c;
  private final Path file;
  private final List<String> header;
  private final String revision;
  private final Map<String, String> countryCodes;
  private final int countryCount;

  BaciFastPath(Connection c, Path file, List<String> header, FormatSpec spec, Countries countries) {
    this.c = c;
    this.file = file;
    this.header = header;
    this.revision = spec.columns.get("hs_rev").replace("'", "");
    this.countryCodes = spec.countryCodes(countries);
    this.countryCount = FlowTypes.countryLabels(countries).size();
  }

  /**
   * Imports the file when it is clean, in one transaction with its batch record; otherwise leaves
   * the store as it was and says so.
   */
  Outcome attempt(String fileName, Supplier<String> digest) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      long batchNo = single(c, "SELECT coalesce(max(batch_no), 0) + 1 FROM import_batch");
      long kept;
      try (Statement s = c.createStatement()) {
        kept = s.executeUpdate(insert(batchNo));
      } catch (SQLException notClean) {
        c.rollback();
        return Outcome.NOT_CLEAN;
      }
      if (single(c, "SELECT count(*) FROM fast_rejects") > 0 || repeatsAKey(batchNo, kept)) {
        c.rollback();
        return Outcome.NOT_CLEAN;
      }
      String batch = digest.get();
      long before = Staging.intactBatchRows(c, batch);
      if (before >= 0) {
        c.rollback();
        return new Outcome(true, 0, before);
      }
      replaceEarlierRows(batchNo);
      Staging.recordBatch(c, batch, batchNo, fileName, ImportFormat.BACI.name(), kept);
      if (Thread.currentThread().isInterrupted()) {
        throw new CaravanException("Import interrupted; nothing was imported");
      }
      c.commit();
      return new Outcome(true, kept, -1);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private String insert(long batchNo) {
    String countries = countryList();
    String columns = header.stream().map(h -> "'" + h + "': '" + type(h) + "'").toList().toString();
    return "INSERT INTO trade_flow SELECT 'BACI', t, NULL, reporter, partner, 'export', product, '"
        + revision
        + "', CASE WHEN t BETWEEN 1900 AND 2100 AND reporter IS NOT NULL AND partner IS NOT NULL"
        + " AND get_bit("
        + editionBits()
        + ", enum_code(product)) = 1 AND isfinite(v) AND v >= 0"
        + " AND (CASE WHEN quantity IS NULL THEN q IS NULL OR trim(q) IN ('NA', '')"
        + " ELSE isfinite(quantity) AND quantity >= 0 END) THEN v * 1000"
        + " ELSE error('not a clean row') END, quantity,"
        + " CASE WHEN quantity IS NULL THEN NULL ELSE 't' END, "
        + batchNo
        + " FROM (SELECT t, CASE WHEN i BETWEEN 0 AND 999 THEN "
        + countries
        + "[i + 1] END AS reporter, CASE WHEN j BETWEEN 0 AND 999 THEN "
        + countries
        + "[j + 1] END AS partner,"
        // BACI writes k as a number, so codes of chapters 01-09 lose their leading zero
        + " coalesce(TRY_CAST(k AS hs_code), TRY_CAST('0' || k AS hs_code)) AS product, v, q,"
        // BACI writes a missing quantity as NA, padded and quoted in some releases
        + " TRY_CAST(q AS DOUBLE) AS quantity"
        + " FROM read_csv('"
        + file.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " columns = {"
        + columns.substring(1, columns.length() - 1)
        + "}, store_rejects = true, rejects_table = 'fast_rejects', rejects_scan = 'fast_scans'))";
  }

  private static String type(String column) {
    return switch (column) {
      case "t", "i", "j" -> "SMALLINT";
      case "k", "q" -> "VARCHAR";
      default -> "DOUBLE";
    };
  }

  /** BACI code -> ISO3 as a list indexed by code + 1 (codes are below 1000). */
  private String countryList() {
    String[] byCode = new String[1000];
    countryCodes.forEach(
        (code, iso3) -> {
          int n = Integer.parseInt(code);
          if (n >= 0 && n < byCode.length) byCode[n] = iso3;
        });
    StringBuilder sb = new StringBuilder("CAST([");
    for (int n = 0; n < byCode.length; n++) {
      if (n > 0) sb.append(',');
      sb.append(byCode[n] == null ? "NULL" : "'" + byCode[n] + "'");
    }
    return sb.append("] AS flow_country[])").toString();
  }

  /** One bit per {@code hs_code} label: set for the 6-digit codes of the file's edition. */
  private String editionBits() {
    Set<String> codes = HsEditions.codes(revision);
    StringBuilder sb = new StringBuilder("'");
    for (String label : FlowTypes.productLabels()) {
      sb.append(label.length() == 6 && codes.contains(label) ? '1' : '0');
    }
    return sb.append("'::BITSTRING").toString();
  }

  /**
   * Whether two written rows share a key. Each key is a number (year, reporter, partner and product
   * by their ENUM positions); a bit per possible number shows a repeat as fewer bits than rows,
   * when that range is small enough (one BACI year: about 10^9 bits), else a distinct count.
   */
  private boolean repeatsAKey(long batchNo, long rows) throws SQLException {
    if (rows < 2) return false;
    long minYear;
    long years;
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT min(year), max(year) - min(year) + 1 FROM trade_flow WHERE batch_no = "
                    + batchNo)) {
      r.next();
      minYear = r.getLong(1);
      years = r.getLong(2);
    }
    long products = FlowTypes.productLabels().size();
    long range = years * countryCount * countryCount * products;
    String kid =
        "(((year - "
            + minYear
            + ")::BIGINT * "
            + countryCount
            + " + enum_code(reporter)) * "
            + countryCount
            + " + enum_code(partner)) * "
            + products
            + " + enum_code(product)";
    String distinct =
        range <= (1L << 30)
            ? "bit_count(bitstring_agg(" + kid + ", 0, " + (range - 1) + "))"
            : "count(DISTINCT " + kid + ")";
    return single(c, "SELECT " + distinct + " FROM trade_flow WHERE batch_no = " + batchNo) < rows;
  }

  /**
   * Rows of other BACI files with a key this file has are replaced, as the detailed path does: a
   * newer release of the same year takes the place of the older one.
   */
  private void replaceEarlierRows(long batchNo) throws SQLException {
    String others =
        " FROM trade_flow o WHERE o.source = 'BACI' AND o.batch_no <> "
            + batchNo
            + " AND o.year IN (SELECT DISTINCT year FROM trade_flow WHERE batch_no = "
            + batchNo
            + ")";
    if (single(c, "SELECT count(*)" + others) == 0) return;
    try (Statement s = c.createStatement()) {
      // the earlier rows are few next to a whole year: they are collected first, so the join with
      // the new rows hashes them and only streams the new ones
      s.execute(
          "CREATE TEMP TABLE earlier AS SELECT o.rowid AS rid, o.year, o.reporter, o.partner,"
              + " o.product"
              + others
              + " AND o.month IS NULL AND o.flow = 'export'");
      s.execute(
          "DELETE FROM trade_flow WHERE rowid IN (SELECT e.rid FROM trade_flow n JOIN earlier e"
              + " ON n.year = e.year AND n.reporter = e.reporter AND n.partner = e.partner"
              + " AND n.product = e.product WHERE n.batch_no = "
              + batchNo
              + ")");
      s.execute("DROP TABLE earlier");
    }
  }
}
