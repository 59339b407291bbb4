package caravan.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses, for one year, the turnover and the flow each way from statements that agree with each
 * other. A set of at most one statement per part (turnover, A→B, B→A) is consistent when its parts
 * do not contradict its total within the stated rounding: with all three, A→B + B→A meets the
 * turnover; with the turnover and one flow, the flow is not above the turnover. Each number is
 * taken to carry half a unit of its last stated digit (516.3 ± 0.05, 422 ± 0.5); a range spans its
 * ends, a lower bound ("exceeded 340") has no upper end and an upper bound ("up to 15") no lower
 * end, so a bound is never taken as if exact.
 *
 * <p>The rule (also in data/figures/PROVENANCE.md): the consistent set with the most parts wins;
 * among as many parts, the better sources by {@link SourceRanking} (the smallest sum of ranks),
 * then the set quoted by more sources, then the preferred turnover, A→B and B→A figures. So for
 * 2018 the Deputy PM's 516.3 = 426.7 + 89.5 (R08–R10) wins over the Statistics Committee's 422
 * (R07) alone, and R07 is a conflict. Statements that say the same value are one statement ({@link
 * Statement}), so a second source never shows as a conflict of the first.
 */
final class ConsistentYears {
  private ConsistentYears() {}

  static final String TOTAL = "total";

  /**
   * The chosen set for one year from the statements of each part ({@code ab} and {@code ba} named
   * by their direction); null when no part has a statement.
   */
  static StatedYear choose(
      Period year,
      List<Statement> total,
      String abName,
      List<Statement> ab,
      String baName,
      List<Statement> ba) {
    Candidate best = null;
    for (Statement t : withNone(total)) {
      for (Statement x : withNone(ab)) {
        for (Statement m : withNone(ba)) {
          Candidate c = new Candidate(t, x, m);
          if (c.size() == 0 || !consistent(t, x, m)) continue;
          if (best == null || ORDER.compare(c, best) < 0) best = c;
        }
      }
    }
    if (best == null) return null;
    List<StatedYear.Conflict> conflicts = new ArrayList<>();
    leftOut(TOTAL, total, best.t, conflicts);
    leftOut(abName, ab, best.x, conflicts);
    leftOut(baName, ba, best.m, conflicts);
    boolean complete =
        (total.isEmpty() || best.t != null)
            && (ab.isEmpty() || best.x != null)
            && (ba.isEmpty() || best.m != null);
    return new StatedYear(year, best.t, best.x, best.m, conflicts, complete, false);
  }

  /** True when the parts given (any may be null) do not contradict each other. */
  static boolean consistent(Statement t, Statement x, Statement m) {
    if (t != null && x != null && m != null) {
      BigDecimal low = low(x) == null || low(m) == null ? null : low(x).add(low(m));
      BigDecimal high = high(x) == null || high(m) == null ? null : high(x).add(high(m));
      return overlap(low, high, low(t), high(t));
    }
    if (t != null) {
      for (Statement part : new Statement[] {x, m}) {
        if (part != null
            && high(t) != null
            && low(part) != null
            && low(part).compareTo(high(t)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Half a unit of the last digit stated: 516.3 → 0.05, 422 → 0.5, 3000 → 0.5. */
  static BigDecimal rounding(BigDecimal v) {
    int scale = Math.max(0, Decimals.normal(v).scale());
    return BigDecimal.valueOf(5, scale + 1);
  }

  /** The lowest value the statement allows, its rounding taken off; null for an upper bound. */
  static BigDecimal low(Statement s) {
    return s.valueLow() == null ? null : s.valueLow().subtract(rounding(s.valueLow()));
  }

  /** The highest value the statement allows, its rounding added; null for a lower bound. */
  static BigDecimal high(Statement s) {
    return s.valueHigh() == null ? null : s.valueHigh().add(rounding(s.valueHigh()));
  }

  private static boolean overlap(BigDecimal l1, BigDecimal h1, BigDecimal l2, BigDecimal h2) {
    return (h2 == null || l1 == null || l1.compareTo(h2) <= 0)
        && (h1 == null || l2 == null || l2.compareTo(h1) <= 0);
  }

  private static void leftOut(
      String part, List<Statement> all, Statement chosen, List<StatedYear.Conflict> out) {
    for (Statement s : all) if (s != chosen) out.add(new StatedYear.Conflict(part, s));
  }

  private static List<Statement> withNone(List<Statement> options) {
    List<Statement> out = new ArrayList<>(options);
    out.add(null);
    return out;
  }

  private record Candidate(Statement t, Statement x, Statement m) {
    List<Statement> parts() {
      return Arrays.stream(new Statement[] {t, x, m}).filter(Objects::nonNull).toList();
    }

    int size() {
      return parts().size();
    }

    int rankSum() {
      return parts().stream().mapToInt(s -> SourceRanking.rank(s.figure())).sum();
    }

    int quotes() {
      return parts().stream().mapToInt(s -> s.figures().size()).sum();
    }
  }

  private static final Comparator<StatedFigure> FIGURE =
      Comparator.nullsLast(SourceRanking.PREFERENCE);

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::size)
          .reversed()
          .thenComparingInt(Candidate::rankSum)
          .thenComparing(Comparator.comparingInt(Candidate::quotes).reversed())
          .thenComparing(c -> first(c.t), FIGURE)
          .thenComparing(c -> first(c.x), FIGURE)
          .thenComparing(c -> first(c.m), FIGURE);

  private static StatedFigure first(Statement s) {
    return s == null ? null : s.figure();
  }
}
