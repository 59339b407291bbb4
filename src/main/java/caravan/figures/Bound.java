package caravan.figures;

/**
 * What kind of number a figure states, read from {@code value_low} and {@code value_high}: {@code
 * EXACT} (low = high; "about" and "nearly" stay exact and the basis quotes the word), {@code RANGE}
 * ("560–590 m": low &lt; high), {@code AT_LEAST} ("exceeded 340 m", "more than", "over": high
 * empty, the value is a lower bound) or {@code AT_MOST} ("capacity to send up to 15 million tons":
 * low empty, the value is an upper bound).
 */
public enum Bound {
  EXACT,
  RANGE,
  AT_LEAST,
  AT_MOST;

  public static Bound of(StatedFigure f) {
    if (f.valueHigh() == null) return AT_LEAST;
    if (f.valueLow() == null) return AT_MOST;
    return f.valueHigh().compareTo(f.valueLow()) == 0 ? EXACT : RANGE;
  }

  /** The lower-case name used in CSV and JSON: exact, range, at_least, at_most. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
