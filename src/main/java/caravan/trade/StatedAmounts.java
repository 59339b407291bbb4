package caravan.trade;

import caravan.figures.Bound;
import caravan.figures.Statement;
import caravan.trade.Profile.Amount;
import java.util.ArrayList;
import java.util.List;

/**
 * Stated money as profile amounts that keep a range or a bound: "exceeded 340 m" stays at least 340
 * m, "up to 15 m" at most 15 m, "560–590 m" stays a range, and sums and differences carry both ends
 * (an open end stays open). The value the arithmetic uses is the midpoint of a range, the lower end
 * of a lower bound and the high end of an upper bound, and a note says which.
 */
final class StatedAmounts {
  private StatedAmounts() {}

  static Amount of(Statement s, String period) {
    String unit = s.figure().unit();
    Double low = s.valueLow() == null ? null : Money.usd(s.valueLow(), unit);
    Double high = s.valueHigh() == null ? null : Money.usd(s.valueHigh(), unit);
    Bound b = s.bound();
    return new Amount(Money.usd(s.figure().value(), unit), period, s.ids(), b.code(), low, high);
  }

  /** x + y, or x - y with {@code sign} -1; both must have a value. */
  static Amount combine(Amount x, Amount y, int sign, String period) {
    List<String> ids = new ArrayList<>(x.sourceIds());
    ids.addAll(y.sourceIds());
    Double low;
    Double high;
    if (sign > 0) {
      low = add(x.lowUsd(), y.lowUsd());
      high = add(x.highUsd(), y.highUsd());
    } else {
      low = sub(x.lowUsd(), y.highUsd());
      high = sub(x.highUsd(), y.lowUsd());
    }
    double value = x.valueUsd() + sign * y.valueUsd();
    if (!x.inexact() && !y.inexact()) return new Amount(value, period, ids);
    // a lower bound and an upper bound combined bound nothing: no number is shown for it
    if (high == null && low == null) return Amount.missing(period);
    String bound;
    if (high == null) bound = "at_least";
    else if (low == null) bound = "at_most";
    else bound = low.equals(high) ? "exact" : "range";
    if (bound.equals("range")) value = (low + high) / 2;
    return new Amount(value, period, ids, bound, low, high);
  }

  private static Double add(Double a, Double b) {
    return a == null || b == null ? null : a + b;
  }

  private static Double sub(Double a, Double b) {
    return a == null || b == null ? null : a - b;
  }
}
