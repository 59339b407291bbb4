package caravan.figures;

import java.math.BigDecimal;

/** One scale for values read from CSV or the database, so equal numbers compare equal. */
final class Decimals {
  private Decimals() {}

  static BigDecimal normal(BigDecimal v) {
    if (v == null) return null;
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
