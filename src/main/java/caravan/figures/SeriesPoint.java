package caravan.figures;

import java.util.List;

/**
 * One period of a series: the figure preferred by the source ranking (see {@link FiguresService})
 * and the other figures for the same indicator, direction and period whose value differs from it.
 */
public record SeriesPoint(Period period, StatedFigure preferred, List<StatedFigure> conflicts) {
  public SeriesPoint {
    conflicts = List.copyOf(conflicts);
  }
}
