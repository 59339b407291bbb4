package caravan.heritage;

import caravan.registry.PartialDate;
import caravan.registry.Source;
import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue's collections, read once from data/heritage/collections.csv. */
public final class Collections {
  private Collections() {}

  static final String FILE = "heritage/collections.csv";

  private static final class Holder {
    static final Map<String, HeritageCollection> ALL = read();
  }

  private static Map<String, HeritageCollection> read() {
    Map<String, HeritageCollection> all = new LinkedHashMap<>();
    for (NamedCsvRecord r : ShippedData.csv(FILE)) {
      Map<String, String> names = new LinkedHashMap<>();
      for (String lang : List.of("en", "ru", "kk", "fa")) {
        String n = Texts.clean(r.getField("name_" + lang));
        if (n != null) names.put(lang, n);
      }
      PartialDate none = null;
      all.put(
          r.getField("id"),
          new HeritageCollection(
              r.getField("id"),
              names,
              new Source(r.getField("source_url"), none, r.getField("quote"))));
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  /** Every collection, in the file's order. */
  public static List<HeritageCollection> all() {
    return List.copyOf(Holder.ALL.values());
  }

  public static java.util.Optional<HeritageCollection> byId(String id) {
    return java.util.Optional.ofNullable(Holder.ALL.get(id));
  }

  static boolean known(String id) {
    return Holder.ALL.containsKey(id);
  }

  static String ids() {
    return String.join(", ", Holder.ALL.keySet());
  }
}
