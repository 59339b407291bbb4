package caravan.trade;

import caravan.text.Countries;
import caravan.text.Country;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The closed vocabularies of {@code trade_flow} as DuckDB ENUM types: countries, HS codes, HS
 * editions, sources and flow directions. A row then stores one or two bytes per code instead of a
 * string, which makes imports cheaper to write and, above all, lets DuckDB skip row groups: the
 * countries are listed in numeric (M49) order, the order BACI and Comtrade files come in, so a
 * pair's rows sit in one or two row groups whose min/max say so.
 *
 * <p>The vocabularies come from the shipped data. When a later Caravan ships other codes, the types
 * are rebuilt on opening (columns go through text and back), and a store written with text columns
 * is converted the same way; no row is lost because every stored code was validated against the
 * same data.
 */
final class FlowTypes {
  record EnumType(String name, List<String> labels, List<String> columns) {}

  private FlowTypes() {}

  static List<EnumType> all(Countries countries) {
    return List.of(
        new EnumType("flow_source", sources(), List.of("source")),
        new EnumType("flow_country", countryLabels(countries), List.of("reporter", "partner")),
        new EnumType("flow_direction", List.of("export", "import"), List.of("flow")),
        new EnumType("hs_code", productLabels(), List.of("product")),
        new EnumType("hs_edition", HsEditions.REVISIONS, List.of("hs_revision")));
  }

  private static List<String> sources() {
    return java.util.Arrays.stream(ImportFormat.values()).map(Enum::name).toList();
  }

  /**
   * Every ISO3 code an importer can write, in numeric order: Caravan's countries by M49, codes only
   * BACI's table has (former states) by BACI code, the BACI placeholders by theirs, WLD first.
   */
  static List<String> countryLabels(Countries countries) {
    Map<String, Integer> order = new TreeMap<>();
    order.put(FormatSpec.WORLD, 0);
    for (Country c : countries.all()) order.merge(c.iso3(), c.m49(), Math::min);
    FormatSpec.baciCountryCodes().forEach((code, iso3) -> order.putIfAbsent(iso3, code));
    List<String> labels = new ArrayList<>(order.keySet());
    labels.sort(
        java.util.Comparator.comparing((String iso3) -> order.get(iso3))
            .thenComparing(java.util.Comparator.naturalOrder()));
    return List.copyOf(labels);
  }

  /** The codes of every HS edition, and TOTAL (Comtrade's all-products row), in text order. */
  static List<String> productLabels() {
    TreeSet<String> codes = new TreeSet<>();
    for (String rev : HsEditions.REVISIONS) codes.addAll(HsEditions.codes(rev));
    codes.add("TOTAL");
    return List.copyOf(codes);
  }

  /** Creates the types, or rebuilds those whose labels changed; call before the table exists. */
  static void ensure(Connection c, List<EnumType> types) throws SQLException {
    boolean table = tableExists(c);
    for (EnumType t : types) {
      List<String> have = labels(c, t.name());
      if (have == null) {
        if (table) asText(c, t);
        exec(c, create(t));
      } else if (!have.equals(t.labels())) {
        if (table) asText(c, t);
        exec(c, "DROP TYPE " + t.name());
        exec(c, create(t));
        if (table) asEnum(c, t);
      }
    }
  }

  /** Converts the text columns of a store written before these types existed. */
  static void convertTextColumns(Connection c, List<EnumType> types) throws SQLException {
    for (EnumType t : types) {
      for (String col : t.columns()) {
        if ("VARCHAR".equals(columnType(c, col))) {
          exec(c, "ALTER TABLE trade_flow ALTER " + col + " TYPE " + t.name());
        }
      }
    }
  }

  private static void asText(Connection c, EnumType t) throws SQLException {
    for (String col : t.columns()) {
      if (columnType(c, col) != null && !"VARCHAR".equals(columnType(c, col))) {
        exec(c, "ALTER TABLE trade_flow ALTER " + col + " TYPE VARCHAR");
      }
    }
  }

  private static void asEnum(Connection c, EnumType t) throws SQLException {
    for (String col : t.columns())
      exec(c, "ALTER TABLE trade_flow ALTER " + col + " TYPE " + t.name());
  }

  private static String create(EnumType t) {
    StringBuilder sb = new StringBuilder("CREATE TYPE " + t.name() + " AS ENUM (");
    for (int i = 0; i < t.labels().size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append('\'').append(t.labels().get(i).replace("'", "''")).append('\'');
    }
    return sb.append(')').toString();
  }

  private static List<String> labels(Connection c, String type) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM duckdb_types() WHERE type_name = ? AND logical_type = 'ENUM'")) {
      ps.setString(1, type);
      try (ResultSet r = ps.executeQuery()) {
        r.next();
        if (r.getLong(1) == 0) return null;
      }
    }
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT unnest(enum_range(NULL::" + type + "))::VARCHAR")) {
      while (r.next()) out.add(r.getString(1));
    }
    return out;
  }

  private static boolean tableExists(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'trade_flow'"
                    + " AND database_name = current_database()")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  private static String columnType(Connection c, String column) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT data_type FROM duckdb_columns() WHERE table_name = 'trade_flow'"
                + " AND column_name = ? AND database_name = current_database()")) {
      ps.setString(1, column);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
