package caravan.trade;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a country imports from the exporters whose flows are loaded, by HS product, in US dollars:
 * no world-imports source is shipped, so this is the buyer's world demand only as far as the loaded
 * data reaches, and {@link #coverageText} says how far (the shipped BACI sample: Afghanistan's and
 * South Africa's exports). For a year where BACI rows show the country as importer ({@code
 * baci_flow}: reconciled flows), those are used; otherwise the country's own declared imports
 * ({@code trade_flow}: {@code reporter} = country, flow {@code import}). Never both, which would
 * count the same trade twice. Only whole-year rows ({@code month} null) count. Empty when the store
 * has no flows table or no rows.
 */
public final class WorldDemand {
  /** The basis of the figures for a year: reconciled BACI flows. */
  public static final String BACI = "BACI";

  /** The basis of the figures for a year: the country's own declared imports. */
  public static final String DECLARED = "declared imports";

  private static final String DECLARED_ROWS = "reporter = ? AND flow = 'import' AND month IS NULL";

  private final AnalyticsStore store;
  private final BaciCodes codes;
  private final Countries countries;

  public WorldDemand(AnalyticsStore store, Countries countries) {
    this.store = store;
    this.codes = new BaciCodes(countries);
    this.countries = countries;
  }

  /**
   * Exactly what {@link #imports(String, int)} covers, to be worded for a reader: "imports from the
   * loaded BACI exporters (Afghanistan, South Africa), 2021", or "declared imports from the 3
   * loaded partners, 2021". Never "the country's imports": the loaded rows are rarely the world.
   */
  public Text coverageText(String iso3, int year) {
    boolean baci = BACI.equals(basis(iso3, year));
    return query(
        Text.of("trd.demand.none"),
        c -> {
          java.util.Set<String> exporters = new java.util.HashSet<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  baci
                      ? "SELECT DISTINCT exporter FROM baci_flow WHERE year = ? AND "
                          + baciRows(iso3)
                      : "SELECT DISTINCT CAST(partner AS VARCHAR) FROM trade_flow WHERE year = ?"
                          + " AND "
                          + DECLARED_ROWS)) {
            s.setInt(1, year);
            if (!baci) s.setString(2, iso3);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                String code = baci ? codes.iso3(r.getInt(1)) : r.getString(1);
                exporters.add(code);
              }
            }
          }
          // each name worded in the reader's language, in the order of the English ones
          List<Object> names =
              exporters.stream()
                  .map(code -> countries.byIso3(code).<Object>map(x -> x).orElse(code))
                  .sorted(
                      java.util.Comparator.comparing(
                          x -> x instanceof caravan.text.Country k ? k.nameEn() : x.toString()))
                  .toList();
          return baci
              ? Text.of("trd.demand.baci", names, String.valueOf(year))
              : Text.of("trd.demand.declared", String.valueOf(names.size()), String.valueOf(year));
        });
  }

  /** BACI rows with the country as importer: its codes are numbers, written into the query. */
  private String baciRows(String iso3) {
    int[] c = codes.codes(iso3);
    return "importer IN ("
        + (c.length == 0
            ? "-1"
            : java.util.Arrays.stream(c)
                .mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(", ")))
        + ")";
  }

  /** The latest year with imports of the country (ISO3), by either basis; empty when none. */
  public OptionalInt latestYear(String iso3) {
    String sql =
        "SELECT greatest((SELECT max(year) FROM baci_flow WHERE "
            + baciRows(iso3)
            + "), (SELECT max(year) FROM trade_flow WHERE "
            + DECLARED_ROWS
            + "))";
    return query(
        OptionalInt.empty(),
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, iso3);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              int y = r.getInt(1);
              return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
            }
          }
        });
  }

  /** The basis used for the year: {@link #BACI} or {@link #DECLARED}. */
  public String basis(String iso3, int year) {
    return query(
        DECLARED,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT count(*) FROM baci_flow WHERE year = ? AND " + baciRows(iso3))) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1) > 0 ? BACI : DECLARED;
            }
          }
        });
  }

  /** Imports of the country (ISO3) in the year by HS product code, US dollars; sorted by code. */
  public Map<String, Double> imports(String iso3, int year) {
    boolean baci = BACI.equals(basis(iso3, year));
    return query(
        Map.of(),
        c -> {
          Map<String, Double> out = new TreeMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  baci
                      ? "SELECT product, sum(value_usd) FROM baci_flow WHERE year = ? AND "
                          + baciRows(iso3)
                          + " GROUP BY product"
                      : "SELECT product, sum(value_usd) FROM trade_flow WHERE year = ? AND "
                          + DECLARED_ROWS
                          + " GROUP BY product")) {
            s.setInt(1, year);
            if (!baci) s.setString(2, iso3);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                String product = baci ? BaciCodes.product(r.getInt(1)) : r.getString(1);
                out.put(product, r.getDouble(2));
              }
            }
          }
          return Collections.unmodifiableMap(out);
        });
  }

  /** Imports in the latest year with data; empty when none. */
  public Map<String, Double> imports(String iso3) {
    OptionalInt y = latestYear(iso3);
    return y.isPresent() ? imports(iso3, y.getAsInt()) : Map.of();
  }

  private interface Work<R> {
    R run(Connection c) throws SQLException;
  }

  private <R> R query(R none, Work<R> work) {
    try (Connection c = store.connect()) {
      if (!caravan.store.AnalyticsStore.hasTable(c, "trade_flow")) return none;
      return work.run(c);
    } catch (SQLException e) {
      throw new CaravanException(Text.of("trd.err.demand", e.getMessage()), java.util.Map.of(), e);
    }
  }
}
