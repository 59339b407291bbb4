package caravan.claims;

import java.math.BigDecimal;

/**
 * One numeric claim found in a text: where it is ({@code start}..{@code end}, characters), what it
 * measures and when, and the number as the data holds it ({@code unit}: percent, USD_million or
 * tonnes; another word when Caravan keeps no figure in it, such as TEU or EUR). {@code tolerance}
 * is how far a figure may lie from {@code value} and still agree: half a unit of the last digit
 * written, or 5 % of the value after a hedge word ("about", "почти"). {@code subject} is null when
 * no word of the sentence says what the number measures; {@code period} when none says when. {@code
 * direction}: {@code total}, or the way goods or money moved ({@code KAZ->IRN}), as the stated
 * figures write it.
 */
public record Claim(
    int start,
    int end,
    String text,
    Kind kind,
    BigDecimal value,
    BigDecimal tolerance,
    String unit,
    Bound bound,
    Subject subject,
    String direction,
    ClaimPeriod period,
    String place) {

  /** A change in percent (or "in 1.5 times"), an amount of money, a volume of goods. */
  public enum Kind {
    CHANGE,
    MONEY,
    VOLUME
  }

  /** As written: a plain number, "more than", "less than", or a hedge ("about", "almost"). */
  public enum Bound {
    EXACT,
    AT_LEAST,
    AT_MOST,
    ABOUT
  }

  /** What a number measures, in the words of the data. */
  public enum Subject {
    TURNOVER,
    EXPORTS,
    IMPORTS,
    FDI,
    FREIGHT,
    TARGET
  }

  /** The lowest value the claim allows (null: no lower end). */
  public BigDecimal low() {
    return bound == Bound.AT_MOST ? null : value.subtract(tolerance);
  }

  /** The highest value the claim allows (null: no upper end). */
  public BigDecimal high() {
    return bound == Bound.AT_LEAST ? null : value.add(tolerance);
  }
}
