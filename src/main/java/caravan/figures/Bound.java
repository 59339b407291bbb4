package caravan.figures;

/**
 * What kind of number a figure states, read from {@code value_low} and {@code value_high}: {@code
 * EXACT} (low = high; "about" and "nearly" stay exact and the basis quotes the word), {@code RANGE}
 * ("560–590 m": low &lt; high) or {@code AT_LEAST} ("exceeded 340 m", "more than", "over": high
 * empty, the value is a lower bound).
 */
public enum Bound {
  EXACT,
  RANGE,
  AT_LEAST;

  public static Bound of(StatedFigure f) {
    if (f.valueHigh() == null) return AT_LEAST;
    return f.valueHigh().compareTo(f.valueLow()) == 0 ? EXACT : RANGE;
  }

  /** The lower-case name used in CSV and JSON: exact, range, at_least. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
