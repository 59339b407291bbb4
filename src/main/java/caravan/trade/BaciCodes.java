package caravan.trade;

import caravan.text.Countries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The codes {@code baci_flow} keeps as numbers, and what they name: BACI country codes (below 1000)
 * and HS 6-digit codes written as numbers (BACI's {@code k}: 10121 is 010121).
 *
 * <p>A country may have more than one BACI code (South Africa is 710 and, as the customs union of
 * the 1990s, 711; Italy is 381 in BACI's table and 380 in newer releases), so a country's rows are
 * read by all of its codes, and two codes of one country count as one key.
 */
final class BaciCodes {
  static final int COUNTRY_CODES = 1000;

  private final String[] iso3ByCode = new String[COUNTRY_CODES];
  private final Map<String, int[]> codesByIso3 = new TreeMap<>();
  private final int mostCodes;

  BaciCodes(Countries countries) {
    Map<String, List<Integer>> codes = new TreeMap<>();
    FormatSpec.baciCodes(countries)
        .forEach(
            (code, iso3) -> {
              int n = Integer.parseInt(code);
              if (n >= 0 && n < COUNTRY_CODES) {
                iso3ByCode[n] = iso3;
                codes.computeIfAbsent(iso3, k -> new ArrayList<>()).add(n);
              }
            });
    codes.forEach(
        (iso3, list) ->
            codesByIso3.put(iso3, list.stream().mapToInt(Integer::intValue).sorted().toArray()));
    mostCodes = codesByIso3.values().stream().mapToInt(c -> c.length).max().orElse(1);
  }

  /** The ISO3 code a BACI country code names, or null when it names none. */
  String iso3(int code) {
    return code >= 0 && code < COUNTRY_CODES ? iso3ByCode[code] : null;
  }

  /** Every BACI code of the country, ascending; empty when it has none. */
  int[] codes(String iso3) {
    int[] c = codesByIso3.get(iso3);
    return c == null ? new int[0] : c.clone();
  }

  /** The most codes any one country has: readers bind that many, repeating a country's last. */
  int mostCodes() {
    return mostCodes;
  }

  /**
   * {@code codes(iso3)} padded to {@link #mostCodes()} with its last code, for a query with a fixed
   * number of parameters; -1 (no row has it) for a country without a code.
   */
  int[] paddedCodes(String iso3) {
    int[] c = codes(iso3);
    int[] out = new int[mostCodes()];
    if (c.length == 0) {
      Arrays.fill(out, -1);
      return out;
    }
    System.arraycopy(c, 0, out, 0, c.length);
    Arrays.fill(out, c.length, out.length, c[c.length - 1]);
    return out;
  }

  // Each code's text made once: a profile reads some hundreds of rows, and one String per code
  // also keeps its hash, which the lookups by code then need not compute again. Threads that race
  // to fill a place write equal strings.
  private static final String[] PRODUCTS = new String[1_000_000];

  /** An HS code's text from its number: 10121 -> 010121. */
  static String product(int k) {
    if (k < 0 || k >= PRODUCTS.length) return text(k);
    String s = PRODUCTS[k];
    if (s == null) PRODUCTS[k] = s = text(k);
    return s;
  }

  private static String text(int k) {
    String s = Integer.toString(k);
    return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
  }
}
