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
public final class HsNomenclature {
  private static final Map<String, String> EDITION_FILES =
      Map.of(
          "H0", "hs0", "H1", "hs1", "H2", "hs2", "H3", "hs3", "H4", "hs4", "H5", "hs5", "H6",
          "hs6");

  private final Map<String, String> sectionOfChapter = new HashMap<>();
  private final Map<String, String> sectionNames = new LinkedHashMap<>();
  private final Map<String, Names> namesByEdition = new ConcurrentHashMap<>();

  public HsNomenclature() {
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
  public String name(String revision, String code) {
    String file = EDITION_FILES.getOrDefault(revision, "hs6");
    String name = namesByEdition.computeIfAbsent(file, Names::load).of(code);
    return name == null ? code : name;
  }

  /**
   * One edition's names, held in arrays indexed by the code's number for each length (2, 4 and 6
   * digits): a profile names some hundreds of codes, and a hash map's chain of objects made that a
   * cache miss or four each, a fifth of a profile's time. A code of another shape is looked up in a
   * map.
   */
  private static final class Names {
    private final String[][] byDigits = new String[7][];
    private final Map<String, String> other = new HashMap<>();

    Names() {
      byDigits[2] = new String[100];
      byDigits[4] = new String[10_000];
      byDigits[6] = new String[1_000_000];
    }

    static Names load(String file) {
      Names names = new Names();
      for (NamedCsvRecord r :
          ShippedData.csv("classifications/concordance_" + file + "_desc.csv")) {
        names.put(r.getField("code"), r.getField("desc"));
      }
      return names;
    }

    private void put(String code, String name) {
      int n = number(code);
      if (n >= 0) byDigits[code.length()][n] = name;
      else other.put(code, name);
    }

    String of(String code) {
      int n = number(code);
      return n >= 0 ? byDigits[code.length()][n] : other.get(code);
    }

    /** The code's number when it is 2, 4 or 6 digits, else -1. */
    private static int number(String code) {
      int len = code.length();
      if (len != 2 && len != 4 && len != 6) return -1;
      int n = 0;
      for (int i = 0; i < len; i++) {
        char c = code.charAt(i);
        if (c < '0' || c > '9') return -1;
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}
