package caravan.opportunities;

import caravan.text.InvalidValueException;
import caravan.trade.SectorMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sectors a user may ask for: those of data/sectors/sectors.csv by their ids, and the words the
 * talks use for them ("mining", "energy", "pharmaceuticals", "technology").
 */
final class SectorNames {
  private SectorNames() {}

  private static final Map<String, String> WORDS =
      Map.of(
          "mining", "mining_energy",
          "energy", "mining_energy",
          "pharmaceuticals", "medicine",
          "medicine_and_pharmaceuticals", "medicine",
          "technology", "advanced_technology",
          "high_technology", "advanced_technology",
          "food", "agriculture");

  private static volatile List<String> known;

  static List<String> known() {
    List<String> k = known;
    if (k == null) known = k = new SectorMap().sectors();
    return k;
  }

  static String parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    t = WORDS.getOrDefault(t, t);
    if (!known().contains(t)) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.sector", String.join(", ", known()), String.valueOf(text)),
          Map.of("field", "sector", "value", text));
    }
    return t;
  }
}
