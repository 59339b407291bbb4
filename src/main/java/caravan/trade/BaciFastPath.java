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
 * then run over the written rows, each a scan of a column or a few: the ranges of years, values and
 * quantities (NaN and infinity caught); the country and product codes used, a few thousand distinct
 * values checked against BACI's country table and the file's HS edition; and (a streaming {@code
 * lag}) whether the keys rise strictly in file order (BACI files are sorted by year, exporter,
 * importer and product, so no key repeats; an unsorted file is counted instead). What a typed read
 * cannot take (a malformed line, a missing or non-numeric field, a wrong encoding, a quantity that
 * is neither a number nor NA) stops the statement.
 *
 * <p>When the file is not clean in any way, the transaction is rolled back, nothing has changed,
 * and the caller runs the detailed path ({@link Staging}), which finds and words every rejection.
 * Both paths leave the same rows ({@code BaciFastPathTest}).
 */
final class BaciFastPath {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BaciFastPath.class);

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
      long batchNo = 0;
      long kept;
      List<Integer> years;
      long started = System.nanoTime();
      long written = started;
      long checked = started;
      try {
        Written w = write(bytes, progress);
        batchNo = w.batchNo();
        kept = w.rows();
        // the file's identity is computed while the written rows are checked, not while DuckDB
        // reads it on every core
        written = System.nanoTime();
        digest.start();
        years = kept > 0 ? cleanYears(batchNo, kept) : null;
        checked = System.nanoTime();
      } catch (SQLException notClean) {
        // the detailed path will name what stopped the statement
        LOG.debug(
            "{}: not clean, to the detailed path: {}",
            fileName,
            String.valueOf(notClean.getMessage()).lines().findFirst().orElse(""));
        years = null;
        kept = 0;
      }
      if (years == null) {
        c.rollback();
        return Outcome.NOT_CLEAN;
      }
      String batch = digest.get();
      long digested = System.nanoTime();
      long before = Staging.intactBatchRows(c, batch);
      if (before >= 0) {
        c.rollback();
        return new Outcome(true, 0, before);
      }
      BaciTable.replaceEarlierRows(c, batchNo, codes, years);
      Staging.recordBatch(c, batch, batchNo, fileName, ImportFormat.BACI.name(), kept, revision);
      Staging.stopIfInterrupted();
      long recorded = System.nanoTime();
      c.commit();
      // where an import's time goes, for whoever measures it (--log-level debug)
      LOG.debug(
          "{}: written in {} ms, checked in {} ms, digest awaited {} ms, earlier rows replaced in"
              + " {} ms, committed in {} ms",
          fileName,
          (written - started) / 1_000_000,
          (checked - written) / 1_000_000,
          (digested - checked) / 1_000_000,
          (recorded - digested) / 1_000_000,
          (System.nanoTime() - recorded) / 1_000_000);
      return new Outcome(true, kept, -1);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Writes the file's rows, reading the quantity as a number with BACI's NA (as the file's first
   * lines pad it) a null, which costs a tenth less than reading it as text. A file that writes a
   * quantity otherwise further down is read again with the quantity as text, each looked at.
   */
  private record Written(long batchNo, long rows) {}

  private Written write(long bytes, LongConsumer progress) throws SQLException {
    String na = paddedNa();
    if (na != null) {
      long batchNo = nextBatchNo();
      // a statement of its own: DuckDB closes one whose statement failed
      try (Statement s = c.createStatement()) {
        StatementProgress watching = StatementProgress.watch(s, bytes, progress);
        boolean written = false;
        try {
          long rows = s.executeUpdate(insert(batchNo, na));
          written = true;
          return new Written(batchNo, rows);
        } catch (SQLException e) {
          if (!naSpelledOtherwise(e)) throw e;
          c.rollback();
        } finally {
          // after a failed read the bar is not filled: a second read reports from the start
          if (written) watching.close();
          else watching.abandon();
        }
      }
    }
    long batchNo = nextBatchNo();
    try (Statement s = c.createStatement();
        StatementProgress watching = StatementProgress.watch(s, bytes, progress)) {
      return new Written(batchNo, s.executeUpdate(insert(batchNo, null)));
    }
  }

  // read in the transaction that writes the rows, so that it is still free when they commit
  private long nextBatchNo() throws SQLException {
    return single(c, "SELECT coalesce(max(batch_no), 0) + 1 FROM import_batch");
  }

  private static final java.util.regex.Pattern NOT_CONVERTED =
      java.util.regex.Pattern.compile("column \"q\"\\. Could not convert string \"([^\"]*)\"");

  /**
   * Whether the typed read stopped at a quantity that is an NA padded otherwise (or empty): one the
   * text read takes. Any other error, a bad quantity included, goes to the detailed path without a
   * second read.
   */
  private static boolean naSpelledOtherwise(SQLException e) {
    java.util.regex.Matcher m = NOT_CONVERTED.matcher(String.valueOf(e.getMessage()));
    return m.find() && (m.group(1).isBlank() || m.group(1).trim().equals("NA"));
  }

  /**
   * The NA of the file's first lines as written inside its quotes (eleven spaces and NA in the
   * V202301 release), or null when none of them has one.
   */
  private String paddedNa() {
    byte[] head = new byte[1 << 16];
    int n;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (java.io.IOException e) {
      return null;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(",\"( *NA)\"\r?\n")
            .matcher(new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  /**
   * The statement that writes the rows: with {@code na} the quantity is read as a number and that
   * text (or a bare NA) is a null; without, the quantity is read as text and each is looked at.
   */
  private String insert(long batchNo, String na) {
    String columns =
        header.stream().map(h -> "'" + h + "': '" + type(h, na != null) + "'").toList().toString();
    String quantity =
        na != null
            ? " q, "
            // BACI writes a missing quantity as NA, padded and quoted; the text is looked at only
            // where it is not a number
            : " CASE WHEN TRY_CAST(q AS DOUBLE) IS NOT NULL THEN TRY_CAST(q AS DOUBLE)"
                + " WHEN q IS NULL OR trim(q) IN ('NA', '') THEN NULL"
                + " ELSE error('not a quantity') END, ";
    return "INSERT INTO baci_flow SELECT t, i, j,"
        // k is read as a number so that no text is made of it; one with a fraction is no code
        // (read as an INTEGER, DuckDB would round 10121.5 to 10122)
        + " CASE WHEN k = trunc(k) AND k BETWEEN 0 AND "
        + (PRODUCT_CODES - 1)
        + " THEN CAST(k AS INTEGER) ELSE error('not an HS code') END, v * 1000,"
        + quantity
        + batchNo
        + " FROM read_csv('"
        + file.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        // the null strings apply to every column: an NA elsewhere is a null that the table's
        // NOT NULL refuses, so the file goes to the detailed path, which names it
        + (na != null ? " nullstr = ['NA', '" + na.replace("'", "''") + "']," : "")
        + " columns = {"
        + columns.substring(1, columns.length() - 1)
        + "})";
  }

  private static String type(String column, boolean quantityAsNumber) {
    return switch (column) {
      case "t", "i", "j" -> "SMALLINT";
      case "q" -> quantityAsNumber ? "DOUBLE" : "VARCHAR";
      default -> "DOUBLE";
    };
  }

  /**
   * The years of the batch when its written rows pass every check the detailed path makes, else
   * null. Each check is a scan of one or a few columns (the codes used come back as a few thousand
   * distinct values, checked here): separate scans, as the rows are not committed yet and DuckDB
   * scans those faster one aggregate at a time than several in one statement.
   */
  private List<Integer> cleanYears(long batchNo, long rows) throws SQLException {
    String batch = " FROM baci_flow WHERE batch_no = " + batchNo;
    List<Integer> years = new java.util.ArrayList<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT min(year), max(year), min(value_usd), max(value_usd), min(quantity),"
                  + " max(quantity)"
                  + batch)) {
        r.next();
        int first = r.getInt(1);
        int last = r.getInt(2);
        if (first < 1900 || last > 2100) return null;
        // NaN sorts above every number, so a finite maximum says no value is NaN or infinite
        if (!(r.getDouble(3) >= 0) || !Double.isFinite(r.getDouble(4))) return null;
        r.getDouble(5);
        if (!r.wasNull() && (!(r.getDouble(5) >= 0) || !Double.isFinite(r.getDouble(6)))) {
          return null;
        }
        if (first == last) years.add(first);
      }
      // a BACI file is one year; a file of several says which
      if (years.isEmpty()) years.addAll(numbers(s, "SELECT DISTINCT year" + batch));
      if (!countries(numbers(s, "SELECT DISTINCT exporter" + batch))) return null;
      if (!countries(numbers(s, "SELECT DISTINCT importer" + batch))) return null;
      BitSet edition = editionCodes(revision);
      for (int k : numbers(s, "SELECT DISTINCT product" + batch)) {
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

  private static List<Integer> numbers(Statement s, String sql) throws SQLException {
    List<Integer> out = new java.util.ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) out.add(r.getInt(1));
    }
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
