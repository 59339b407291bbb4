package caravan.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement and every source that quoted it: figures with the same indicator, direction,
 * period, value (low and high) and unit are the same statement said or reported more than once (the
 * talks' +40 % via Akorda and via Report.az), so they count once and support each other. The first
 * figure is the best-ranked source ({@link SourceRanking}); it gives the statement's values.
 */
public record Statement(List<StatedFigure> figures) {
  public Statement {
    if (figures == null || figures.isEmpty()) {
      throw new IllegalArgumentException("A statement needs at least one figure");
    }
    figures = List.copyOf(figures);
  }

  /** The best-ranked source's figure, whose values all the others share. */
  public StatedFigure figure() {
    return figures.get(0);
  }

  /** Every figure id quoting this statement, best-ranked source first. */
  public List<String> ids() {
    return figures.stream().map(StatedFigure::id).toList();
  }

  public BigDecimal valueLow() {
    return figure().valueLow();
  }

  /** Null for an open lower bound ("exceeded 340 m"). */
  public BigDecimal valueHigh() {
    return figure().valueHigh();
  }

  public Bound bound() {
    return Bound.of(figure());
  }

  /**
   * One statement quoted by several sources is one statement: figures with the same indicator,
   * direction, period, value and unit, whose source dates do not differ (equal, or one undated),
   * such as the talks' +40 % for 2025-01..2025-10 via Akorda (Zakon.kz) and via Report.az. Undated
   * periods are never merged: nothing shows two undated figures are one statement. Best-ranked
   * statement first.
   */
  public static List<Statement> quoted(List<StatedFigure> figures) {
    List<List<StatedFigure>> groups = new ArrayList<>();
    figures.stream()
        .sorted(SourceRanking.PREFERENCE)
        .forEach(
            f -> {
              for (List<StatedFigure> g : groups) {
                if (f.period() != null
                    && key(g.get(0), true).equals(key(f, true))
                    && g.stream().allMatch(o -> sameDay(o, f))) {
                  g.add(f);
                  return;
                }
              }
              groups.add(new ArrayList<>(List.of(f)));
            });
    return groups.stream().map(Statement::new).toList();
  }

  private static boolean sameDay(StatedFigure x, StatedFigure y) {
    return x.sourceDate() == null
        || y.sourceDate() == null
        || x.sourceDate().equals(y.sourceDate());
  }

  /**
   * Figures that give the same value for the same thing support each other, whenever they were
   * said: groups them, keeping the order in which each statement first appears after ranking the
   * figures by {@link SourceRanking}, so the best-ranked statement comes first.
   */
  public static List<Statement> group(List<StatedFigure> figures) {
    return group(figures, true);
  }

  /**
   * Groups as {@link #group(List)}, but figures of one flow stated by either side (A's exports to B
   * and B's imports from A) count as one statement when they give the same value: they support the
   * same number.
   */
  public static List<Statement> groupFlow(List<StatedFigure> figures) {
    return group(figures, false);
  }

  private static List<Statement> group(List<StatedFigure> figures, boolean byIndicator) {
    Map<List<Object>, List<StatedFigure>> by = new LinkedHashMap<>();
    figures.stream()
        .sorted(SourceRanking.PREFERENCE)
        .forEach(f -> by.computeIfAbsent(key(f, byIndicator), k -> new ArrayList<>()).add(f));
    return by.values().stream().map(Statement::new).toList();
  }

  private static List<Object> key(StatedFigure f, boolean byIndicator) {
    Period p = f.period();
    return java.util.Arrays.asList(
        f.pairA().compareTo(f.pairB()) < 0 ? f.pairA() + f.pairB() : f.pairB() + f.pairA(),
        byIndicator ? f.indicator() : "",
        f.direction(),
        p == null ? null : p.start(),
        p == null ? null : p.end(),
        f.valueLow(),
        Objects.requireNonNullElse(f.valueHigh(), "open"),
        f.unit());
  }
}
