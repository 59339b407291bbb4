package caravan.trade;

import static caravan.trade.ImportService.single;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What both BACI import paths and the store's upgrade do to {@code baci_flow} beyond inserting: a
 * newer file's rows take the place of an older file's rows with the same key, and rows an older
 * Caravan kept in {@code trade_flow} move here.
 */
final class BaciTable {
  private BaciTable() {}

  /**
   * Deletes rows of other batches whose key (year, exporter, importer, product) batch {@code
   * batchNo} has, as any import replaces what it reports again. Only those keys: rows of an older
   * release that the newer one no longer has stay (so a partial extract, like the shipped sample,
   * replaces nothing else), and the key has no HS edition, so two editions of one year mix. Codes
   * of one country are one key (BACI's 710 and 711 are both South Africa).
   */
  static void replaceEarlierRows(Connection c, long batchNo, BaciCodes codes) throws SQLException {
    // the batch's years, read once and written into the statements below as numbers
    java.util.List<Integer> found = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery("SELECT DISTINCT year FROM baci_flow WHERE batch_no = " + batchNo)) {
      while (r.next()) found.add(r.getInt(1));
    }
    replaceEarlierRows(c, batchNo, codes, found);
  }

  /** The same, for a batch whose years are known. */
  static void replaceEarlierRows(
      Connection c, long batchNo, BaciCodes codes, java.util.List<Integer> batchYears)
      throws SQLException {
    if (batchYears.isEmpty()) return;
    String years = String.join(", ", batchYears.stream().map(String::valueOf).toList());
    long others =
        single(
            c,
            "SELECT count(*) FROM baci_flow WHERE batch_no <> "
                + batchNo
                + " AND year IN ("
                + years
                + ")");
    if (others == 0) return;
    try (Statement s = c.createStatement()) {
      // each code with the first code of its country (baci_country, written at start)
      s.execute(
          "CREATE OR REPLACE TEMP TABLE baci_key AS SELECT code, min(code) OVER (PARTITION BY"
              + " iso3) AS country FROM baci_country");
      String keyed =
          " FROM baci_flow %1$s JOIN baci_key %1$se ON %1$se.code = %1$s.exporter"
              + " JOIN baci_key %1$si ON %1$si.code = %1$s.importer";
      // the earlier rows of those years are collected first, so the join with the new rows hashes
      // the few and streams the many
      s.execute(
          "CREATE OR REPLACE TEMP TABLE earlier AS SELECT o.rowid AS rid, o.year, oe.country AS e,"
              + " oi.country AS i, o.product"
              + String.format(keyed, "o")
              + " WHERE o.batch_no <> "
              + batchNo
              + " AND o.year IN ("
              + years
              + ")");
      s.execute(
          "DELETE FROM baci_flow WHERE rowid IN (SELECT x.rid"
              + String.format(keyed, "n")
              + " JOIN earlier x ON x.year = n.year AND x.e = ne.country AND x.i = ni.country"
              + " AND x.product = n.product WHERE n.batch_no = "
              + batchNo
              + exportersOf(s, codes)
              + ")");
      s.execute("DROP TABLE earlier");
      s.execute("DROP TABLE baci_key");
    }
  }

  /**
   * The new rows worth joining: those of the exporters the earlier rows have, written out so that
   * DuckDB skips the row groups of the others (a new year of every country against an earlier file
   * of a few); no filter when the earlier rows have many exporters.
   */
  private static String exportersOf(Statement s, BaciCodes codes) throws SQLException {
    java.util.TreeSet<Integer> exporters = new java.util.TreeSet<>();
    try (java.sql.ResultSet r = s.executeQuery("SELECT DISTINCT e FROM earlier")) {
      while (r.next()) {
        for (int code : codes.codes(codes.iso3(r.getInt(1)))) exporters.add(code);
      }
    }
    if (exporters.isEmpty() || exporters.size() > 50) return "";
    StringBuilder in = new StringBuilder(" AND n.exporter IN (");
    for (int code : exporters)
      in.append(in.charAt(in.length() - 1) == '(' ? "" : ", ").append(code);
    return in.append(')').toString();
  }

  /** Writes {@code baci_country} anew when it is not what this Caravan's tables say. */
  static void writeCountries(Connection c, BaciCodes codes) throws SQLException {
    StringBuilder values = new StringBuilder();
    int n = 0;
    for (int code = 0; code < BaciCodes.COUNTRY_CODES; code++) {
      String iso3 = codes.iso3(code);
      if (iso3 == null) continue;
      values.append(n++ == 0 ? "" : ", ").append('(').append(code).append(", '").append(iso3);
      values.append("')");
    }
    String rows = "(VALUES " + values + ") v(code, iso3)";
    if (single(c, "SELECT count(*) FROM baci_country") == n
        && single(
                c,
                "SELECT count(*) FROM baci_country b JOIN "
                    + rows
                    + " ON v.code = b.code AND v.iso3 = b.iso3")
            == n) {
      return;
    }
    InTransaction.run(
        c,
        () -> {
          try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM baci_country");
            s.execute("INSERT INTO baci_country SELECT code, iso3 FROM " + rows);
          }
          return null;
        });
  }

  /**
   * Moves the BACI rows a Caravan before {@code baci_flow} kept in {@code trade_flow} (ISO3 and
   * text codes) into it, with each country's first BACI code and the batch's edition; one
   * transaction, so a failure leaves the store as it was.
   */
  static void adoptOldRows(Connection c) throws SQLException {
    if (single(c, "SELECT count(*) FROM trade_flow WHERE source = 'BACI' LIMIT 1") == 0) return;
    InTransaction.run(
        c,
        () -> {
          try (Statement s = c.createStatement()) {
            // each country with its first code (baci_country, written at start)
            s.execute(
                "CREATE OR REPLACE TEMP TABLE baci_iso3 AS SELECT iso3, min(code) AS code FROM"
                    + " baci_country GROUP BY iso3");
            s.execute(
                "UPDATE import_batch b SET hs_revision = (SELECT any_value(t.hs_revision::VARCHAR)"
                    + " FROM trade_flow t WHERE t.batch_no = b.batch_no AND t.source = 'BACI')"
                    + " WHERE b.format = 'BACI' AND b.hs_revision IS NULL");
            long old = single(c, "SELECT count(*) FROM trade_flow WHERE source = 'BACI'");
            long moved =
                s.executeUpdate(
                    "INSERT INTO baci_flow SELECT t.year, e.code, i.code, CAST(t.product::VARCHAR AS INTEGER),"
                        + " t.value_usd, t.quantity, t.batch_no FROM trade_flow t"
                        + " JOIN baci_iso3 e ON e.iso3 = t.reporter::VARCHAR"
                        + " JOIN baci_iso3 i ON i.iso3 = t.partner::VARCHAR WHERE t.source = 'BACI'");
            if (moved != old) {
              throw new caravan.text.CaravanException(
                  caravan.text.Text.of("trd.err.baciCodes", String.valueOf(old - moved)),
                  java.util.Map.of());
            }
            s.execute("DELETE FROM trade_flow WHERE source = 'BACI'");
            s.execute("DROP TABLE baci_iso3");
          }
          return null;
        });
  }
}
