package caravan.trade;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names and sections of HS codes. Chapters keep their section across HS editions, so the HS 2022
 * table places every chapter; product names come from the edition the flow was reported in.
 */
final class HsNomenclature {
  private static final Map<String, String> EDITION_FILES =
      Map.of(
          "H0", "hs0", "H1", "hs1", "H2", "hs2", "H3", "hs3", "H4", "hs4", "H5", "hs5", "H6",
          "hs6");

  private final Map<String, String> sectionOfChapter = new HashMap<>();
  private final Map<String, String> sectionNames = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> namesByEdition = new ConcurrentHashMap<>();

  HsNomenclature() {
    for (NamedCsvRecord r : ShippedData.csv("classifications/hs_sections.csv")) {
      sectionNames.put(r.getField("section"), r.getField("name"));
    }
    for (NamedCsvRecord r : ShippedData.csv("classifications/harmonized-system.csv")) {
      if ("2".equals(r.getField("level"))) {
        sectionOfChapter.put(r.getField("hscode"), r.getField("section"));
      }
    }
  }

  /** The Roman-numeral section of a code's chapter, or "?" for a chapter no edition places. */
  String section(String code) {
    return sectionOfChapter.getOrDefault(code.substring(0, 2), "?");
  }

  String sectionName(String section) {
    return sectionNames.getOrDefault(section, "Unplaced chapters");
  }

  /** The description of {@code code} in edition {@code revision} (H0..H6), or the code itself. */
  String name(String revision, String code) {
    String file = EDITION_FILES.getOrDefault(revision, "hs6");
    Map<String, String> names = namesByEdition.computeIfAbsent(file, HsNomenclature::load);
    return names.getOrDefault(code, code);
  }

  private static Map<String, String> load(String file) {
    Map<String, String> names = new HashMap<>();
    for (NamedCsvRecord r : ShippedData.csv("classifications/concordance_" + file + "_desc.csv")) {
      names.put(r.getField("code"), r.getField("desc"));
    }
    return names;
  }
}
