package caravan.trade;

import static caravan.trade.ImportService.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The optimistic import of a BACI file. One statement reads the file with typed columns and writes
 * its rows as they are into {@code baci_flow} (seven numbers a row, no code translated), so the
 * import costs little more than DuckDB reading the file. The checks that need no row-by-row work
 * then run over the written rows in two scans. The first finds the ranges of years, values and
 * quantities (NaN and infinity caught) and the country and product codes used, a few thousand
 * distinct values checked against BACI's country table and the file's HS edition. The second (a
 * streaming {@code lag}) finds whether the keys rise strictly in file order (BACI files are sorted
 * by year, exporter, importer and product, so no key repeats; an unsorted file is counted instead).
 * What a typed read cannot take (a malformed line, a missing or non-numeric field, a wrong
 * encoding, a quantity that is neither a number nor NA) stops the statement.
 *
 * <p>When the file is not clean in any way, the transaction is rolled back, nothing has changed,
 * and the caller runs the detailed path ({@link Staging}), which finds and words every rejection.
 * Both paths leave the same rows ({@code BaciFastPathTest}).
 */
final class BaciFastPath {
  /** What came of the attempt: not clean (run the detailed path), imported, or imported before. */
  record Outcome(boolean clean, long kept, long importedBefore) {
    static final Outcome NOT_CLEAN = new Outcome(false, 0, -1);
  }

  private static final int PRODUCT_CODES = 1_000_000;
  private final Connection c;
  private final Path file;
  private final List<String> header;
  private final String revision;
  private final BaciCodes codes;

  BaciFastPath(Connection c, Path file, List<String> header, FormatSpec spec, BaciCodes codes) {
    this.c = c;
    this.file = file;
    this.header = header;
    this.revision = spec.columns.get("hs_rev").replace("'", "");
    this.codes = codes;
  }

  /**
   * Imports the file when it is clean, in one transaction with its batch record; otherwise leaves
   * the store as it was and says so.
   */
  Outcome attempt(String fileName, FileDigest digest, long bytes, LongConsumer progress)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      long batchNo = single(c, "SELECT coalesce(max(batch_no), 0) + 1 FROM import_batch");
      long kept;
      List<Integer> years;
      try (Statement s = c.createStatement()) {
        try (StatementProgress watching = StatementProgress.watch(s, bytes, progress)) {
          kept = s.executeUpdate(insert(batchNo));
        }
        // the file's identity is computed while the written rows are checked, not while DuckDB
        // reads it on every core
        digest.start();
        years = kept > 0 ? cleanYears(batchNo, kept) : null;
      } catch (SQLException notClean) {
        years = null;
        kept = 0;
      }
      if (years == null) {
        c.rollback();
        return Outcome.NOT_CLEAN;
      }
      String batch = digest.get();
      long before = Staging.intactBatchRows(c, batch);
      if (before >= 0) {
        c.rollback();
        return new Outcome(true, 0, before);
      }
      BaciTable.replaceEarlierRows(c, batchNo, codes, years);
      Staging.recordBatch(c, batch, batchNo, fileName, ImportFormat.BACI.name(), kept, revision);
      Staging.stopIfInterrupted();
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
    String columns = header.stream().map(h -> "'" + h + "': '" + type(h) + "'").toList().toString();
    return "INSERT INTO baci_flow SELECT t, i, j,"
        // k is read as a number so that no text is made of it; one with a fraction is no code
        + " CASE WHEN k = trunc(k) AND k BETWEEN 0 AND "
        + (PRODUCT_CODES - 1)
        + " THEN CAST(k AS INTEGER) ELSE error('not an HS code') END, v * 1000,"
        // BACI writes a missing quantity as NA, padded and quoted; the text is looked at only
        // where it is not a number
        + " CASE WHEN TRY_CAST(q AS DOUBLE) IS NOT NULL THEN TRY_CAST(q AS DOUBLE)"
        + " WHEN q IS NULL OR trim(q) IN ('NA', '') THEN NULL ELSE error('not a quantity') END, "
        + batchNo
        + " FROM read_csv('"
        + file.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " columns = {"
        + columns.substring(1, columns.length() - 1)
        + "})";
  }

  private static String type(String column) {
    return switch (column) {
      case "t", "i", "j" -> "SMALLINT";
      case "q" -> "VARCHAR";
      default -> "DOUBLE";
    };
  }

  /**
   * The years of the batch when its written rows pass every check the detailed path makes, else
   * null. One scan finds the ranges and the codes used (a few thousand distinct values, checked
   * here), a second whether the keys rise.
   */
  private List<Integer> cleanYears(long batchNo, long rows) throws SQLException {
    String batch = " FROM baci_flow WHERE batch_no = " + batchNo;
    List<Integer> years;
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT min(value_usd), max(value_usd), min(quantity), max(quantity),"
                    + " list(DISTINCT year), list(DISTINCT exporter), list(DISTINCT importer),"
                    + " list(DISTINCT product)"
                    + batch)) {
      r.next();
      // NaN sorts above every number, so a finite maximum says no value is NaN or infinite
      if (!(r.getDouble(1) >= 0) || !Double.isFinite(r.getDouble(2))) return null;
      r.getDouble(3);
      if (!r.wasNull() && (!(r.getDouble(3) >= 0) || !Double.isFinite(r.getDouble(4)))) {
        return null;
      }
      years = numbers(r, 5);
      if (years.stream().anyMatch(y -> y < 1900 || y > 2100)) return null;
      if (!countries(numbers(r, 6)) || !countries(numbers(r, 7))) return null;
      BitSet edition = editionCodes(revision);
      for (int k : numbers(r, 8)) {
        if (k < 0 || k >= PRODUCT_CODES || !edition.get(k)) return null;
      }
    }
    String key = "(((year::BIGINT * 1000 + exporter) * 1000 + importer) * 1000000 + product)";
    long steps =
        single(
            c,
            "SELECT count(*) FILTER (WHERE k <= p) FROM (SELECT "
                + key
                + " AS k, lag("
                + key
                + ") OVER () AS p"
                + batch
                + ")");
    boolean unique = steps == 0 || single(c, "SELECT count(DISTINCT " + key + ")" + batch) == rows;
    return unique ? years : null;
  }

  private static List<Integer> numbers(ResultSet r, int column) throws SQLException {
    Object[] values = (Object[]) r.getArray(column).getArray();
    List<Integer> out = new java.util.ArrayList<>(values.length);
    for (Object v : values) out.add(((Number) v).intValue());
    return out;
  }

  /** Every code names a country, and no two of them the same one. */
  private boolean countries(List<Integer> used) {
    Set<String> named = new HashSet<>();
    for (int code : used) {
      String iso3 = codes.iso3(code);
      if (iso3 == null || !named.add(iso3)) return false;
    }
    return true;
  }

  private static BitSet editionCodes(String revision) {
    BitSet bits = new BitSet(PRODUCT_CODES);
    for (String code : HsEditions.codes(revision)) {
      if (code.length() == 6 && code.chars().allMatch(Character::isDigit)) {
        bits.set(Integer.parseInt(code));
      }
    }
    return bits;
  }
}
