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
    Pair pair = i.pair() != null ? i.pair() : fallback;
    if (i.figureId() == null || pair == null) return i;
    Optional<StatedFigure> found =
        figures.figures(pair.a(), pair.b()).stream()
            .filter(f -> f.id().equals(i.figureId()))
            .findFirst();
    if (found.isEmpty()) {
      String missing = "The linked stated figure " + i.figureId() + " is not in the store.";
      return new Indicator(
          i.id(),
          i.version(),
          i.indicator(),
          i.title(),
          i.unit(),
          i.aggregation(),
          i.baseline(),
          i.baselineYear(),
          null,
          null,
          i.figureId(),
          i.actuals(),
          i.notes() == null ? missing : i.notes() + "\n" + missing,
          i.sources(),
          i.pair());
    }
    StatedFigure f = found.get();
    List<Source> sources = new ArrayList<>();
    sources.add(source(f));
    // sources an editor added beside the statement stay; a stored copy of the statement does not
    for (Source s : i.sources()) if (!s.url().equals(f.sourceUrl())) sources.add(s);
    return new Indicator(
        i.id(),
        i.version(),
        i.indicator(),
        i.title(),
        f.unit(),
        i.aggregation(),
        i.baseline(),
        i.baselineYear(),
        f.value(),
        targetYear(f),
        f.id(),
        i.actuals(),
        i.notes(),
        sources,
        i.pair());
  }

  /**
   * What the registry stores of an indicator linked to a figure: the link without the figure's
   * value, year and source, which an edit of the shown (resolved) record would otherwise copy.
   */
  Indicator unlink(Indicator i) {
    Pair pair = i.pair() != null ? i.pair() : fallback;
    if (i.figureId() == null || pair == null) return i;
    Optional<StatedFigure> found =
        figures.figures(pair.a(), pair.b()).stream()
            .filter(f -> f.id().equals(i.figureId()))
            .findFirst();
    if (found.isEmpty()) return i;
    String url = found.get().sourceUrl();
    return new Indicator(
        i.id(),
        i.version(),
        i.indicator(),
        i.title(),
        i.unit(),
        i.aggregation(),
        i.baseline(),
        i.baselineYear(),
        null,
        null,
        i.figureId(),
        i.actuals(),
        i.notes(),
        i.sources().stream().filter(s -> !url.equals(s.url())).toList(),
        i.pair());
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
