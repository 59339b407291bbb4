package caravan.claims;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as the two languages write them. Russian: a decimal comma and thin, plain or no-break
 * spaces between thousands ("1 234,5"; a decimal point is read too). English: a decimal point and
 * commas between thousands ("1,234.5"). The last digit written sets the number's precision.
 */
final class Numbers {
  private Numbers() {}

  static final Pattern RU =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)(?![\\d])");
  static final Pattern EN =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])");

  static Pattern pattern(Language lang) {
    return lang == Language.RU ? RU : EN;
  }

  /** The number written, as a decimal ("1 234,5" → 1234.5 in Russian; "1,234.5" in English). */
  static BigDecimal parse(String written, Language lang) {
    String s = written.replaceAll("[ \\u00A0\\u202F\\u2009]", "");
    s = lang == Language.RU ? s.replace(',', '.') : s.replace(",", "");
    return new BigDecimal(s);
  }

  /** Half a unit of the last digit written: 0.5 for "40", 0.05 for "17,8". */
  static BigDecimal halfStep(BigDecimal n) {
    return BigDecimal.ONE.movePointLeft(Math.max(n.scale(), 0)).divide(BigDecimal.valueOf(2));
  }
}
