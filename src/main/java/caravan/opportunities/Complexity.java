package caravan.opportunities;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Economic complexity over an export matrix: RCA, M, diversity, ubiquity, ECI and PCI, fitness,
 * proximity, density, COI and COG. Each step is a method of its own, so that the bench times them
 * apart; {@link #compute} runs them all. Formulas: {@code ../shared/anchors/trade-analytics.md}
 * §2.1, §2.9, §2.10; conventions in {@link ComplexityOptions} and {@link ComplexityResult}.
 */
public final class Complexity {
  private Complexity() {}

  /** Every indicator of the matrix. */
  public static ComplexityResult compute(ExportMatrix matrix, ComplexityOptions options) {
    return compute(matrix, options, (step, nanos) -> {});
  }

  /**
   * The same, telling {@code steps} how long each step took (nanoseconds): rca (with M), eci_pci,
   * fitness, proximity (products), country_proximity, density_outlook (density, COI and COG in one
   * pass over φ).
   */
  public static ComplexityResult compute(
      ExportMatrix matrix,
      ComplexityOptions options,
      java.util.function.ObjLongConsumer<String> steps) {
    long t = System.nanoTime();
    Specialisation s = specialise(matrix, options);
    t = lap(steps, "rca", t);
    double[][] ranks = complexity(s, options);
    t = lap(steps, "eci_pci", t);
    double[][] fit =
        options.method() == ComplexityOptions.Method.FITNESS
            ? fitness(s, options.iterations())
            : new double[][] {null, null};
    t = lap(steps, "fitness", t);
    float[] phi = productProximity(s);
    t = lap(steps, "proximity", t);
    float[] countryPhi = countryProximity(s);
    t = lap(steps, "country_proximity", t);
    Outlook o = OutlookPass.run(s, ranks[1], ranks[2][0], options);
    lap(steps, "density_outlook", t);
    return new ComplexityResult(
        options,
        s.countries,
        s.products,
        s.rca,
        s.m,
        s.diversity,
        s.ubiquity,
        ranks[0],
        ranks[1],
        fit[0],
        fit[1],
        phi,
        countryPhi,
        o.density,
        o.coi,
        o.cog,
        s.dropped);
  }

  private static long lap(
      java.util.function.ObjLongConsumer<String> steps, String step, long from) {
    long now = System.nanoTime();
    steps.accept(step, now - from);
    return now;
  }

  /** RCA and M of the countries and products kept, with what was dropped and why. */
  static final class Specialisation {
    List<String> countries;
    List<String> products;
    double[] rca;
    long[] m;
    int words;
    int[] diversity;
    int[] ubiquity;
    List<Dropped> dropped = new ArrayList<>();

    int countryCount() {
      return countries.size();
    }

    int productCount() {
      return products.size();
    }

    boolean m(int c, int p) {
      return Bits.get(m, c * words, p);
    }

    private int[][] rows;
    private Levels levels;

    private LevelCounts levelCounts;

    /** U_l, the counts of shared products per level, and M as dense rows; made once. */
    LevelCounts levelCounts() {
      if (levelCounts == null) levelCounts = new LevelCounts(this);
      return levelCounts;
    }

    /** M by ubiquity levels; made once. */
    Levels levels() {
      if (levels == null) levels = new Levels(this);
      return levels;
    }

    /** Each country's products with M = 1, in index order; made once. */
    int[][] rows() {
      if (rows == null) {
        int[][] r = new int[countryCount()][];
        IntStream.range(0, r.length).parallel().forEach(c -> r[c] = rowProducts(this, c));
        rows = r;
      }
      return rows;
    }
  }

  /**
   * Balassa RCA = (X_cp / X_c) / (X_p / X_w) over the countries and products with exports, and M by
   * the options' cutoff. A country whose exports sum to zero, a product nobody exports, and (only
   * possible with a strict cutoff) a country or product without M = 1 anywhere are dropped with
   * their reason; the world of RCA is all rows with exports.
   */
  static Specialisation specialise(ExportMatrix x, ComplexityOptions options) {
    int cs = x.countries().size();
    int ps = x.products().size();
    double[] v = x.cells();
    double[] rowSum = new double[cs];
    double[] colSum = new double[ps];
    double world = 0;
    for (int c = 0; c < cs; c++) {
      double r = 0;
      int at = c * ps;
      for (int p = 0; p < ps; p++) {
        r += v[at + p];
        colSum[p] += v[at + p];
      }
      rowSum[c] = r;
      world += r;
    }
    if (!(world > 0)) throw new CaravanException(Text.of("cx.zeroMatrix"), Map.of());
    boolean[] keepC = new boolean[cs];
    boolean[] keepP = new boolean[ps];
    for (int c = 0; c < cs; c++) keepC[c] = rowSum[c] > 0;
    for (int p = 0; p < ps; p++) keepP[p] = colSum[p] > 0;
    // RCA over the full rows, then M, then whoever has no M = 1 goes too (dropping them changes
    // no other row's M: their cells are all 0)
    double[] rcaAll = new double[cs * ps];
    int allWords = Bits.words(ps);
    long[] mAll = new long[cs * allWords];
    int[] diversityAll = new int[cs];
    boolean[] anyC = new boolean[cs];
    boolean[] anyP = new boolean[ps];
    double[] worldShare = new double[ps];
    for (int p = 0; p < ps; p++) worldShare[p] = colSum[p] / world;
    int[] noExporter = IntStream.range(0, ps).filter(p -> !keepP[p]).toArray();
    IntStream.range(0, cs)
        .parallel()
        .forEach(
            c -> {
              if (!keepC[c]) return;
              // a row of its own, indexed from 0, so that the division loop vectorises
              double[] r = java.util.Arrays.copyOfRange(v, c * ps, (c + 1) * ps);
              divide(r, rowSum[c], worldShare);
              for (int p : noExporter) r[p] = 0;
              diversityAll[c] = mark(r, options, mAll, c * allWords);
              anyC[c] = diversityAll[c] > 0;
              System.arraycopy(r, 0, rcaAll, c * ps, ps);
            });
    long[] anyWord = new long[allWords];
    for (int c = 0; c < cs; c++)
      for (int w = 0; w < allWords; w++) anyWord[w] |= mAll[c * allWords + w];
    for (int p = 0; p < ps; p++) anyP[p] = Bits.get(anyWord, 0, p);
    Specialisation s = new Specialisation();
    List<String> countries = new ArrayList<>();
    List<String> products = new ArrayList<>();
    List<Integer> ci = new ArrayList<>();
    List<Integer> pi = new ArrayList<>();
    for (int c = 0; c < cs; c++) {
      String code = x.countries().get(c);
      if (!keepC[c])
        s.dropped.add(new Dropped(Dropped.Side.COUNTRY, code, Dropped.Reason.NO_EXPORTS));
      else if (!anyC[c])
        s.dropped.add(new Dropped(Dropped.Side.COUNTRY, code, Dropped.Reason.NO_SPECIALISATION));
      else {
        countries.add(code);
        ci.add(c);
      }
    }
    for (int p = 0; p < ps; p++) {
      String code = x.products().get(p);
      if (!keepP[p])
        s.dropped.add(new Dropped(Dropped.Side.PRODUCT, code, Dropped.Reason.NO_EXPORTER));
      else if (!anyP[p])
        s.dropped.add(new Dropped(Dropped.Side.PRODUCT, code, Dropped.Reason.NO_SPECIALIST));
      else {
        products.add(code);
        pi.add(p);
      }
    }
    if (countries.isEmpty()) throw new CaravanException(Text.of("cx.noSpecialisation"), Map.of());
    int nc = countries.size();
    int np = products.size();
    s.countries = countries;
    s.products = products;
    s.words = Bits.words(np);
    s.ubiquity = new int[np];
    if (nc == cs && np == ps) {
      // nothing dropped (the usual case): the full RCA and M are the result, no copy
      s.rca = rcaAll;
      s.m = mAll;
      s.diversity = diversityAll;
      countUbiquity(s);
      return s;
    }
    s.m = new long[nc * s.words];
    s.diversity = new int[nc];
    int[] rowOf = ci.stream().mapToInt(Integer::intValue).toArray();
    int[] colOf = pi.stream().mapToInt(Integer::intValue).toArray();
    s.rca = new double[nc * np];
    IntStream.range(0, nc)
        .parallel()
        .forEach(
            c -> {
              int from = rowOf[c] * ps;
              int at = c * np;
              int wAt = c * s.words;
              int k = 0;
              for (int p = 0; p < np; p++) {
                double r = rcaAll[from + colOf[p]];
                s.rca[at + p] = r;
                if (options.specialised(r)) {
                  Bits.set(s.m, wAt, p);
                  k++;
                }
              }
              s.diversity[c] = k;
            });
    countUbiquity(s);
    return s;
  }

  /** r[p] / row / share[p] for every p (the order of Balassa's two divisions kept). */
  private static void divide(double[] r, double row, double[] share) {
    for (int p = 0; p < r.length; p++) r[p] = r[p] / row / share[p];
  }

  /** Sets M's bits of one row from its RCA; the number set. */
  private static int mark(double[] rca, ComplexityOptions o, long[] m, int rowStart) {
    int k = 0;
    for (int p = 0; p < rca.length; p++) {
      if (o.specialised(rca[p])) {
        Bits.set(m, rowStart, p);
        k++;
      }
    }
    return k;
  }

  private static void countUbiquity(Specialisation s) {
    for (int c = 0; c < s.countryCount(); c++) {
      for (int w = 0; w < s.words; w++) {
        long bits = s.m[c * s.words + w];
        while (bits != 0) {
          s.ubiquity[(w << 6) + Long.numberOfTrailingZeros(bits)]++;
          bits &= bits - 1;
        }
      }
    }
  }

  /**
   * ECI (index 0), PCI (1) and the raw ECI's standard deviation ({@code [2][0]}, for the
   * standardised outlook) by the options' method; fitness uses the eigenvector method here.
   */
  static double[][] complexity(Specialisation s, ComplexityOptions o) {
    double[] eciRaw;
    double[] pciRaw;
    if (o.method() == ComplexityOptions.Method.REFLECTIONS) {
      double[][] r = reflections(s, o.iterations());
      eciRaw = r[0];
      pciRaw = r[1];
    } else {
      eciRaw = eigenvector(s);
      pciRaw = reflect(s, eciRaw);
    }
    // the sign is a convention: ECI grows with diversity
    double[] div = new double[s.countryCount()];
    for (int c = 0; c < div.length; c++) div[c] = s.diversity[c];
    if (Stats.covariance(eciRaw, div) < 0) {
      for (int c = 0; c < eciRaw.length; c++) eciRaw[c] = -eciRaw[c];
      for (int p = 0; p < pciRaw.length; p++) pciRaw[p] = -pciRaw[p];
    }
    double eciMean = Stats.mean(eciRaw);
    double eciSd = Stats.sd(eciRaw, o.sampleDeviation());
    double[] eci = Stats.z(eciRaw, eciMean, eciSd);
    double[] pci =
        o.pciByEci()
            ? Stats.z(pciRaw, eciMean, eciSd)
            : Stats.z(pciRaw, Stats.mean(pciRaw), Stats.sd(pciRaw, o.sampleDeviation()));
    return new double[][] {eci, pci, {eciSd}};
  }

  /**
   * The eigenvector of M̃_cc' = Σ_p M_cp M_c'p / (k_c k_p) for its second-largest eigenvalue. M̃ =
   * D⁻¹S with S_cc' = Σ_p M_cp M_c'p / k_p symmetric and D = diag(k_c), so M̃ is similar to the
   * symmetric A = D^-½ S D^-½ (v = D^-½ u): a symmetric solve is exact and faster than a general
   * one. A's largest eigenvalue is 1 with u₁ ∝ D^½·1 (M̃'s rows sum to 1); it is deflated (A −
   * u₁u₁ᵀ), so that the largest eigenvector left is the second even when 1 is repeated, as it is
   * when the countries split into blocks that share no product: then the vector is constant on each
   * block and separates them.
   */
  static double[] eigenvector(Specialisation s) {
    int n = s.countryCount();
    if (n < 2) return new double[n];
    double[] a = countryMatrix(s);
    double[] root = new double[n];
    double norm = 0;
    for (int c = 0; c < n; c++) {
      root[c] = Math.sqrt(s.diversity[c]);
      norm += s.diversity[c];
    }
    for (int c = 0; c < n; c++) {
      for (int d = 0; d < n; d++) {
        a[c * n + d] = a[c * n + d] / (root[c] * root[d]) - root[c] * root[d] / norm;
      }
    }
    DMatrixRMaj matrix = DMatrixRMaj.wrap(n, n, a);
    double[] top = topByInverseIteration(matrix);
    DMatrixRMaj u = top != null ? DMatrixRMaj.wrap(n, 1, top) : topByFullDecomposition(matrix);
    double[] v = new double[n];
    for (int c = 0; c < n; c++) v[c] = u.get(c, 0) / root[c];
    return v;
  }

  /**
   * The eigenvector of the largest eigenvalue: the eigenvalues alone (no vectors to accumulate: a
   * fraction of the work), then inverse iteration on A − σI with σ just above that eigenvalue,
   * until the residual |Ax − λx| is at rounding level; null when it does not settle (a repeated
   * eigenvalue, a singular solve), and the full decomposition answers instead.
   */
  static double[] topByInverseIteration(DMatrixRMaj a) {
    int n = a.numRows;
    EigenDecomposition_F64<DMatrixRMaj> values = DecompositionFactory_DDRM.eig(n, false, true);
    if (!values.decompose(a.copy())) return null;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.getNumberOfEigenvalues(); i++)
      top = Math.max(top, values.getEigenvalue(i).getReal());
    double scale = Math.max(1, Math.abs(top));
    DMatrixRMaj shifted = a.copy();
    for (int i = 0; i < n; i++) shifted.add(i, i, -(top + 1e-10 * scale));
    LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
    if (!lu.setA(shifted)) return null;
    // a start with a part along every eigenvector (a constant one could lack the one sought)
    java.util.Random random = new java.util.Random(1);
    DMatrixRMaj x = new DMatrixRMaj(n, 1);
    for (int i = 0; i < n; i++) x.set(i, 0, 0.5 + random.nextDouble());
    DMatrixRMaj y = new DMatrixRMaj(n, 1);
    DMatrixRMaj ax = new DMatrixRMaj(n, 1);
    for (int step = 0; step < 8; step++) {
      lu.solve(x, y);
      double norm = NormOps_DDRM.normF(y);
      if (!(norm > 0) || Double.isInfinite(norm)) return null;
      CommonOps_DDRM.divide(y, norm, x);
      CommonOps_DDRM.mult(a, x, ax);
      double residual = 0;
      for (int i = 0; i < n; i++) {
        double r = ax.get(i, 0) - top * x.get(i, 0);
        residual += r * r;
      }
      if (Math.sqrt(residual) <= 1e-12 * scale) return x.getData();
    }
    return null;
  }

  private static DMatrixRMaj topByFullDecomposition(DMatrixRMaj a) {
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.numRows, true, true);
    if (!eig.decompose(a.copy())) throw new CaravanException(Text.of("cx.noConvergence"), Map.of());
    int best = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      double value = eig.getEigenvalue(i).getReal();
      if (value > top) {
        top = value;
        best = i;
      }
    }
    return eig.getEigenVector(best);
  }

  /**
   * S_cc' = Σ_p M_cp M_c'p / k_p, row-major: Σ over ubiquity levels l of U_l (the products c and c'
   * share at that level, see {@link LevelCounts}) over κ_l.
   */
  static double[] countryMatrix(Specialisation s) {
    int n = s.countryCount();
    LevelCounts counts = s.levelCounts();
    int[] kappa = counts.levels.kappa;
    double[] sm = new double[n * n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            c -> {
              double[] row = new double[counts.stride];
              for (int l = 0; l < kappa.length; l++) {
                float[] ul = counts.u[l][c];
                double k = kappa[l];
                for (int d = 0; d < row.length; d++) row[d] += ul[d] / k;
              }
              System.arraycopy(row, 0, sm, c * n, n);
            });
    return sm;
  }

  /** The products with M = 1 for country c, in index order. */
  static int[] rowProducts(Specialisation s, int c) {
    int[] out = new int[s.diversity[c]];
    int k = 0;
    int at = c * s.words;
    for (int w = 0; w < s.words; w++) {
      long bits = s.m[at + w];
      while (bits != 0) {
        out[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
      }
    }
    return out;
  }

  /** k_p = (1/k_p0) Σ_c M_cp k_c: the mean over a product's exporters. */
  static double[] reflect(Specialisation s, double[] countryValues) {
    double[] out = new double[s.productCount()];
    int[][] rows = s.rows();
    for (int c = 0; c < s.countryCount(); c++) {
      for (int p : rows[c]) out[p] += countryValues[c];
    }
    for (int p = 0; p < out.length; p++) out[p] /= s.ubiquity[p];
    return out;
  }

  /** k_c = (1/k_c0) Σ_p M_cp k_p: the mean over a country's products. */
  static double[] reflectBack(Specialisation s, double[] productValues) {
    double[] out = new double[s.countryCount()];
    int[][] rows = s.rows();
    for (int c = 0; c < out.length; c++) {
      double sum = 0;
      for (int p : rows[c]) sum += productValues[p];
      out[c] = sum / s.diversity[c];
    }
    return out;
  }

  /**
   * Hidalgo and Hausmann's reflections from k_c,0 = diversity and k_p,0 = ubiquity. ECI is k_c at
   * the last even step N (20 with 20 iterations; an odd count rounds down) and PCI is k_p at N − 1,
   * the step ECI reflects: so ECI_c is exactly the mean raw PCI of c's products. The R package
   * takes k_c,18 and k_p,19 (PCI reflects ECI); the z-scores agree to within the convergence of the
   * method.
   */
  static double[][] reflections(Specialisation s, int iterations) {
    int last = iterations - (iterations % 2);
    double[] kc = new double[s.countryCount()];
    double[] kp = new double[s.productCount()];
    for (int c = 0; c < kc.length; c++) kc[c] = s.diversity[c];
    for (int p = 0; p < kp.length; p++) kp[p] = s.ubiquity[p];
    for (int n = 1; n <= last; n++) {
      double[] nextC = reflectBack(s, kp);
      double[] nextP = reflect(s, kc);
      if (n == last) return new double[][] {nextC, kp};
      kc = nextC;
      kp = nextP;
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Fitness F_c ← Σ_p M_cp Q_p and complexity Q_p ← 1 / Σ_c M_cp / F_c, both from the previous step
   * and each divided by its mean, from F = Q = 1 (the R package's fitness method).
   */
  static double[][] fitness(Specialisation s, int iterations) {
    double[] f = new double[s.countryCount()];
    double[] q = new double[s.productCount()];
    java.util.Arrays.fill(f, 1);
    java.util.Arrays.fill(q, 1);
    for (int n = 0; n < iterations; n++) {
      double[] nf = new double[f.length];
      double[] inv = new double[q.length];
      int[][] rows = s.rows();
      for (int c = 0; c < f.length; c++) {
        for (int p : rows[c]) {
          nf[c] += q[p];
          inv[p] += 1 / f[c];
        }
      }
      double[] nq = new double[q.length];
      for (int p = 0; p < q.length; p++) nq[p] = 1 / inv[p];
      f = Stats.byMean(nf);
      q = Stats.byMean(nq);
    }
    return new double[][] {f, q};
  }

  /**
   * φ_pq = |M_p ∧ M_q| / max(k_p, k_q) for p &lt; q, the upper triangle row by row (the diagonal is
   * 1 and φ is symmetric: half the memory of the square and no mirror to write): each product's
   * column of M packed as bits over countries (word j of every product in one array) and a row
   * counted by popcounts of AND-ed words.
   */
  static float[] productProximity(Specialisation s) {
    int np = s.productCount();
    int cw = Bits.words(s.countryCount());
    long[][] words = new long[cw][np];
    int[][] rows = s.rows();
    for (int c = 0; c < s.countryCount(); c++) {
      for (int p : rows[c]) words[c >>> 6][p] |= 1L << c;
    }
    float[] phi = new float[triangleRow(np, np)];
    int blocks = (np + ROWS - 1) / ROWS;
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            i -> {
              int[] count = new int[np];
              float[] row = new float[np];
              for (int p = i * ROWS; p < Math.min(np, (i + 1) * ROWS); p++) {
                int from = p + 1;
                java.util.Arrays.fill(count, from, np, 0);
                for (int j = 0; j < cw; j++) common(words[j][p], words[j], count, from);
                ratio(count, s.ubiquity, s.ubiquity[p], row, from);
                System.arraycopy(row, from, phi, triangleRow(p, np), np - from);
              }
            });
    return phi;
  }

  /** Where row p of the upper triangle (without the diagonal) of an n × n matrix starts. */
  static int triangleRow(int p, int n) {
    return Math.toIntExact((long) p * (n - 1) - (long) p * (p - 1) / 2);
  }

  private static final int ROWS = 64;

  // each loop indexes its arrays by q alone: the form C2 (JDK 17) compiles best
  private static void common(long mine, long[] word, int[] count, int from) {
    for (int q = from; q < word.length; q++) count[q] += Long.bitCount(mine & word[q]);
  }

  private static void ratio(int[] count, int[] ubiquity, int kp, float[] row, int from) {
    for (int q = from; q < row.length; q++) row[q] = (float) count[q] / Math.max(kp, ubiquity[q]);
  }

  /** φ_cd = |M_c ∧ M_d| / max(k_c, k_d) over products, diagonal 1. */
  static float[] countryProximity(Specialisation s) {
    int n = s.countryCount();
    float[] phi = new float[n * n];
    for (int c = 0; c < n; c++) {
      phi[c * n + c] = 1f;
      for (int d = c + 1; d < n; d++) {
        int common = Bits.common(s.m, c * s.words, s.m, d * s.words, s.words);
        float v = (float) common / Math.max(s.diversity[c], s.diversity[d]);
        phi[c * n + d] = v;
        phi[d * n + c] = v;
      }
    }
    return phi;
  }

  /** Density (C×P), COI (C) and COG (C×P). */
  static final class Outlook {
    float[] density;
    double[] coi;
    float[] cog;
  }
}
