package caravan.registry;

import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a target indicator's statement from the figures feature each time it is shown or exported:
 * an indicator with a {@code figureId} keeps only that id, and its target value, year, unit and
 * source (URL, date, quote) are the stated figure's as it stands now, so a correction imported with
 * {@code import-figures} shows at once and nothing is copied that could go stale.
 */
public final class TargetFigures {
  private final FiguresService figures;
  // the pair of an indicator that names none (read before it was given its pair)
  private final Pair fallback;

  /** The stated figures of each indicator's own pair, which its figureId links to. */
  public TargetFigures(FiguresService figures) {
    this.figures = figures;
    this.fallback = null;
  }

  /** The stated figures of the pair ({@code a}, {@code b}) that target indicators link to. */
  public TargetFigures(FiguresService figures, String a, String b) {
    this.figures = figures;
    this.fallback = new Pair(a, b);
  }

  /** The indicator with its linked figure's current values; unchanged when it links none. */
  Indicator resolve(Indicator i) {
    if (i.figureId() == null || pairOf(i) == null) return i;
    Optional<StatedFigure> found = linked(i);
    if (found.isEmpty()) {
      String missing = "The linked stated figure " + i.figureId() + " is not in the store.";
      String notes = i.notes() == null ? missing : i.notes() + "\n" + missing;
      return i.withTarget(i.unit(), null, null, notes, i.sources());
    }
    StatedFigure f = found.get();
    List<Source> sources = new ArrayList<>();
    sources.add(source(f));
    // sources an editor added beside the statement stay; a stored copy of the statement does not
    for (Source s : i.sources()) if (!isStatement(s, f)) sources.add(s);
    return i.withTarget(f.unit(), f.value(), targetYear(f), i.notes(), sources);
  }

  /**
   * What the registry stores of an indicator linked to a figure: the link without the figure's
   * value, year and source, which an edit of the shown (resolved) record would otherwise copy.
   */
  Indicator unlink(Indicator i) {
    if (i.figureId() == null || pairOf(i) == null) return i;
    Optional<StatedFigure> found = linked(i);
    if (found.isEmpty()) return i;
    StatedFigure f = found.get();
    List<Source> own = i.sources().stream().filter(s -> !isStatement(s, f)).toList();
    return i.withTarget(i.unit(), null, null, i.notes(), own);
  }

  private Pair pairOf(Indicator i) {
    return i.pair() != null ? i.pair() : fallback;
  }

  /** The stated figure an indicator links to, in its own pair (or the fallback pair). */
  private Optional<StatedFigure> linked(Indicator i) {
    Pair pair = pairOf(i);
    return figures.figure(pair.a(), pair.b(), i.figureId());
  }

  /**
   * True for the figure's own source: same address, or, where the article's address is unknown
   * (empty), the same quote.
   */
  private static boolean isStatement(Source s, StatedFigure f) {
    return java.util.Objects.equals(s.url(), f.sourceUrl())
        && (f.sourceUrl() != null || java.util.Objects.equals(s.quote(), f.quote()));
  }

  /**
   * A target statement's period is when it was said, not the year to reach: the year is the
   * period's only where the basis names it ("… by 2025"), else none.
   */
  static Integer targetYear(StatedFigure f) {
    if (f.period() == null || f.basis() == null) return null;
    return f.basis().matches(".*\\bby (19|20)\\d\\d\\b.*") ? f.period().end().getYear() : null;
  }

  private static Source source(StatedFigure f) {
    PartialDate date =
        f.sourceDate() == null
            ? null
            : PartialDate.of(
                f.sourceDate().getYear(),
                f.sourceDate().getMonthValue(),
                f.sourceDate().getDayOfMonth());
    return new Source(f.sourceUrl(), date, f.quote());
  }
}
