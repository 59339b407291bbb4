package caravan.heritage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the catalogue can be narrowed by, and each item's values for it. */
public enum Facet {
  ARCHIVE,
  LANGUAGE,
  SCRIPT,
  CENTURY,
  COLLECTION;

  /** The name in a page's address and the index ({@code archive}). */
  public String param() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The item's values: none when unknown (an item shows under no value rather than a guess). */
  List<String> values(HeritageItem item) {
    return switch (this) {
      case ARCHIVE -> one(item.holder());
      case LANGUAGE -> one(item.language());
      case SCRIPT -> one(item.script());
      case CENTURY -> centuries(item);
      case COLLECTION -> item.collectionIds();
    };
  }

  private static List<String> one(String v) {
    return v == null || v.equals("unknown") ? List.of() : List.of(v);
  }

  private static final Pattern ORDINAL = Pattern.compile("\\b([1-9][0-9]?)(?:st|nd|rd|th)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b([1-9][0-9]{3})\\b");

  /**
   * The Gregorian centuries an item belongs to: those its date covers, else those its period's
   * words name ("18th–19th centuries", "late 17th – early 18th century", "2020-"); none for
   * "medieval" or no date.
   */
  static List<String> centuries(HeritageItem item) {
    Set<String> out = new LinkedHashSet<>();
    if (item.date() != null && item.date().problem() == null) {
      int from = (item.date().gregorianStart().getYear() + 99) / 100;
      int to = (item.date().gregorianEnd().getYear() + 99) / 100;
      for (int c = from; c <= to; c++) out.add(String.valueOf(c));
    } else if (item.period() != null) {
      String p = item.period().toLowerCase(java.util.Locale.ROOT);
      List<Integer> named = new ArrayList<>();
      Matcher m = ORDINAL.matcher(p);
      while (p.contains("centur") && m.find()) named.add(Integer.parseInt(m.group(1)));
      if (named.isEmpty()) {
        Matcher y = YEAR.matcher(p);
        while (y.find()) named.add((Integer.parseInt(y.group(1)) + 99) / 100);
      }
      for (int c : named) out.add(String.valueOf(c));
    }
    return List.copyOf(out);
  }

  public static Facet of(String param) {
    for (Facet f : values()) if (f.param().equals(param)) return f;
    return null;
  }
}
