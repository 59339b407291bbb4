package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Stated figures come in USD millions or billions; the profile speaks US dollars. */
final class Money {
  private Money() {}

  /**
   * The value in US dollars, to the cent. The unit is applied by moving the decimal point, not by a
   * double multiplication: {@code 516.3 * 1e6} is {@code 516299999.99999994} in binary floating
   * point, and JSON would show that artefact; cents are the finest a dollar amount is written in.
   */
  static double usd(BigDecimal value, String unit) {
    int power =
        switch (unit) {
          case "USD" -> 0;
          case "USD_thousand" -> 3;
          case "USD_million" -> 6;
          case "USD_billion" -> 9;
          default ->
              throw new CaravanException(
                  Text.of("trd.err.money", unit), Map.of("field", "unit", "value", unit));
        };
    return value.movePointRight(power).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
  }

  static boolean isMoney(String unit) {
    return unit != null && unit.startsWith("USD");
  }
}
