package caravan.claims;

import java.util.Locale;

/**
 * Whether a stated figure's quote is in a text: both are compared plain (lower case, ё as е, every
 * run of spaces and quotation marks as one space), and a quote cut with "..." must have each of its
 * parts of a dozen letters or more in the text.
 */
final class Quotes {
  private Quotes() {}

  static String plain(String s) {
    return " "
        + s.toLowerCase(Locale.ROOT)
            .replace('ё', 'е')
            .replaceAll("[\\s\\u00A0\"«»“”„'’]+", " ")
            .strip()
        + " ";
  }

  static boolean in(String quote, String plainText) {
    if (quote == null || quote.isBlank()) return false;
    boolean any = false;
    for (String part : quote.split("\\.\\.\\.|…")) {
      String p = plain(part).strip();
      if (p.length() < 12) continue;
      if (!plainText.contains(p)) return false;
      any = true;
    }
    return any;
  }
}
