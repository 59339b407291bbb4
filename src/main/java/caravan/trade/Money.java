package caravan.trade;

import caravan.text.CaravanException;
import java.math.BigDecimal;
import java.util.Map;

/** Stated figures come in USD millions or billions; the profile speaks US dollars. */
final class Money {
  private Money() {}

  static double usd(BigDecimal value, String unit) {
    return switch (unit) {
      case "USD" -> value.doubleValue();
      case "USD_thousand" -> value.doubleValue() * 1e3;
      case "USD_million" -> value.doubleValue() * 1e6;
      case "USD_billion" -> value.doubleValue() * 1e9;
      default ->
          throw new CaravanException(
              "A money figure was expected, found unit '" + unit + "'",
              Map.of("field", "unit", "value", unit));
    };
  }

  static boolean isMoney(String unit) {
    return unit != null && unit.startsWith("USD");
  }
}
