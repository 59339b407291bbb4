package caravan.opportunities;

/**
 * How economic complexity is computed; the peers disagree on several points, so each is an option
 * whose default follows the R package economiccomplexity and the OEC (Datawheel):
 *
 * <ul>
 *   <li>{@code rcaCutoff}, {@code strictCutoff}: M = 1 when RCA &ge; 1 (py-ecomplexity, R,
 *       Datawheel); strict (RCA &gt; 1) is Stata's {@code ecomplexity.ado}.
 *   <li>{@code sampleDeviation}: z-scores with the sample standard deviation, n&minus;1 (R,
 *       Datawheel); false is numpy's population deviation, n (py-ecomplexity, Stata).
 *   <li>{@code pciByEci}: false normalises PCI by its own mean and deviation (R, Datawheel); true
 *       by ECI's raw mean and deviation (py-ecomplexity, Stata), under which, for the method of
 *       reflections, ECI is exactly the mean PCI of a country's products.
 *   <li>{@code standardOutlook}: false leaves COI and COG as computed (R); true standardises COI to
 *       z-scores and divides COG by the deviation of raw ECI (py-ecomplexity, Stata).
 *   <li>{@code iterations}: steps of the method of reflections and of fitness–complexity.
 * </ul>
 */
public record ComplexityOptions(
    Method method,
    int iterations,
    double rcaCutoff,
    boolean strictCutoff,
    boolean sampleDeviation,
    boolean pciByEci,
    boolean standardOutlook) {

  /** How ECI and PCI are found. */
  public enum Method {
    /** The second eigenvector of the country matrix; PCI by one reflection (the default). */
    EIGENVALUES,
    /** Hidalgo and Hausmann's method of reflections. */
    REFLECTIONS,
    /**
     * Tacchella et al.'s fitness and complexity (as the R package computes them), given beside ECI
     * and PCI by the eigenvector method.
     */
    FITNESS
  }

  public ComplexityOptions {
    if (method == null) throw new IllegalArgumentException("method is required");
    if (iterations < 2) throw new IllegalArgumentException("iterations must be at least 2");
    if (!(rcaCutoff > 0) || Double.isInfinite(rcaCutoff))
      throw new IllegalArgumentException("rcaCutoff must be a positive number");
  }

  public ComplexityOptions(
      Method method,
      int iterations,
      double rcaCutoff,
      boolean strictCutoff,
      boolean sampleDeviation) {
    this(method, iterations, rcaCutoff, strictCutoff, sampleDeviation, false, false);
  }

  /** Eigenvector method, 20 iterations, RCA &ge; 1, sample deviation, PCI by its own moments. */
  public static ComplexityOptions defaults() {
    return new ComplexityOptions(Method.EIGENVALUES, 20, 1.0, false, true);
  }

  public ComplexityOptions withMethod(Method m) {
    return new ComplexityOptions(
        m, iterations, rcaCutoff, strictCutoff, sampleDeviation, pciByEci, standardOutlook);
  }

  public ComplexityOptions withIterations(int n) {
    return new ComplexityOptions(
        method, n, rcaCutoff, strictCutoff, sampleDeviation, pciByEci, standardOutlook);
  }

  public ComplexityOptions withStrictCutoff(boolean strict) {
    return new ComplexityOptions(
        method, iterations, rcaCutoff, strict, sampleDeviation, pciByEci, standardOutlook);
  }

  public ComplexityOptions withSampleDeviation(boolean sample) {
    return new ComplexityOptions(
        method, iterations, rcaCutoff, strictCutoff, sample, pciByEci, standardOutlook);
  }

  public ComplexityOptions withPciByEci(boolean byEci) {
    return new ComplexityOptions(
        method, iterations, rcaCutoff, strictCutoff, sampleDeviation, byEci, standardOutlook);
  }

  public ComplexityOptions withStandardOutlook(boolean standard) {
    return new ComplexityOptions(
        method, iterations, rcaCutoff, strictCutoff, sampleDeviation, pciByEci, standard);
  }

  /** Whether an RCA value makes M = 1. */
  boolean specialised(double rca) {
    return strictCutoff ? rca > rcaCutoff : rca >= rcaCutoff;
  }
}
