package caravan.registry;

import caravan.text.Countries;
import caravan.text.Country;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two countries a registry record belongs to, as ISO3 codes: {@code KAZ-IRN}, side A first. A
 * store keeps records of several pairs side by side; every list, export and match is of one pair.
 * The order is the one the user declared; a filter finds a pair in either order.
 */
public record Pair(String a, String b) {
  public Pair {
    a = code(a);
    b = code(b);
    if (a.equals(b)) {
      throw ValidationException.worded(
          caravan.text.Text.of("reg.pair.refused", a + "-" + b),
          List.of(ExportBatch.at("pair", caravan.text.Text.of("reg.pair.same"))));
    }
  }

  /**
   * A pair written {@code KAZ-IRN}, checked for its shape only (two ISO3 codes joined by a dash);
   * whether the countries exist is checked where the country list is known ({@link #parse(String,
   * Countries)}). Null or blank gives null: no pair named.
   */
  @JsonCreator
  public static Pair of(String text) {
    if (text == null || text.isBlank()) return null;
    String[] parts = text.strip().toUpperCase(Locale.ROOT).split("-");
    if (parts.length != 2 || !parts[0].matches("[A-Z]{3}") || !parts[1].matches("[A-Z]{3}")) {
      throw notUnderstood(text);
    }
    return new Pair(parts[0], parts[1]);
  }

  /**
   * A pair as a user writes it: two ISO3 codes ({@code KAZ-TUR}) or UN M49 codes ({@code 398-792})
   * joined by a dash, each a country of the M49 list; null or blank gives null.
   */
  public static Pair parse(String text, Countries countries) {
    if (text == null || text.isBlank()) return null;
    String[] parts = text.strip().split("-");
    if (parts.length != 2) throw notUnderstood(text);
    List<caravan.text.Text> problems = new ArrayList<>();
    String[] iso3 = new String[2];
    for (int i = 0; i < 2; i++) {
      Optional<Country> c = country(parts[i].strip(), countries);
      if (c.isEmpty()) {
        problems.add(CrossChecks.problem("pair", "lang.rec.pairCode", parts[i].strip()));
      } else {
        iso3[i] = c.get().iso3();
      }
    }
    if (!problems.isEmpty()) throw ValidationException.worded("Pair '" + text + "'", problems);
    return new Pair(iso3[0], iso3[1]);
  }

  private static Optional<Country> country(String code, Countries countries) {
    if (code.matches("\\d{1,3}")) return countries.byM49(Integer.parseInt(code));
    return countries.byIso3(code);
  }

  /** True when {@code country} is side A or side B. */
  public boolean has(String country) {
    return a.equals(country) || b.equals(country);
  }

  /** The side that is not {@code country} (which must be one of the two). */
  public String other(String country) {
    if (a.equals(country)) return b;
    if (b.equals(country)) return a;
    throw new IllegalArgumentException(country + " is not in " + this);
  }

  /** The same two countries, B first. */
  public Pair reversed() {
    return new Pair(b, a);
  }

  /** The two codes, A first. */
  public List<String> sides() {
    return List.of(a, b);
  }

  @JsonValue
  @Override
  public String toString() {
    return a + "-" + b;
  }

  private static String code(String s) {
    if (s == null || !s.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
      throw notUnderstood(String.valueOf(s));
    }
    return s.strip().toUpperCase(Locale.ROOT);
  }

  private static ValidationException notUnderstood(String text) {
    return ValidationException.worded(
        caravan.text.Text.of("reg.pair.refusedText", text),
        List.of(ExportBatch.at("pair", caravan.text.Text.of("reg.pair.notUnderstood", text))));
  }
}
