package caravan.trade;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The trade indicators' formulas, each with its reference. Pure functions over plain numbers so the
 * tests can check them against hand computations.
 */
final class Indicators {
  private Indicators() {}

  /**
   * Growth of {@code now} over {@code before}: now / before - 1; empty when before is not positive.
   */
  static OptionalDouble growth(double now, double before) {
    return before > 0 ? OptionalDouble.of(now / before - 1) : OptionalDouble.empty();
  }

  /**
   * Compound annual growth rate between two levels {@code years} apart: (last / first)^(1/years) -
   * 1 (World Bank WITS glossary, "Compound annual growth rate").
   */
  static OptionalDouble cagr(double first, double last, int years) {
    if (first <= 0 || last <= 0 || years <= 0) return OptionalDouble.empty();
    return OptionalDouble.of(Math.pow(last / first, 1.0 / years) - 1);
  }

  /** Yearly growth needed to go from {@code level} to {@code target} in {@code years} years. */
  static OptionalDouble neededRate(double level, double target, int years) {
    return cagr(level, target, years);
  }

  /**
   * First whole year in which {@code level}, growing at {@code rate} a year from {@code baseYear},
   * reaches {@code target}: baseYear + ceil(ln(target/level) / ln(1+rate)), and at least baseYear +
   * 1 when below it (growing takes a year, whatever the rounding). Empty when the rate is not
   * positive (the target is never reached at that pace).
   */
  static OptionalInt yearReached(double level, int baseYear, double target, double rate) {
    if (level >= target) return OptionalInt.of(baseYear);
    if (rate <= 0 || level <= 0) return OptionalInt.empty();
    double years = Math.log(target / level) / Math.log(1 + rate);
    return OptionalInt.of(baseYear + Math.max(1, (int) Math.ceil(years - 1e-9)));
  }

  /** Herfindahl–Hirschman index: the sum of squared shares (WITS: "Herfindahl-Hirschman Index"). */
  static double hhi(double[] values) {
    double total = Arrays.stream(values).sum();
    if (total <= 0) return 0;
    double h = 0;
    for (double v : values) {
      double s = v / total;
      h += s * s;
    }
    return h;
  }

  /** HHI rescaled to 0..1 whatever the number of products N: (HHI - 1/N) / (1 - 1/N). */
  static double normalizedHhi(double[] values) {
    int n = (int) Arrays.stream(values).filter(v -> v > 0).count();
    if (n <= 1) return n == 1 ? 1 : 0;
    return (hhi(values) - 1.0 / n) / (1 - 1.0 / n);
  }

  /**
   * Theil entropy index over the N traded products: (1/N) Σ (x_i/μ) ln(x_i/μ), μ the mean (WITS:
   * "Theil index"); 0 for an even basket, ln N for a single product among N.
   */
  static double theil(double[] values) {
    double[] traded = Arrays.stream(values).filter(v -> v > 0).toArray();
    int n = traded.length;
    if (n == 0) return 0;
    double mean = Arrays.stream(traded).sum() / n;
    double t = 0;
    for (double v : traded) {
      double r = v / mean;
      t += r * Math.log(r);
    }
    return t / n;
  }

  /** Share of the {@code k} largest values in the total. */
  static double topShare(double[] values, int k) {
    double total = Arrays.stream(values).sum();
    if (total <= 0) return 0;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double top = 0;
    for (int i = sorted.length - 1; i >= 0 && i >= sorted.length - k; i--) top += sorted[i];
    return top / total;
  }
}
