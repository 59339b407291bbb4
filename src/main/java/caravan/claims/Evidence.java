package caravan.claims;

import caravan.figures.StatedFigure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure a claim was set against, in the claim's unit: a stated figure (its id, who said it,
 * where, when and the quote) or a sum of imported trade flows ({@code id} {@code flows}). {@code
 * low} and {@code high} are its ends (equal for one value; null for an open end, "more than 340").
 * {@code thisText}: the figure's quote is in the text being checked, so it is the text itself and
 * no evidence for it.
 */
public record Evidence(
    String id,
    BigDecimal low,
    BigDecimal high,
    String unit,
    String period,
    String reportedBy,
    String sourceUrl,
    LocalDate sourceDate,
    String quote,
    boolean thisText) {

  static Evidence of(StatedFigure f, String unit, boolean thisText) {
    BigDecimal scale = f.unit().equals("million_tonnes") ? BigDecimal.valueOf(1_000_000) : null;
    return new Evidence(
        f.id(),
        scaled(f.valueLow(), scale),
        scaled(f.valueHigh(), scale),
        unit,
        f.period() == null ? null : f.period().label(),
        f.reportedBy(),
        f.sourceUrl(),
        f.sourceDate(),
        f.quote(),
        thisText);
  }

  private static BigDecimal scaled(BigDecimal v, BigDecimal scale) {
    if (v == null) return null;
    BigDecimal x = scale == null ? v : v.multiply(scale);
    return new BigDecimal(x.stripTrailingZeros().toPlainString());
  }

  /** Whether this figure and the claim can be the same number: their spans overlap. */
  boolean agrees(Claim c) {
    BigDecimal cl = c.low();
    BigDecimal ch = c.high();
    boolean belowClaim = high != null && cl != null && high.compareTo(cl) < 0;
    boolean aboveClaim = low != null && ch != null && low.compareTo(ch) > 0;
    return !belowClaim && !aboveClaim;
  }

  /** The figure as one would say it: "422", "560–590", "> 340", "< 15". */
  public String valueText() {
    if (low == null) return "< " + high.toPlainString();
    if (high == null) return "> " + low.toPlainString();
    if (low.compareTo(high) == 0) return low.toPlainString();
    return low.toPlainString() + "–" + high.toPlainString();
  }
}
