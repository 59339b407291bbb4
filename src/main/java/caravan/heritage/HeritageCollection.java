package caravan.heritage;

import caravan.registry.Source;
import java.util.Map;

/**
 * A collection of the catalogue (the copies handed over in 2025, al-Farabi's heritage, the records
 * of the Kazakh Khanate): its name in the four languages and the source that names what it gathers.
 * Shipped in data/heritage/collections.csv.
 */
public record HeritageCollection(String id, Map<String, String> names, Source source) {
  public HeritageCollection {
    names = Map.copyOf(names);
  }

  /** Its name in {@code lang}, else in English. */
  public String name(String lang) {
    return names.getOrDefault(lang, names.get("en"));
  }
}
