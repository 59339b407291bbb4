package caravan.opportunities;

import java.util.Collections;
import java.util.List;

/**
 * Every indicator of one complexity computation, by index (the order of {@link #countries()} and
 * {@link #products()}, sorted codes) and by code. Countries and products that had to be left out
 * are only in {@link #dropped()}, with their reason; asking for them by code throws.
 *
 * <p>Conventions (see {@link ComplexityOptions}): ECI's sign makes it correlate positively with
 * diversity; ECI and PCI are z-scores. Proximity is φ = |M_p ∧ M_q| / max(k_p, k_q), with 1 on the
 * diagonal, likewise for countries over products. Density ω_cp = Σ_q M_cq φ_pq / Σ_q φ_pq; distance
 * 1 − ω. COI_c = Σ_p ω_cp (1 − M_cp) PCI_p; COG_cp = (1 − M_cp) Σ_q φ_pq / (Σ_r φ_qr) (1 − M_cq)
 * PCI_q, unnormalised (the R package) unless {@link ComplexityOptions#standardOutlook()}.
 * Immutable: arrays are never handed out.
 */
public final class ComplexityResult {
  private final ComplexityOptions options;
  private final List<String> countries;
  private final List<String> products;
  private final double[] rca;
  private final long[] m;
  private final int words;
  private final int[] diversity;
  private final int[] ubiquity;
  private final double[] eci;
  private final double[] pci;
  private final double[] fitness;
  private final double[] complexity;
  private final float[] productProximity;
  private final float[] countryProximity;
  private final float[] density;
  private final double[] coi;
  private final float[] cog;
  private final List<Dropped> dropped;

  ComplexityResult(
      ComplexityOptions options,
      List<String> countries,
      List<String> products,
      double[] rca,
      long[] m,
      int[] diversity,
      int[] ubiquity,
      double[] eci,
      double[] pci,
      double[] fitness,
      double[] complexity,
      float[] productProximity,
      float[] countryProximity,
      float[] density,
      double[] coi,
      float[] cog,
      List<Dropped> dropped) {
    this.options = options;
    this.countries = List.copyOf(countries);
    this.products = List.copyOf(products);
    this.rca = rca;
    this.m = m;
    this.words = Bits.words(products.size());
    this.diversity = diversity;
    this.ubiquity = ubiquity;
    this.eci = eci;
    this.pci = pci;
    this.fitness = fitness;
    this.complexity = complexity;
    this.productProximity = productProximity;
    this.countryProximity = countryProximity;
    this.density = density;
    this.coi = coi;
    this.cog = cog;
    this.dropped = List.copyOf(dropped);
  }

  public ComplexityOptions options() {
    return options;
  }

  /** Country codes with indicators, sorted. */
  public List<String> countries() {
    return countries;
  }

  /** Product codes with indicators, sorted. */
  public List<String> products() {
    return products;
  }

  /** What was left out and why, countries first, each side in code order. */
  public List<Dropped> dropped() {
    return dropped;
  }

  /** The index of a country code, or -1 when it has no indicators. */
  public int countryIndex(String code) {
    int i = Collections.binarySearch(countries, code);
    return i < 0 ? -1 : i;
  }

  /** The index of a product code, or -1 when it has no indicators. */
  public int productIndex(String code) {
    int i = Collections.binarySearch(products, code);
    return i < 0 ? -1 : i;
  }

  private int c(String code) {
    int i = countryIndex(code);
    if (i < 0) throw new IllegalArgumentException("No complexity indicators for country " + code);
    return i;
  }

  private int p(String code) {
    int i = productIndex(code);
    if (i < 0) throw new IllegalArgumentException("No complexity indicators for product " + code);
    return i;
  }

  private int cell(int c, int p) {
    return c * products.size() + p;
  }

  public double rca(int c, int p) {
    return rca[cell(c, p)];
  }

  public double rca(String country, String product) {
    return rca(c(country), p(product));
  }

  public boolean m(int c, int p) {
    return Bits.get(m, c * words, p);
  }

  public boolean m(String country, String product) {
    return m(c(country), p(product));
  }

  public int diversity(int c) {
    return diversity[c];
  }

  public int diversity(String country) {
    return diversity[c(country)];
  }

  public int ubiquity(int p) {
    return ubiquity[p];
  }

  public int ubiquity(String product) {
    return ubiquity[p(product)];
  }

  public double eci(int c) {
    return eci[c];
  }

  public double eci(String country) {
    return eci[c(country)];
  }

  public double pci(int p) {
    return pci[p];
  }

  public double pci(String product) {
    return pci[p(product)];
  }

  /**
   * Fitness (the R package's fitness method, mean 1); computed only with {@link
   * ComplexityOptions.Method#FITNESS}.
   */
  public double fitness(int c) {
    return fitted(fitness)[c];
  }

  private double[] fitted(double[] values) {
    if (values == null)
      throw new IllegalStateException(
          "Fitness and complexity are computed with Method.FITNESS only");
    return values;
  }

  public double fitness(String country) {
    return fitted(fitness)[c(country)];
  }

  /** Product complexity of the fitness method (mean 1); with {@code Method.FITNESS} only. */
  public double complexity(int p) {
    return fitted(complexity)[p];
  }

  public double complexity(String product) {
    return fitted(complexity)[p(product)];
  }

  /** φ_pq; symmetric, kept once per pair (the upper triangle, row by row), 1 on the diagonal. */
  public double productProximity(int p, int q) {
    if (p == q) return 1;
    int a = Math.min(p, q);
    int b = Math.max(p, q);
    return productProximity[Complexity.triangleRow(a, products.size()) + b - a - 1];
  }

  public double productProximity(String p, String q) {
    return productProximity(p(p), p(q));
  }

  public double countryProximity(int c, int d) {
    return countryProximity[c * countries.size() + d];
  }

  public double countryProximity(String c, String d) {
    return countryProximity(c(c), c(d));
  }

  public double density(int c, int p) {
    return density[cell(c, p)];
  }

  public double density(String country, String product) {
    return density(c(country), p(product));
  }

  public double distance(int c, int p) {
    return 1 - density[cell(c, p)];
  }

  public double distance(String country, String product) {
    return distance(c(country), p(product));
  }

  public double coi(int c) {
    return coi[c];
  }

  public double coi(String country) {
    return coi[c(country)];
  }

  /** Complexity outlook gain; 0 where the country already has M = 1. */
  public double cog(int c, int p) {
    return cog[cell(c, p)];
  }

  public double cog(String country, String product) {
    return cog(c(country), p(product));
  }
}
