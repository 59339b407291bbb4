package caravan.trade;

import caravan.text.InvalidValueException;
import caravan.text.Text;
import java.util.Locale;
import java.util.Map;

/**
 * What a profile is asked for: the pair (A first: exports are A→B), the period (null: the latest
 * with data), the basis, the CAGR window in years and the year by which the target should be met.
 * {@code iranianPeriod}: a Solar Hijri period asked instead ({@code SH1403}, {@code
 * SH1404-01..SH1404-07}; then {@code period} is null); {@code iranianYears}: the stated series is
 * read in Iranian years.
 */
public record ProfileRequest(
    String a,
    String b,
    FlowPeriod period,
    Basis basis,
    int cagrYears,
    int targetYear,
    caravan.figures.Period iranianPeriod,
    boolean iranianYears) {

  /** A request in calendar years. */
  public ProfileRequest(
      String a, String b, FlowPeriod period, Basis basis, int cagrYears, int targetYear) {
    this(a, b, period, basis, cagrYears, targetYear, null, false);
  }

  /** True when the period or the series is asked in the Solar Hijri calendar. */
  public boolean solarHijri() {
    return iranianPeriod != null || iranianYears;
  }

  /**
   * Parses a period as the CLI and the API take it: a calendar year or months ({@link FlowPeriod}),
   * or a Solar Hijri year or months ({@code SH1403}, {@code SH1404-01..SH1404-07}). Returns the
   * calendar period, or null with {@code iranian[0]} set.
   */
  public static FlowPeriod parsePeriod(String text, caravan.figures.Period[] iranian) {
    if (text != null && text.trim().toUpperCase(Locale.ROOT).startsWith("SH")) {
      iranian[0] = caravan.figures.Period.parse(text.trim().toUpperCase(Locale.ROOT));
      return null;
    }
    return FlowPeriod.parse(text);
  }

  /** Reads a calendar name: gregorian (or empty) or solar-hijri (also sh). */
  public static boolean iranianCalendar(String text) {
    if (text == null || text.isBlank()) return false;
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("gregorian")) return false;
    if (t.equals("solar-hijri") || t.equals("sh")) return true;
    throw new InvalidValueException(
        Text.of("trd.err.calendar", text), Map.of("field", "calendar", "value", text));
  }

  /** Bulk product flows (imported files) or the figures officials stated. */
  public enum Basis {
    FLOWS,
    STATED;

    public static Basis parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(
            Text.of("trd.err.basis", text), Map.of("field", "basis", "value", text));
      }
    }
  }

  public ProfileRequest {
    a = a.trim().toUpperCase(Locale.ROOT);
    b = b.trim().toUpperCase(Locale.ROOT);
    if (a.equals(b)) {
      throw new InvalidValueException(
          Text.of("trd.err.samePair", a), Map.of("field", "pair", "value", a));
    }
    if (cagrYears < 1 || cagrYears > 30) {
      throw new InvalidValueException(
          Text.of("trd.err.cagr", String.valueOf(cagrYears)),
          Map.of("field", "cagr-years", "value", cagrYears));
    }
  }

  public static ProfileRequest of(String a, String b, Basis basis) {
    return new ProfileRequest(a, b, null, basis, 5, 2030);
  }
}
