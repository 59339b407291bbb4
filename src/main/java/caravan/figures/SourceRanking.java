package caravan.figures;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The documented source ranking that picks one figure per period of a series (also in
 * data/figures/PROVENANCE.md), read from {@code reported_by} and {@code basis} together:
 *
 * <ol>
 *   <li>a national statistics office ("Statistics Committee", "Committee on Statistics");
 *   <li>customs ("Customs", "IRICA");
 *   <li>a head of state or government statement ("President", "Akorda", "PM", "Prime Minister",
 *       "First VP");
 *   <li>a ministry ("Ministry", "Minister", "FM");
 *   <li>press without an official attribution.
 * </ol>
 *
 * Ties go to the most recent {@code source_date} (undated last), then to the lowest id.
 */
final class SourceRanking {
  private SourceRanking() {}

  private static final Pattern GOVERNMENT =
      Pattern.compile("\\b(President|Akorda|PM|Prime Minister|First VP)\\b");
  private static final Pattern MINISTRY = Pattern.compile("\\b(Ministry|Minister|minister|FM)\\b");

  static int rank(StatedFigure f) {
    String text = f.reportedBy() + " " + (f.basis() == null ? "" : f.basis());
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("statistics committee") || lower.contains("committee on statistics")) {
      return 1;
    }
    if (lower.contains("customs") || text.contains("IRICA")) return 2;
    if (GOVERNMENT.matcher(text).find()) return 3;
    if (MINISTRY.matcher(text).find()) return 4;
    return 5;
  }

  /** Best first: rank, then most recent source date (undated last), then lowest id. */
  static final Comparator<StatedFigure> PREFERENCE =
      Comparator.comparingInt(SourceRanking::rank)
          .thenComparing(StatedFigure::sourceDate, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(StatedFigure::id);
}
