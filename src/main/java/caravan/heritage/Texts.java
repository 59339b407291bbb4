package caravan.heritage;

import java.util.List;
import java.util.Objects;

/** Tidying of what a record is given: blank is unknown (null), lists lose blank items. */
final class Texts {
  private Texts() {}

  static String clean(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static List<String> list(List<String> items) {
    if (items == null) return List.of();
    return items.stream().map(Texts::clean).filter(Objects::nonNull).toList();
  }
}
