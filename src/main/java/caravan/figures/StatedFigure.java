package caravan.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A number someone official said about a pair of countries, with its period, source and verbatim
 * quote. {@code valueHigh} equals {@code valueLow} for a single value, is larger for a range such
 * as 560-590, and is null for an open lower bound such as "more than 50" (the basis says so);
 * {@code valueLow} is null for an upper bound such as "up to 15" (one of the two is always given).
 * {@code period} is null for an undated or only approximately dated statement, {@code sourceDate}
 * when the source page carries no date. {@code direction} is {@code total}, {@code A->B} or {@code
 * B->A}: the direction goods (or money) moved.
 */
public record StatedFigure(
    String id,
    String pairA,
    String pairB,
    String indicator,
    String direction,
    Period period,
    BigDecimal valueLow,
    BigDecimal valueHigh,
    String unit,
    String basis,
    String reportedBy,
    String sourceUrl,
    LocalDate sourceDate,
    String quote) {

  /**
   * The stated value: the midpoint of a range, else the value (the lower end of a lower bound, the
   * high end of an upper bound).
   */
  public BigDecimal value() {
    if (valueLow == null) return valueHigh;
    if (valueHigh == null || valueHigh.compareTo(valueLow) == 0) return valueLow;
    return Decimals.normal(
        valueLow.add(valueHigh).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN));
  }

  /** True for a stated range such as 560-590 (not for an open "more than" or "up to" bound). */
  public boolean isRange() {
    return valueLow != null && valueHigh != null && valueHigh.compareTo(valueLow) != 0;
  }
}
