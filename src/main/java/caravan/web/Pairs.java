package caravan.web;

import caravan.text.CaravanException;
import java.util.Locale;
import java.util.Map;

/** A pair in a URL: {@code KAZ-IRN}, country A first. */
final class Pairs {
  private Pairs() {}

  static String[] parse(String text) {
    String[] parts = text.toUpperCase(Locale.ROOT).split("-");
    if (parts.length != 2 || !parts[0].matches("[A-Z]{3}") || !parts[1].matches("[A-Z]{3}")) {
      throw new CaravanException(
          caravan.text.Text.of("lang.err.pair", text), Map.of("field", "pair", "value", text));
    }
    return parts;
  }
}
