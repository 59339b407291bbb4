package caravan.trade;

import caravan.text.Countries;
import caravan.text.Country;
import caravan.text.ShippedData;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one format's columns become Caravan's normalised staging columns. Every staging column is
 * text, computed in SQL while DuckDB reads the file: {@code year, month, rep, par, flow, product,
 * hs_rev, val, qty, unit, skip}. Validation and conversion then run on the staging table.
 *
 * <p>Decisions, per format:
 *
 * <ul>
 *   <li>BACI: reporter = exporter {@code i}, partner = importer {@code j}, flow export; a 5-digit
 *       {@code k} lost its leading zero and is padded; {@code v} is thousand USD (x 1000); {@code
 *       q} tonnes, {@code NA} or blank = no quantity. BACI country codes come from {@code
 *       baci_country_codes_V202201.csv}; its three codes without ISO3 take the placeholders later
 *       BACI releases and Comtrade use: 490 Other Asia nes -> S19, 697 Europe EFTA nes -> R20, 849
 *       US Misc. Pacific Isds -> PUS; a code missing from that table is read as M49.
 *   <li>Comtrade: codes are M49; partner 0 (World) is stored as {@code WLD} (Comtrade itself says
 *       W00); flow X -> export, M -> import; RX, RM (re-exports and re-imports, already inside X
 *       and M), DX and FM (domestic exports, foreign imports: breakdowns too) are skipped, not
 *       rejected, so totals are not counted twice; any other flow code is rejected. Year from
 *       {@code refYear} (else the first four digits of {@code period}); month from a six-digit
 *       {@code period}, else from {@code refMonth} 1..12 (52 = the year). Quantity: {@code netWgt}
 *       in kg when present and non-zero, else {@code qty} in {@code qtyUnitAbbr} (unless N/A).
 *       Aggregate codes ({@code TOTAL}, 2- and 4-digit) are kept as reported.
 *   <li>Caravan: reporter and partner ISO3 (or WLD), flow export|import, empty month = the year.
 * </ul>
 */
final class FormatSpec {
  static final List<String> CARAVAN_HEADER =
      List.of(
          "year",
          "month",
          "reporter",
          "partner",
          "flow",
          "product",
          "hs_revision",
          "value_usd",
          "quantity",
          "quantity_unit");
  static final List<String> BACI_HEADER = List.of("t", "i", "j", "k", "v", "q");
  static final List<String> COMTRADE_REQUIRED =
      List.of("reporterCode", "partnerCode", "flowCode", "cmdCode", "primaryValue");
  static final String WORLD = "WLD";
  private static final Map<String, String> BACI_PLACEHOLDERS =
      Map.of("490", "S19", "697", "R20", "849", "PUS");

  final ImportFormat format;

  /** Staging column -> SQL expression over the file's columns. */
  final Map<String, String> columns = new LinkedHashMap<>();

  /** Staging column -> the file's column name, for rejection messages. */
  final Map<String, String> fieldNames = new LinkedHashMap<>();

  /** The multiplier that turns {@code val} into US dollars. */
  final double valueScale;

  /** Whether product codes must have 6 digits (BACI) rather than 2, 4, 6 or TOTAL. */
  final boolean sixDigitsOnly;

  /** What the country codes are, for messages: the end of a {@code trd.row.country.*} key. */
  final String countryCodeKind;

  private FormatSpec(ImportFormat format, double valueScale, boolean six, String kind) {
    this.format = format;
    this.valueScale = valueScale;
    this.sixDigitsOnly = six;
    this.countryCodeKind = kind;
  }

  /**
   * The spec for a file with this header, or null with {@code problem[0]} saying why the column set
   * is wrong.
   */
  static FormatSpec forHeader(
      ImportFormat format, List<String> header, String fileName, String override, Text[] problem) {
    switch (format) {
      case BACI -> {
        if (!Set.copyOf(header).equals(Set.copyOf(BACI_HEADER))
            || header.size() != BACI_HEADER.size()) {
          problem[0] = Text.of("trd.cols.baci", String.join(",", BACI_HEADER));
          return null;
        }
        String rev = override != null ? override : HsEditions.fromBaciFileName(fileName);
        FormatSpec s = new FormatSpec(format, 1000.0, true, "baci");
        s.put("year", "trim(\"t\")", "t");
        s.put("month", "NULL::VARCHAR", "t");
        s.put("rep", intText("\"i\""), "i");
        s.put("par", intText("\"j\""), "j");
        s.put("flow", "'export'", "i");
        // BACI writes k as a number: a code of chapters 01-09 loses its leading zero, and any
        // whole number of five or six digits (10121, 10121.0, 0010121) is the code it names, as
        // the fast path reads it (BaciFastPath); anything else stays as written and is refused
        s.put(
            "product",
            "CASE WHEN TRY_CAST(trim(\"k\") AS DOUBLE) BETWEEN 10000 AND 999999"
                + " AND TRY_CAST(trim(\"k\") AS DOUBLE) = trunc(TRY_CAST(trim(\"k\") AS DOUBLE))"
                + " THEN lpad(CAST(CAST(TRY_CAST(trim(\"k\") AS DOUBLE) AS INTEGER) AS VARCHAR), 6, '0')"
                + " ELSE trim(\"k\") END",
            "k");
        s.put("hs_rev", "'" + (rev == null ? "H0" : rev) + "'", "k");
        s.put("val", "trim(\"v\")", "v");
        s.put("qty", "CASE WHEN trim(\"q\") IN ('NA', '') THEN NULL ELSE trim(\"q\") END", "q");
        s.put("unit", "CASE WHEN trim(\"q\") IN ('NA', '') THEN NULL ELSE 't' END", "q");
        s.put("skip", "false", "t");
        return s;
      }
      case CARAVAN -> {
        if (!header.equals(CARAVAN_HEADER)) {
          problem[0] = Text.of("trd.cols.caravan", String.join(",", CARAVAN_HEADER));
          return null;
        }
        FormatSpec s = new FormatSpec(format, 1.0, false, "iso3");
        s.put("year", "trim(\"year\")", "year");
        s.put("month", "nullif(trim(\"month\"), '')", "month");
        s.put("rep", "upper(trim(\"reporter\"))", "reporter");
        s.put("par", "upper(trim(\"partner\"))", "partner");
        s.put("flow", "lower(trim(\"flow\"))", "flow");
        s.put("product", "trim(\"product\")", "product");
        s.put(
            "hs_rev",
            override != null ? "'" + override + "'" : "upper(trim(\"hs_revision\"))",
            "hs_revision");
        s.put("val", "trim(\"value_usd\")", "value_usd");
        s.put("qty", "nullif(trim(\"quantity\"), '')", "quantity");
        s.put("unit", "nullif(trim(\"quantity_unit\"), '')", "quantity_unit");
        s.put("skip", "false", "flow");
        return s;
      }
      case COMTRADE -> {
        Set<String> have = Set.copyOf(header);
        boolean hasYear = have.contains("refYear") || have.contains("period");
        boolean hasRev = override != null || have.contains("classificationCode");
        boolean hasValue = have.containsAll(COMTRADE_REQUIRED);
        if (!hasYear || !hasRev || !hasValue || header.size() != have.size()) {
          problem[0] =
              Text.of(
                  override == null ? "trd.cols.comtradeRev" : "trd.cols.comtrade",
                  String.join(", ", COMTRADE_REQUIRED));
          return null;
        }
        FormatSpec s = new FormatSpec(format, 1.0, false, "m49");
        if (have.contains("refYear")) {
          s.put("year", "trim(\"refYear\")", "refYear");
        } else {
          s.put(
              "year",
              "CASE WHEN length(trim(\"period\")) = 6 THEN left(trim(\"period\"), 4) ELSE trim(\"period\") END",
              "period");
        }
        if (have.contains("period")) {
          s.put(
              "month",
              "CASE WHEN length(trim(\"period\")) = 6 THEN substr(trim(\"period\"), 5, 2) END",
              "period");
        } else if (have.contains("refMonth")) {
          s.put(
              "month",
              "CASE WHEN trim(\"refMonth\") IN ('', '52') THEN NULL ELSE trim(\"refMonth\") END",
              "refMonth");
        } else {
          s.put("month", "NULL::VARCHAR", "refYear");
        }
        s.put("rep", intText("\"reporterCode\""), "reporterCode");
        s.put("par", intText("\"partnerCode\""), "partnerCode");
        s.put(
            "flow",
            "CASE upper(trim(\"flowCode\")) WHEN 'X' THEN 'export' WHEN 'M' THEN 'import' ELSE trim(\"flowCode\") END",
            "flowCode");
        s.put("product", "trim(\"cmdCode\")", "cmdCode");
        s.put(
            "hs_rev",
            override != null ? "'" + override + "'" : "upper(trim(\"classificationCode\"))",
            "classificationCode");
        s.put("val", "trim(\"primaryValue\")", "primaryValue");
        boolean wgt = have.contains("netWgt");
        boolean qty = have.contains("qty") && have.contains("qtyUnitAbbr");
        String useWgt =
            "nullif(trim(\"netWgt\"), '') IS NOT NULL AND TRY_CAST(trim(\"netWgt\") AS DOUBLE) IS DISTINCT FROM 0";
        String useQty =
            "nullif(trim(\"qty\"), '') IS NOT NULL AND coalesce(trim(\"qtyUnitAbbr\"), '') NOT IN ('', 'N/A')";
        String q =
            "CASE"
                + (wgt ? " WHEN " + useWgt + " THEN trim(\"netWgt\")" : "")
                + (qty ? " WHEN " + useQty + " THEN trim(\"qty\")" : "")
                + " END";
        String u =
            "CASE"
                + (wgt ? " WHEN " + useWgt + " THEN 'kg'" : "")
                + (qty ? " WHEN " + useQty + " THEN trim(\"qtyUnitAbbr\")" : "")
                + " END";
        s.put("qty", wgt || qty ? q : "NULL::VARCHAR", wgt ? "netWgt" : "qty");
        s.put("unit", wgt || qty ? u : "NULL::VARCHAR", "qtyUnitAbbr");
        s.put("skip", "upper(trim(\"flowCode\")) IN ('RX', 'RM', 'DX', 'FM')", "flowCode");
        return s;
      }
    }
    throw new IllegalStateException(format.name());
  }

  /** A code as canonical integer text ({@code 004} -> {@code 4}), or as it is when not a number. */
  private static String intText(String col) {
    return "coalesce(CAST(TRY_CAST(trim(" + col + ") AS INTEGER) AS VARCHAR), trim(" + col + "))";
  }

  private void put(String column, String sql, String fieldName) {
    columns.put(column, sql);
    fieldNames.put(column, fieldName);
  }

  /**
   * BACI's own country table (code -> ISO3), its three codes without ISO3 taking the placeholders
   * later BACI releases and Comtrade use.
   */
  static Map<Integer, String> baciCountryCodes() {
    Map<Integer, String> codes = new LinkedHashMap<>();
    for (NamedCsvRecord r : ShippedData.csv("countries/baci_country_codes_V202201.csv")) {
      int code = Integer.parseInt(r.getField("country_code").trim());
      String iso3 = r.getField("iso_3digit_alpha").trim();
      if (iso3.matches("[A-Z0-9]{3}")) {
        codes.put(code, iso3);
      } else if (BACI_PLACEHOLDERS.containsKey(String.valueOf(code))) {
        codes.put(code, BACI_PLACEHOLDERS.get(String.valueOf(code)));
      }
    }
    return codes;
  }

  /** Every code a BACI file may use -> ISO3. */
  static Map<String, String> baciCodes(Countries countries) {
    Map<String, String> codes = new LinkedHashMap<>();
    baciCountryCodes().forEach((code, iso3) -> codes.put(String.valueOf(code), iso3));
    // BACI codes are M49 but for a few (842 USA, 251 France, 699 India, 757 Switzerland, 579
    // Norway); codes a newer release took from M49 (V202301 has Italy as 380, the V202201
    // table still says 381) fall back to M49.
    for (Country c : countries.all()) codes.putIfAbsent(String.valueOf(c.m49()), c.iso3());
    return codes;
  }

  /** The code -> ISO3 table for this format's country codes. */
  Map<String, String> countryCodes(Countries countries) {
    Map<String, String> codes = new LinkedHashMap<>();
    switch (format) {
      case BACI -> codes.putAll(baciCodes(countries));
      case COMTRADE -> {
        for (Country c : countries.all()) codes.put(String.valueOf(c.m49()), c.iso3());
        codes.put("0", WORLD);
      }
      case CARAVAN -> {
        for (Country c : countries.all()) codes.put(c.iso3(), c.iso3());
        codes.put(WORLD, WORLD);
      }
    }
    return codes;
  }
}
