package caravan.trade;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import caravan.text.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reads all product flows between two countries from the DuckDB trade store, per direction one
 * query of {@code baci_flow} and one of {@code trade_flow} (each only when that table has rows),
 * the two directions at the same time; the profile is then computed from these rows in memory (a
 * pair has at most a few thousand products a year, while the store may hold tens of millions of
 * rows).
 */
final class FlowQuery {
  /** One product's value for a year from one report: yearly rows, or monthly rows summed. */
  record Row(Key key, double valueUsd, List<String> files) {}

  /** What rows of one product, year and report sum to. */
  record Key(
      int year,
      boolean yearly,
      String reporter,
      String flow,
      String source,
      String product,
      String hsRevision) {}

  // One direction at a time, with equality filters only: DuckDB then skips row groups by their
  // min/max (imports keep a file's order, BACI and Comtrade files come sorted by reporter code, and
  // the country ENUM lists countries in that numeric order, see FlowTypes), and
  // the few thousand rows of a pair are summed in Java faster than DuckDB would group them.
  private static final String DIRECTION_SQL =
      """
      SELECT year, month, enum_code(flow), enum_code(source), enum_code(product),
             enum_code(hs_revision), value_usd, batch_no
      FROM trade_flow WHERE reporter = ? AND partner = ?
      """;

  // Codes travel as their ENUM positions, a third cheaper to fetch than their text, and are named
  // here from the types' own label lists
  private static final String LABELS_SQL =
      """
      SELECT 'flow', unnest(enum_range(NULL::flow_direction))::VARCHAR UNION ALL
      SELECT 'source', unnest(enum_range(NULL::flow_source))::VARCHAR UNION ALL
      SELECT 'product', unnest(enum_range(NULL::hs_code))::VARCHAR UNION ALL
      SELECT 'edition', unnest(enum_range(NULL::hs_edition))::VARCHAR
      """;

  private record Labels(String[] flow, String[] source, String[] product, String[] edition) {}

  // BACI rows of a pair whose countries have one code each (most): equality filters, which DuckDB
  // turns into row-group skipping by min/max (files come sorted by exporter), half again as fast
  // as the IN lists that the rest need
  private static final String BACI_PAIR_SQL =
      "SELECT year, product, value_usd, batch_no FROM baci_flow WHERE exporter = ? AND importer = ?";

  // BACI rows by all codes of the two countries (ZAF 710/711 ...); a country with fewer repeats its
  // last, so that one statement serves every such pair
  private static String baciSql(int codes) {
    String some = String.join(", ", java.util.Collections.nCopies(codes, "?"));
    return "SELECT year, product, value_usd, batch_no FROM baci_flow WHERE exporter IN ("
        + some
        + ") AND importer IN ("
        + some
        + ")";
  }

  private static final String FILES_SQL =
      "SELECT batch_no, file_name, hs_revision FROM import_batch";

  private static final String ANY_SQL =
      """
      SELECT 1 FROM trade_flow WHERE reporter = ? AND partner = ? LIMIT 1
      """;

  // whether each table has rows: a store of BACI files alone is not asked about other sources
  private static final String TABLES_SQL =
      "SELECT EXISTS (SELECT 1 FROM trade_flow), EXISTS (SELECT 1 FROM baci_flow)";

  /** What the store holds, read again only after an import. */
  private record Contents(
      Map<String, String> files, Map<String, String> editions, boolean flows, boolean baci) {}

  private static final String BACI = ImportFormat.BACI.name();
  private final AnalyticsStore store;
  private final BaciCodes codes;
  // Preparing a DuckDB statement costs about a millisecond, as much as running it on a pair: each
  // thread keeps its own connection and statement (a DuckDB connection is not for sharing).
  private final ThreadLocal<PreparedStatement> direction = new ThreadLocal<>();
  private final ThreadLocal<PreparedStatement> baciPair = new ThreadLocal<>();
  private final ThreadLocal<PreparedStatement> baci = new ThreadLocal<>();
  // a few daemon threads that read the second direction of a pair, living as long as the program
  // so that each keeps its connection and statement
  private static final java.util.concurrent.ExecutorService READERS =
      java.util.concurrent.Executors.newFixedThreadPool(
          4,
          r -> {
            Thread t = new Thread(r, "caravan-flow-reader");
            t.setDaemon(true);
            return t;
          });
  private volatile Labels labels;
  private volatile Contents contents;
  private volatile long contentsGeneration = -1;

  FlowQuery(AnalyticsStore store, BaciCodes codes) {
    this.store = store;
    this.codes = codes;
  }

  // whether a pair has flows, asked by every dashboard view, changes only with an import
  private final com.github.benmanes.caffeine.cache.Cache<List<Object>, Boolean> anyKept =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1024).build();

  boolean any(String a, String b) {
    List<Object> key =
        List.of(store.generation(), a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a);
    Boolean kept = anyKept.getIfPresent(key);
    if (kept != null) return kept;
    boolean found = anyRead(a, b);
    anyKept.put(key, found);
    return found;
  }

  private boolean anyRead(String a, String b) {
    try (Connection c = store.connect();
        PreparedStatement ps = c.prepareStatement(ANY_SQL);
        PreparedStatement bs = c.prepareStatement(baciSql(codes.mostCodes()) + " LIMIT 1")) {
      for (String[] direction : new String[][] {{a, b}, {b, a}}) {
        ps.setString(1, direction[0]);
        ps.setString(2, direction[1]);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) return true;
        }
        bindCodes(bs, direction[0], direction[1]);
        try (ResultSet rs = bs.executeQuery()) {
          if (rs.next()) return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private void bindCodes(PreparedStatement ps, String exporter, String importer)
      throws SQLException {
    int n = codes.mostCodes();
    int[] e = codes.paddedCodes(exporter);
    int[] i = codes.paddedCodes(importer);
    for (int k = 0; k < n; k++) {
      ps.setInt(1 + k, e[k]);
      ps.setInt(1 + n + k, i[k]);
    }
  }

  /**
   * One row as read: year, month (null: the whole year), flow, source, product, revision, value,
   * batch.
   */
  private record Read(
      int year,
      Integer month,
      String flow,
      String source,
      String product,
      String revision,
      double value,
      String batch) {}

  /**
   * Every flow between {@code a} and {@code b} in either direction, by product and year; monthly
   * rows count only for months {@code firstMonth..lastMonth}.
   */
  PairFlows load(String a, String b, int firstMonth, int lastMonth) {
    List<Read> ab;
    List<Read> ba;
    Map<String, String> names;
    // the two directions sit in different row groups: B's rows are read on another thread while
    // this one reads A's, which halves the wait on a machine with a core to spare
    CompletableFuture<List<Read>> other = CompletableFuture.supplyAsync(() -> read(b, a), READERS);
    try {
      ab = read(a, b);
      ba = other.join();
      names = ab.isEmpty() && ba.isEmpty() ? Map.of() : contents().files();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof CaravanException ce ? ce : e;
    }
    Map<Key, Sum> sums = new java.util.LinkedHashMap<>();
    List<Row> rows = new ArrayList<>(ab.size() + ba.size());
    Map<String, List<String>> baciFiles = new java.util.HashMap<>();
    for (String[] direction : new String[][] {{a, b}, {b, a}}) {
      for (Read r : direction[0].equals(a) ? ab : ba) {
        boolean yearly = r.month() == null;
        if (!yearly && (r.month() < firstMonth || r.month() > lastMonth)) continue;
        Key key =
            new Key(
                r.year(), yearly, direction[0], r.flow(), r.source(), r.product(), r.revision());
        if (BACI.equals(r.source())) {
          // a BACI key is in one row (the import replaces by key, a country's codes as one):
          // nothing to sum, and a basket would sum repeats by product all the same
          List<String> files =
              baciFiles.computeIfAbsent(r.batch(), id -> List.of(names.getOrDefault(id, id)));
          rows.add(new Row(key, r.value(), files));
          continue;
        }
        Sum sum = sums.get(key);
        if (sum == null) sums.put(key, new Sum(r.value(), r.batch()));
        else sum.add(r.value(), r.batch());
      }
    }
    for (Map.Entry<Key, Sum> e : sums.entrySet()) {
      Key k = e.getKey();
      Sum sum = e.getValue();
      rows.add(new Row(k, sum.value, sum.files(names)));
    }
    return new PairFlows(a, b, firstMonth == 1 && lastMonth == 12, rows);
  }

  private List<Read> read(String reporter, String partner) {
    try {
      Contents have = contents();
      List<Read> out = new ArrayList<>();
      if (have.baci()) readBaci(reporter, partner, have.editions(), out);
      if (!have.flows()) return out;
      Labels l = labels();
      PreparedStatement ps = direction(direction, DIRECTION_SQL);
      ps.setString(1, reporter);
      ps.setString(2, partner);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int month = rs.getInt(2);
          Integer monthOrNull = rs.wasNull() ? null : month;
          out.add(
              new Read(
                  rs.getInt(1),
                  monthOrNull,
                  l.flow()[rs.getInt(3)],
                  l.source()[rs.getInt(4)],
                  l.product()[rs.getInt(5)],
                  l.edition()[rs.getInt(6)],
                  rs.getDouble(7),
                  Integer.toString(rs.getInt(8))));
        }
      }
      return out;
    } catch (SQLException e) {
      forget(direction);
      forget(baciPair);
      forget(baci);
      throw failure(e);
    }
  }

  /** BACI rows: reconciled exports of the reporter, a whole year each. */
  private void readBaci(
      String exporter, String importer, Map<String, String> editions, List<Read> out)
      throws SQLException {
    int[] e = codes.codes(exporter);
    int[] i = codes.codes(importer);
    PreparedStatement ps;
    if (e.length <= 1 && i.length <= 1) {
      ps = direction(baciPair, BACI_PAIR_SQL);
      ps.setInt(1, e.length == 0 ? -1 : e[0]);
      ps.setInt(2, i.length == 0 ? -1 : i[0]);
    } else {
      ps = direction(baci, baciSql(codes.mostCodes()));
      bindCodes(ps, exporter, importer);
    }
    try (ResultSet rs = ps.executeQuery()) {
      int lastBatch = Integer.MIN_VALUE;
      String batch = null;
      String edition = null;
      while (rs.next()) {
        int b = rs.getInt(4);
        if (b != lastBatch) {
          lastBatch = b;
          batch = Integer.toString(b);
          edition = editions.getOrDefault(batch, "H0");
        }
        out.add(
            new Read(
                rs.getInt(1),
                null,
                "export",
                BACI,
                BaciCodes.product(rs.getInt(2)),
                edition,
                rs.getDouble(3),
                batch));
      }
    }
  }

  /** The types' labels: fixed while the store is open (they are settled when it opens). */
  private Labels labels() throws SQLException {
    Labels l = labels;
    if (l != null) return l;
    Map<String, List<String>> lists = new java.util.HashMap<>();
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(LABELS_SQL)) {
      while (rs.next()) {
        lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    l =
        new Labels(
            lists.get("flow").toArray(String[]::new),
            lists.get("source").toArray(String[]::new),
            lists.get("product").toArray(String[]::new),
            lists.get("edition").toArray(String[]::new));
    labels = l;
    return l;
  }

  private PreparedStatement direction(ThreadLocal<PreparedStatement> kept, String sql)
      throws SQLException {
    PreparedStatement ps = kept.get();
    if (ps == null || ps.isClosed()) {
      Connection c = store.connect();
      try {
        ps = c.prepareStatement(sql);
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      kept.set(ps);
    }
    return ps;
  }

  private static void forget(ThreadLocal<PreparedStatement> kept) {
    PreparedStatement ps = kept.get();
    kept.remove();
    try {
      if (ps != null) ps.getConnection().close();
    } catch (SQLException e) {
      // a broken connection is dropped either way
    }
  }

  /**
   * Import batches are few (one per file): their names and editions are read whole, and which
   * tables have rows, again only after an import.
   */
  private Contents contents() {
    long generation = store.generation();
    Contents have = contents;
    if (have != null && contentsGeneration == generation) return have;
    Map<String, String> names = new java.util.HashMap<>();
    Map<String, String> editions = new java.util.HashMap<>();
    boolean flows;
    boolean baciRows;
    try (Connection c = store.connect();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(FILES_SQL)) {
        while (rs.next()) {
          names.put(rs.getString(1), rs.getString(2));
          if (rs.getString(3) != null) editions.put(rs.getString(1), rs.getString(3));
        }
      }
      try (ResultSet rs = s.executeQuery(TABLES_SQL)) {
        rs.next();
        flows = rs.getBoolean(1);
        baciRows = rs.getBoolean(2);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    have = new Contents(Map.copyOf(names), Map.copyOf(editions), flows, baciRows);
    contents = have;
    contentsGeneration = generation;
    return have;
  }

  /** A sum of values and the import batches they came from (mostly one). */
  private static final class Sum {
    double value;
    private final String batch;
    private java.util.TreeSet<String> more;

    Sum(double value, String batch) {
      this.value = value;
      this.batch = batch;
    }

    void add(double v, String b) {
      value += v;
      if (b.equals(batch)) return;
      if (more == null) more = new java.util.TreeSet<>(List.of(batch));
      more.add(b);
    }

    List<String> files(Map<String, String> names) {
      if (more == null) return List.of(names.getOrDefault(batch, batch));
      return more.stream().map(id -> names.getOrDefault(id, id)).toList();
    }
  }

  private static CaravanException failure(SQLException e) {
    return new CaravanException(
        Text.of("trd.err.query", String.valueOf(e.getMessage())),
        Map.of("field", "trade-store"),
        e);
  }
}
