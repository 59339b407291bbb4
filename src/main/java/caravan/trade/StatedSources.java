package caravan.trade;

import caravan.figures.StatedFigure;
import caravan.trade.Profile.Source;

/** A stated figure as a profile source: who said it, where, when, in their words. */
final class StatedSources {
  private StatedSources() {}

  static Source of(StatedFigure f) {
    return new Source(
        f.id(),
        f.reportedBy(),
        f.sourceUrl(),
        f.sourceDate() == null ? null : f.sourceDate().toString(),
        f.quote());
  }
}
