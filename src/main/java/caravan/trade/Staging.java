package caravan.trade;

import static caravan.trade.ImportService.single;

import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Text;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One file's staging, validation and commit, on one connection (temporary tables). */
final class Staging {
  private static final String[] CHECKS = {
    "year", "month", "rep", "par", "flow", "hs_rev", "product", "val", "qty"
  };
  private final Connection c;
  private final Path file;
  private final FormatSpec spec;
  private final List<String> header;
  private final Countries countries;
  private long staged;
  private long structural;
  private long rejectedRows;
  private long countryIds;
  private long productIds;
  private boolean detailed;
  private boolean duplicates;

  Staging(Connection c, Path file, FormatSpec spec, List<String> header, Countries countries) {
    this.c = c;
    this.file = file;
    this.spec = spec;
    this.header = header;
    this.countries = countries;
  }

  private static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** DuckDB reads the file into {@code stg}; malformed lines go to {@code stg_rejects}. */
  void load(long bytes, java.util.function.LongConsumer progress) throws SQLException {
    String cols =
        header.stream().map(h -> lit(h) + ": 'VARCHAR'").collect(Collectors.joining(", "));
    String select =
        spec.columns.entrySet().stream()
            .map(e -> e.getValue() + " AS " + e.getKey())
            .collect(Collectors.joining(", "));
    try (Statement st = c.createStatement();
        StatementProgress watching = StatementProgress.watch(st, bytes, progress)) {
      st.execute(
          "CREATE TEMP TABLE stg AS SELECT "
              + select
              + " FROM read_csv("
              + lit(file.toAbsolutePath().toString())
              + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
              + " columns = {"
              + cols
              + "}, store_rejects = true, rejects_table = 'stg_rejects',"
              + " rejects_scan = 'stg_scans')");
    }
    staged = single(c, "SELECT count(*) FROM stg");
    structural = single(c, "SELECT count(DISTINCT line) FROM stg_rejects");
    Map<String, String> codes = spec.countryCodes(countries);
    loadPairs("cc0", "code", "iso3", codes);
    // one id per ISO3: two codes of a file that name the same country (BACI's 710 South Africa and
    // 711 Southern African Customs Union are both ZAF) make the same stored key
    exec(
        "CREATE TEMP TABLE cc AS SELECT code, iso3, dense_rank() OVER (ORDER BY iso3) AS ix FROM cc0");
    List<String> revs =
        spec.format == ImportFormat.BACI
            ? List.of(spec.columns.get("hs_rev").replace("'", ""))
            : HsEditions.REVISIONS;
    exec("CREATE TEMP TABLE hs0 (rev VARCHAR, code VARCHAR)");
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO hs0 SELECT ?, unnest(string_split(?, ','))")) {
      for (String rev : revs) {
        ps.setString(1, rev);
        ps.setString(2, String.join(",", HsEditions.codes(rev)));
        ps.execute();
      }
    }
    // id: the same for a code in every edition (1..), so that it stands for the code's text
    exec(
        "CREATE TEMP TABLE hs AS SELECT rev, code, dense_rank() OVER (ORDER BY code) AS id FROM hs0");
    countryIds = single(c, "SELECT count(*) FROM cc") + 1;
    productIds = single(c, "SELECT count(DISTINCT code) FROM hs") + 1;
  }

  private void loadPairs(String table, String k, String v, Map<String, String> pairs)
      throws SQLException {
    exec("CREATE TEMP TABLE " + table + " (" + k + " VARCHAR, " + v + " VARCHAR)");
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " SELECT unnest(string_split(?, ',')), unnest(string_split(?, ','))")) {
      ps.setString(1, String.join(",", pairs.keySet()));
      ps.setString(2, String.join(",", pairs.values()));
      ps.execute();
    }
  }

  boolean hasInvalidEncoding() throws SQLException {
    return single(c, "SELECT count(*) FROM stg_rejects WHERE error_type = 'INVALID ENCODING'") > 0;
  }

  /**
   * One pass over {@code stg} writes {@code chk}: each row's converted columns and whether any
   * field is bad. Only when some row is bad, or some key repeats, are {@code bad} (each bad row
   * with its reasons) and {@code dup} (repeated keys) written, by the queries that word the
   * rejections.
   */
  void validate() throws SQLException {
    String checks = checks();
    String joins =
        " FROM stg s LEFT JOIN cc r ON r.code = s.rep LEFT JOIN cc p ON p.code = s.par"
            + " LEFT JOIN hs h ON h.rev = s.hs_rev AND h.code = s.product WHERE NOT s.skip";
    // the key (year, month, rep, par, flow, product) as one number, exact for rows without a bad
    // field: country codes and product codes by their ids, TOTAL as product 0
    String kid =
        "((((((TRY_CAST(s.year AS BIGINT) - 1900) * 13 + coalesce(TRY_CAST(s.month AS BIGINT), 0))"
            + " * 2 + CASE WHEN s.flow = 'import' THEN 1 ELSE 0 END) * "
            + countryIds
            + " + r.ix) * "
            + countryIds
            + " + p.ix) * "
            + productIds
            + " + CASE WHEN s.product = 'TOTAL' THEN 0 ELSE h.id END)";
    exec(
        "CREATE TEMP TABLE chk AS SELECT idx, coalesce(e_year, e_month, e_rep, e_par, e_flow,"
            + " e_hs_rev, e_product, e_val, e_qty) IS NOT NULL AS bad, year, month, reporter,"
            + " partner, rep_code, par_code, flow, product, hs_rev, value_usd, quantity, unit, kid"
            + " FROM (SELECT"
            + " s.rowid AS idx,"
            + checks
            + ", TRY_CAST(s.year AS SMALLINT) AS year, TRY_CAST(s.month AS TINYINT) AS month,"
            + " r.iso3 AS reporter, p.iso3 AS partner, TRY_CAST(s.rep AS SMALLINT) AS rep_code,"
            + " TRY_CAST(s.par AS SMALLINT) AS par_code, s.flow, s.product, s.hs_rev,"
            + " TRY_CAST(s.val AS DOUBLE) * "
            + spec.valueScale
            + " AS value_usd, TRY_CAST(s.qty AS DOUBLE) AS quantity, s.unit, "
            + kid
            + " AS kid"
            + joins
            + ")");
    long bad;
    long rows;
    long min;
    long max;
    try (Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT count(*) FILTER (bad), count(*), min(kid), max(kid) FROM chk")) {
      r.next();
      bad = r.getLong(1);
      rows = r.getLong(2);
      min = r.getLong(3);
      max = r.getLong(4);
    }
    if (bad == 0 && rows > 0) {
      // every row is good, so its key number is exact: a key repeats iff there are fewer distinct
      // numbers than rows. A bit per number over the range when that is small enough (each thread
      // holds one such bitstring: at most 64 MiB), else a distinct count.
      long distinct =
          max - min < (1L << 29)
              ? single(c, "SELECT bit_count(bitstring_agg(kid, " + min + ", " + max + ")) FROM chk")
              : single(c, "SELECT count(DISTINCT kid) FROM chk");
      duplicates = distinct < rows;
    }
    if (bad > 0 || duplicates) {
      detailed = true;
      exec(
          "CREATE TEMP TABLE bad AS SELECT * FROM (SELECT s.rowid AS idx,"
              + checks
              + joins
              + ") WHERE coalesce(e_year, e_month, e_rep, e_par, e_flow, e_hs_rev, e_product,"
              + " e_val, e_qty) IS NOT NULL");
      String key =
          "TRY_CAST(%1$syear AS INTEGER), TRY_CAST(%1$smonth AS INTEGER), %1$srep, %1$spar,"
              + " %1$sflow, %1$sproduct";
      // keys as stored: country codes by the ISO3 they name
      exec(
          "CREATE TEMP VIEW stgk AS SELECT s.rowid AS idx, s.year, s.month, coalesce(r.iso3, s.rep)"
              + " AS rep, coalesce(p.iso3, s.par) AS par, s.flow, s.product FROM stg s"
              + " LEFT JOIN cc r ON r.code = s.rep LEFT JOIN cc p ON p.code = s.par WHERE NOT s.skip");
      exec(
          "CREATE TEMP TABLE dup AS WITH k AS (SELECT hash("
              + String.format(key, "")
              + ") AS hk FROM stgk), c AS (SELECT hk FROM k GROUP BY hk HAVING"
              + " count(*) > 1), w AS (SELECT s.idx, min(s.idx) OVER (PARTITION BY "
              + String.format(key, "s.")
              + ") AS first_idx FROM stgk s WHERE hash("
              + String.format(key, "s.")
              + ") IN (SELECT hk FROM c)) SELECT idx, first_idx FROM w WHERE idx <> first_idx");
      duplicates = single(c, "SELECT count(*) FROM dup") > 0;
      rejectedRows =
          single(c, "SELECT count(*) FROM (SELECT idx FROM bad UNION SELECT idx FROM dup)")
              + structural;
    } else {
      rejectedRows = structural;
    }
  }

  /**
   * The check columns {@code e_year .. e_qty}: null when the field is good, else the reason as a
   * message key and its arguments, joined by {@link #SEP}, worded later in the reader's language.
   */
  private String checks() {
    String revs = HsEditions.REVISIONS.stream().map(Staging::lit).collect(Collectors.joining(", "));
    String years =
        HsEditions.REVISIONS.stream()
            .map(r -> " WHEN " + lit(r) + " THEN " + lit(ImportService.editionYear(r)))
            .collect(Collectors.joining());
    String flow =
        spec.format == ImportFormat.COMTRADE ? "trd.row.flowComtrade" : "trd.row.flowCaravan";
    String kind = spec.countryCodeKind;
    return " CASE WHEN coalesce(s.year, '') = '' THEN 'trd.row.missing'"
        + "  WHEN TRY_CAST(s.year AS INTEGER) IS NULL THEN 'trd.row.notYear' || chr(31) || s.year"
        + "  WHEN TRY_CAST(s.year AS INTEGER) NOT BETWEEN 1900 AND 2100"
        + "   THEN 'trd.row.yearRange' || chr(31) || s.year END AS e_year,"
        + " CASE WHEN s.month IS NULL THEN NULL"
        + "  WHEN coalesce(TRY_CAST(s.month AS INTEGER), 0) NOT BETWEEN 1 AND 12"
        + "   THEN 'trd.row.notMonth' || chr(31) || s.month END AS e_month,"
        + country("rep", "r", kind)
        + country("par", "p", kind)
        + " CASE WHEN coalesce(s.flow, '') = '' THEN 'trd.row.missing'"
        + "  WHEN s.flow NOT IN ('export', 'import') THEN '"
        + flow
        + "' || chr(31) || s.flow END AS e_flow,"
        + " CASE WHEN coalesce(s.hs_rev, '') = '' THEN 'trd.row.missing'"
        + "  WHEN s.hs_rev NOT IN ("
        + revs
        + ") THEN 'trd.row.hsRev' || chr(31) || s.hs_rev END AS e_hs_rev,"
        + " CASE WHEN coalesce(s.product, '') = '' THEN 'trd.row.missing'"
        + (spec.sixDigitsOnly
            ? "  WHEN length(s.product) <> 6 THEN 'trd.row.notHs6' || chr(31) || s.product"
            : "  WHEN s.product = 'TOTAL' THEN NULL")
        + "  WHEN h.code IS NULL AND s.hs_rev IN ("
        + revs
        + ") THEN 'trd.row.noHsCode' || chr(31) || s.hs_rev || chr(31) || CASE s.hs_rev"
        + years
        + " END || chr(31) || s.product END AS e_product,"
        + number("val", true)
        + number("qty", false);
  }

  /** Between a reason's key and its arguments in the check columns: no key or code holds it. */
  static final String SEP = "\u001f";

  /** A check column's reason, as {@link #checks} wrote it, worded by the bundles. */
  static Text reason(String coded) {
    String[] p = coded.split(SEP, 2);
    if (p.length == 1) return Text.of(p[0]);
    // the value as written comes last, whole even if it holds SEP: only an unknown HS code has
    // more arguments (the revision and its year) before it
    String[] args = p[1].split(SEP, p[0].equals("trd.row.noHsCode") ? 3 : 1);
    // a value is shown as written, but a control character (a terminal escape) as its code
    for (int i = 0; i < args.length; i++) args[i] = FileLines.printable(args[i]);
    return Text.of(p[0], (Object[]) args);
  }

  private static String country(String col, String alias, String kind) {
    return " CASE WHEN coalesce(s."
        + col
        + ", '') = '' THEN 'trd.row.missing' WHEN "
        + alias
        + ".iso3 IS NULL THEN 'trd.row.country."
        + kind
        + "' || chr(31) || s."
        + col
        + " END AS e_"
        + col
        + ",";
  }

  private static String number(String col, boolean required) {
    String v = "TRY_CAST(s." + col + " AS DOUBLE)";
    return " CASE WHEN s."
        + col
        + " IS NULL OR s."
        + col
        + " = '' THEN "
        + (required ? "'trd.row.missing'" : "NULL")
        + " WHEN "
        + v
        + " IS NULL OR NOT isfinite("
        + v
        + ") THEN 'trd.row.notNumber' || chr(31) || s."
        + col
        + " WHEN "
        + v
        + " < 0 THEN 'trd.row.negative' || chr(31) || s."
        + col
        + " END AS e_"
        + col
        + (required ? "," : "");
  }

  long rowsRead() {
    return staged + structural;
  }

  long rowsRejected() {
    return rejectedRows;
  }

  private record Rejection(long idx, boolean staged, String field, Text reason, long ref) {}

  /** The first {@link ImportService#SHOWN} rejections as {@code file:line: field: reason}. */
  List<Text> rejections(String name) throws SQLException {
    List<Rejection> all = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      if (!detailed)
        s.execute("CREATE TEMP TABLE IF NOT EXISTS dup (idx BIGINT, first_idx BIGINT)");
      try (ResultSet r =
          s.executeQuery(
              detailed
                  ? "SELECT * FROM bad ORDER BY idx LIMIT " + ImportService.SHOWN
                  : "SELECT 1 WHERE false")) {
        while (r.next()) {
          for (String check : CHECKS) {
            String reason = r.getString("e_" + check);
            if (reason != null) {
              all.add(
                  new Rejection(
                      r.getLong("idx"), true, spec.fieldNames.get(check), reason(reason), -1));
            }
          }
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT idx, first_idx FROM dup ORDER BY idx LIMIT " + ImportService.SHOWN)) {
        while (r.next()) {
          all.add(new Rejection(r.getLong(1), true, "row", null, r.getLong(2)));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT line, min(coalesce(column_name, 'row')), min(error_type),"
                  + " min(error_message) FROM stg_rejects GROUP BY line ORDER BY line LIMIT "
                  + ImportService.SHOWN)) {
        while (r.next()) {
          String type = r.getString(3);
          String field = "TOO MANY COLUMNS".equals(type) ? "row" : r.getString(2);
          all.add(new Rejection(r.getLong(1), false, field, inWords(type, r.getString(4)), -1));
        }
      }
    }
    Set<Long> rowIds = new HashSet<>();
    Set<Long> rejectLines = new HashSet<>();
    for (Rejection r : all) {
      if (r.staged()) {
        rowIds.add(r.idx());
        if (r.ref() >= 0) rowIds.add(r.ref());
      } else {
        rejectLines.add(r.idx());
      }
    }
    if (single(c, "SELECT count(*) FROM stg_rejects") > 0 && rejectLines.isEmpty()) {
      throw new IllegalStateException("reject lines missing");
    }
    FileLines.Mapping m = FileLines.map(file, rowIds, rejectLines);
    List<long[]> order = new ArrayList<>();
    List<Text> lines = new ArrayList<>();
    for (Rejection r : all) {
      long line =
          r.staged()
              ? m.byRowId().getOrDefault(r.idx(), r.idx() + 2)
              : m.byRejectLine().getOrDefault(r.idx(), r.idx());
      Text reason =
          r.ref() >= 0
              ? Text.of(
                  "trd.row.duplicate",
                  String.valueOf(m.byRowId().getOrDefault(r.ref(), r.ref() + 2)))
              : r.reason();
      order.add(new long[] {line, lines.size()});
      lines.add(Text.of("lang.imp.problem", name, String.valueOf(line), r.field(), reason));
    }
    order.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    List<Text> out = new ArrayList<>();
    for (long[] o : order) {
      if (out.size() == ImportService.SHOWN) break;
      out.add(lines.get((int) o[1]));
    }
    if (all.size() > out.size() || rejectedRows > out.size()) {
      out.add(Text.of("trd.row.inAll", String.valueOf(rejectedRows)));
    }
    return out;
  }

  private static final java.util.regex.Pattern COLUMN_COUNTS =
      java.util.regex.Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

  /** DuckDB's reason for setting a line aside, in Caravan's words rather than its reader's. */
  static Text inWords(String type, String message) {
    java.util.regex.Matcher m = COLUMN_COUNTS.matcher(String.valueOf(message));
    boolean counted = m.find();
    String has = counted ? m.group(1) : "";
    String found = counted ? m.group(2) : "";
    return switch (String.valueOf(type)) {
      case "MISSING COLUMNS" ->
          !counted
              ? Text.of("trd.row.tooFew")
              : found.equals("1")
                  ? Text.of("lang.imp.missingOne", has)
                  : Text.of("lang.imp.missing", found, has);
      case "TOO MANY COLUMNS" ->
          counted ? Text.of("trd.row.extra", found, has) : Text.of("trd.row.moreFields");
      case "UNQUOTED VALUE" -> Text.of("trd.row.unquoted");
      case "LINE SIZE OVER MAXIMUM" -> Text.of("trd.row.tooLong");
      case "INVALID ENCODING", "INVALID UNICODE" -> Text.of("trd.row.notUtf8");
      default -> Text.of("trd.row.unreadable");
    };
  }

  /** Rows of an earlier import of the same content, or -1 when it was not imported or changed. */
  static long intactBatchRows(Connection c, String batch) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT b.rows_kept, (SELECT count(*) FROM trade_flow t WHERE t.batch_no = b.batch_no)"
                + " + (SELECT count(*) FROM baci_flow t WHERE t.batch_no = b.batch_no)"
                + " FROM import_batch b WHERE b.batch_id = ?")) {
      ps.setString(1, batch);
      try (ResultSet r = ps.executeQuery()) {
        if (r.next() && r.getLong(1) == r.getLong(2)) return r.getLong(1);
      }
    }
    return -1;
  }

  /** Writes (or renews) the batch record of a file's content. */
  static void recordBatch(
      Connection c,
      String batch,
      long batchNo,
      String fileName,
      String source,
      long kept,
      String hsRevision)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_batch (batch_id, batch_no, file_name, format, rows_kept,"
                + " imported_at, hs_revision) VALUES (?, ?, ?, ?, ?, current_timestamp, ?)"
                + " ON CONFLICT (batch_id) DO UPDATE SET batch_no = excluded.batch_no,"
                + " file_name = excluded.file_name, rows_kept = excluded.rows_kept,"
                + " imported_at = excluded.imported_at, hs_revision = excluded.hs_revision")) {
      ps.setString(1, batch);
      ps.setLong(2, batchNo);
      ps.setString(3, fileName);
      ps.setString(4, source);
      ps.setLong(5, kept);
      ps.setString(6, hsRevision);
      ps.execute();
    }
  }

  /** Replaces the file's keys and writes its good rows and its batch, all in one transaction. */
  long commit(String batch, String fileName, BaciCodes codes) throws SQLException {
    if (spec.format == ImportFormat.BACI) return commitBaci(batch, fileName, codes);
    String source = spec.format.name();
    long batchNo = batchNo(batch);
    String rows =
        "SELECT "
            + lit(source)
            + " AS source, year, month, reporter, partner, flow, product, hs_rev, value_usd,"
            + " quantity, unit, "
            + batchNo
            + " FROM chk x"
            + (duplicates ? " ANTI JOIN dup d ON d.idx = x.idx" : "")
            + " WHERE NOT x.bad";
    return InTransaction.run(
        c,
        () -> {
          long kept;
          long existing =
              single(
                  c,
                  "SELECT count(*) FROM trade_flow WHERE source = "
                      + lit(source)
                      + " AND year IN (SELECT DISTINCT year FROM chk)");
          try (Statement s = c.createStatement()) {
            if (existing > 0) {
              s.execute("CREATE TEMP TABLE fresh AS " + rows);
              s.execute(
                  "DELETE FROM trade_flow t USING fresh f WHERE t.source = f.source AND t.year = f.year"
                      + " AND t.month IS NOT DISTINCT FROM f.month AND t.reporter = f.reporter"
                      + " AND t.partner = f.partner AND t.flow = f.flow AND t.product = f.product");
              kept = s.executeUpdate("INSERT INTO trade_flow SELECT * FROM fresh");
            } else {
              kept = s.executeUpdate("INSERT INTO trade_flow " + rows);
            }
          }
          recordBatch(c, batch, batchNo, fileName, source, kept, null);
          stopIfInterrupted();
          return kept;
        });
  }

  /**
   * BACI rows go to {@code baci_flow} with the file's own codes, as the fast path writes them; the
   * rows a former import of the same content left there are replaced with the rest.
   */
  private long commitBaci(String batch, String fileName, BaciCodes codes) throws SQLException {
    String revision = spec.columns.get("hs_rev").replace("'", "");
    long batchNo = batchNo(batch);
    return InTransaction.run(
        c,
        () -> {
          long kept;
          try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM baci_flow WHERE batch_no = " + batchNo);
            kept =
                s.executeUpdate(
                    "INSERT INTO baci_flow SELECT year, rep_code, par_code, CAST(product AS INTEGER),"
                        + " value_usd, quantity, "
                        + batchNo
                        + " FROM chk x"
                        + (duplicates ? " ANTI JOIN dup d ON d.idx = x.idx" : "")
                        + " WHERE NOT x.bad");
          }
          BaciTable.replaceEarlierRows(c, batchNo, codes);
          recordBatch(c, batch, batchNo, fileName, spec.format.name(), kept, revision);
          stopIfInterrupted();
          return kept;
        });
  }

  /** An interrupted import (a user's Ctrl-C) stops before its commit, so nothing is imported. */
  static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CaravanException(Text.of("trd.err.interrupted"), Map.of());
    }
  }

  /** The same content keeps its number; new content takes the next one. */
  private long batchNo(String batch) throws SQLException {
    return single(
        c,
        "SELECT coalesce((SELECT batch_no FROM import_batch WHERE batch_id = "
            + lit(batch)
            + "), (SELECT coalesce(max(batch_no), 0) + 1 FROM import_batch))");
  }
}
