package caravan.trade;

import caravan.text.InvalidValueException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar-month window inside one year: a whole year, or "the first n months" and any other run
 * of months such as {@code 2025-01..2025-10}, compared with the same months a year before.
 */
public record FlowPeriod(int year, int firstMonth, int lastMonth) {
  private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})");

  /** The years a trade flow may carry: the range every importer checks ({@code Staging}). */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 2100;

  public FlowPeriod {
    if (firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) {
      throw new InvalidValueException(
          caravan.text.Text.of("trd.err.months", firstMonth + ".." + lastMonth),
          Map.of("field", "period", "value", firstMonth + ".." + lastMonth));
    }
  }

  /** The whole of {@code year}, one a user asked for: refused outside the years data may carry. */
  public static FlowPeriod ofYear(int year) {
    return new FlowPeriod(requireYear(year), 1, 12);
  }

  /**
   * {@code year} when trade data may carry it; checked where a user names a year, not in the
   * constructor, so that the year before 1900 can still be asked for as a comparison.
   */
  static int requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidValueException(
          caravan.text.Text.of(
              "lang.err.yearRange",
              String.valueOf(year),
              String.valueOf(FIRST_YEAR),
              String.valueOf(LAST_YEAR)),
          Map.of("field", "year", "value", year));
    }
    return year;
  }

  /** Parses {@code 2024} or {@code 2025-01..2025-10} (both ends in the same year). */
  public static FlowPeriod parse(String text) {
    String t = text.trim();
    if (t.matches("\\d{4}")) return ofYear(Integer.parseInt(t));
    Matcher m = MONTHS.matcher(t);
    if (m.matches() && m.group(1).equals(m.group(3))) {
      return new FlowPeriod(
          requireYear(Integer.parseInt(m.group(1))),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(4)));
    }
    throw new InvalidValueException(
        caravan.text.Text.of("trd.err.period", text), Map.of("field", "period", "value", text));
  }

  public boolean wholeYear() {
    return firstMonth == 1 && lastMonth == 12;
  }

  public FlowPeriod yearBefore() {
    return new FlowPeriod(year - 1, firstMonth, lastMonth);
  }

  public String label() {
    return wholeYear()
        ? Integer.toString(year)
        : String.format("%d-%02d..%d-%02d", year, firstMonth, year, lastMonth);
  }
}
