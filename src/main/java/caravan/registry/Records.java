package caravan.registry;

import caravan.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Normalising helpers for the compact constructors and local checks of the registry records. */
final class Records {
  private Records() {}

  /** Trimmed text, or null when blank. */
  static String clean(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** An immutable copy without nulls; null gives an empty list. */
  static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
  }

  /** An immutable copy of text items, trimmed, blanks dropped. */
  static List<String> texts(List<String> items) {
    return items == null
        ? List.of()
        : items.stream().map(Records::clean).filter(Objects::nonNull).toList();
  }

  /** An immutable, key-ordered copy of a language map, blank values dropped. */
  static Map<String, String> languages(Map<String, String> byLang) {
    TreeMap<String, String> m = new TreeMap<>();
    if (byLang != null) {
      byLang.forEach(
          (k, v) -> {
            if (k != null && clean(v) != null) m.put(k.strip(), clean(v));
          });
    }
    return Collections.unmodifiableMap(m);
  }

  /** An immutable, key-ordered copy of a map by country (ISO3 keys upper-cased), blanks dropped. */
  static Map<String, String> bySide(Map<String, String> byCountry) {
    TreeMap<String, String> m = new TreeMap<>();
    if (byCountry != null) {
      byCountry.forEach(
          (k, v) -> {
            if (clean(k) != null && clean(v) != null) {
              m.put(clean(k).toUpperCase(java.util.Locale.ROOT), clean(v));
            }
          });
    }
    return Collections.unmodifiableMap(m);
  }

  /** Collects {@code field: reason} problems. */
  static final class Problems {
    private final List<Text> list = new ArrayList<>();

    /** A reason the bundles do not word yet, the same in every language. */
    void add(String field, String reason) {
      list.add(CrossChecks.problem(field, "lang.literal", reason));
    }

    void add(String field, Text reason) {
      list.add(Text.of("lang.jr.field", field, reason));
    }

    /** A reason worded by the bundles ({@code lang.rec.*}); arguments are shown as given. */
    void worded(String field, String key, Object... args) {
      list.add(CrossChecks.problem(field, key, args));
    }

    void required(String field, Object value) {
      if (value == null || (value instanceof String s && s.isBlank()))
        worded(field, "lang.rec.missing");
    }

    void languages(String field, Map<String, String> byLang) {
      if (byLang.isEmpty()) worded(field, "lang.rec.langsMissing");
      for (String lang : byLang.keySet()) {
        if (!RegistryRecord.LANGUAGES.contains(lang)) {
          worded(field + "." + lang, "lang.rec.langUnknown", lang);
        }
      }
    }

    void sources(List<Source> sources) {
      for (int i = 0; i < sources.size(); i++) {
        Text problem = Source.urlProblem(sources.get(i).url());
        if (problem != null) add("sources[" + i + "].url", problem);
      }
    }

    /**
     * A decimal fits the column V2 gave it, NUMERIC(precision, scale): at most {@code precision -
     * scale} digits before the point and {@code scale} after. The columns went in V7 (the body is
     * the one truth) but the bound stays, so that every export, page and sum can print the number
     * in full (1e300 would print 301 digits; 1e999999999 would not fit in memory).
     */
    void decimal(String field, java.math.BigDecimal value, int precision, int scale) {
      if (value == null) return;
      long whole = (long) value.precision() - value.scale();
      if (whole > precision - scale) {
        worded(field, "lang.rec.tooLarge", shown(value), String.valueOf(precision - scale));
      } else if (value.stripTrailingZeros().scale() > scale) {
        worded(field, "lang.rec.decimals", shown(value), String.valueOf(scale));
      }
    }

    /** A number as a user wrote it, short whatever its exponent: 1E+300, not 301 digits. */
    static String shown(java.math.BigDecimal value) {
      boolean modest = value.precision() <= 30 && Math.abs(value.scale()) <= 30;
      return modest ? value.toPlainString() : value.round(new java.math.MathContext(6)).toString();
    }

    /** Every key of a map by country is a side of the pair (when the pair is known). */
    void sides(String field, Map<String, String> byCountry, Pair pair) {
      if (pair == null) return;
      for (String c : byCountry.keySet()) {
        if (!pair.has(c)) {
          worded(field + "." + c, "lang.rec.notSide", c, pair.toString(), pair.a(), pair.b());
        }
      }
    }

    void order(String field, PartialDate start, PartialDate end) {
      if (start != null && end != null && end.end().isBefore(start.start())) {
        worded(field, "lang.rec.beforeStart", end.toString(), start.toString());
      }
    }

    /** Each problem in English, {@code field: reason}. */
    List<String> list() {
      return list.stream().map(Text::english).toList();
    }

    /** Each problem for a door to word in its reader's language. */
    List<Text> texts() {
      return List.copyOf(list);
    }
  }
}
