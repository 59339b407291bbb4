package caravan.trade;

import caravan.text.InvalidValueException;
import java.util.Locale;
import java.util.Map;

/**
 * What a profile is asked for: the pair (A first: exports are A→B), the period (null: the latest
 * with data), the basis, the CAGR window in years and the year by which the target should be met.
 */
public record ProfileRequest(
    String a, String b, FlowPeriod period, Basis basis, int cagrYears, int targetYear) {

  /** Bulk product flows (imported files) or the figures officials stated. */
  public enum Basis {
    FLOWS,
    STATED;

    public static Basis parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(
            "Basis '" + text + "' is not known: use flows or stated",
            Map.of("field", "basis", "value", text));
      }
    }
  }

  public ProfileRequest {
    a = a.trim().toUpperCase(Locale.ROOT);
    b = b.trim().toUpperCase(Locale.ROOT);
    if (a.equals(b)) {
      throw new InvalidValueException(
          "A pair needs two countries, got '" + a + "' twice", Map.of("field", "pair", "value", a));
    }
    if (cagrYears < 1 || cagrYears > 30) {
      throw new InvalidValueException(
          "The CAGR window must be 1 to 30 years, got " + cagrYears,
          Map.of("field", "cagr-years", "value", cagrYears));
    }
  }

  public static ProfileRequest of(String a, String b, Basis basis) {
    return new ProfileRequest(a, b, null, basis, 5, 2030);
  }
}
