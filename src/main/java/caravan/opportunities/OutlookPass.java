package caravan.opportunities;

import java.util.stream.IntStream;

/**
 * Density, COI and COG without φ and without the C × P × P product of M and φ. With C_qp = Σ_d M_dq
 * M_dp and φ_qp = C_qp / max(k_q, k_p):
 *
 * <pre>
 *   N_cp  = Σ_q M_cq φ_qp      = Σ_{d: M_dp = 1} A_cd(κ_p)
 *   A_cd(κ) = Σ_{q: k_q &gt; κ} M_cq M_dq / k_q  +  Σ_{q: k_q ≤ κ} M_cq M_dq / κ
 * </pre>
 *
 * (split the sum over q by which ubiquity the max picks). A changes only between ubiquity levels
 * (see {@link Levels}): with U_l = Σ_{q at level l} M_·q M_·qᵀ, the C × C counts of one level, A at
 * level l is Σ_{l' above l} U_l' / κ_l' + Σ_{l' from l down} U_l' / κ_l. So the work is forming
 * each U_l (Σ_q k_q rows of C) and, per product p, adding k_p rows of A: about 2 × 575 k × 230 on a
 * BACI year at half density, against 230 × 5,000 × 5,000 for the product, and A stays in cache. COG
 * uses the same sums with q weighted by w_q = PCI_q / Σ_r φ_qr (W_l beside U_l): COG_cp = (1 −
 * M_cp)(T_p − Σ_q M_cq φ_pq w_q) with T = φw. The row sums of φ and T need only each country's
 * products per level: Σ_q φ_pq = Σ_{d: M_dp = 1} Σ_{q: M_dq = 1} 1 / max(k_q, k_p).
 *
 * <p>The levels are cut into one run per thread, balanced by the rows each adds ({@link
 * LevelCounts} has U and forms W the same way); every thread, from the sums of the runs before and
 * after its own, walks its run.
 */
final class OutlookPass {
  private OutlookPass() {}

  static Complexity.Outlook run(
      Complexity.Specialisation s, double[] pci, double eciSd, ComplexityOptions o) {
    int nc = s.countryCount();
    int np = s.productCount();
    LevelCounts counts = s.levelCounts();
    int stride = counts.stride;
    Levels levels = s.levels();
    int nl = levels.levels();
    int[][] rows = s.rows();
    int[][] holders = counts.holders;
    int[] levelOf = counts.levelOf;

    double[] rowSum = perProduct(s, rows, holders, levels, levelOf, ones(np));
    double[] w = new double[np];
    for (int q = 0; q < np; q++) w[q] = pci[q] / rowSum[q];
    double[] total = perProduct(s, rows, holders, levels, levelOf, w);

    float[][][] u = counts.u;
    float[][][] uw = counts.weighted(w);
    int[] cut = counts.cut;
    int threads = cut.length - 1;
    float[][] n = new float[np][stride];
    float[][] nw = new float[np][stride];
    IntStream.range(0, threads)
        .parallel()
        .forEach(t -> walk(cut[t], cut[t + 1], levels, holders, u, uw, stride, nc, n, nw));
    Complexity.Outlook out = new Complexity.Outlook();
    out.density = new float[nc * np];
    out.cog = new float[nc * np];
    out.coi = new double[nc];
    IntStream.range(0, nc)
        .parallel()
        .forEach(
            c -> {
              int at = c * np;
              int cw = c * s.words;
              double coi = 0;
              for (int p = 0; p < np; p++) {
                double d = n[p][c] / rowSum[p];
                out.density[at + p] = (float) d;
                if (!Bits.get(s.m, cw, p)) {
                  out.cog[at + p] = (float) (total[p] - nw[p][c]);
                  coi += d * pci[p];
                }
              }
              out.coi[c] = coi;
            });
    if (o.standardOutlook()) {
      out.coi = Stats.z(out.coi, Stats.mean(out.coi), Stats.sd(out.coi, o.sampleDeviation()));
      if (eciSd > 0) for (int i = 0; i < out.cog.length; i++) out.cog[i] /= (float) eciSd;
    }
    return out;
  }

  private static double[] ones(int n) {
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1);
    return x;
  }

  /**
   * Σ_q φ_pq x_q for every p, from each country's sums of x per level: Σ_{d: M_dp = 1} [Σ_{q ∈ d,
   * k_q &gt; k_p} x_q / k_q + Σ_{q ∈ d, k_q ≤ k_p} x_q / k_p].
   */
  private static double[] perProduct(
      Complexity.Specialisation s,
      int[][] rows,
      int[][] holders,
      Levels levels,
      int[] levelOf,
      double[] x) {
    int nc = s.countryCount();
    int nl = levels.levels();
    // per country d and level l: above[l] = Σ over levels before l of x/κ, from[l] = Σ from l on
    double[] above = new double[nc * (nl + 1)];
    double[] from = new double[nc * (nl + 1)];
    IntStream.range(0, nc)
        .parallel()
        .forEach(
            d -> {
              double[] sum = new double[nl];
              for (int q : rows[d]) sum[levelOf[q]] += x[q];
              int at = d * (nl + 1);
              for (int l = 0; l < nl; l++)
                above[at + l + 1] = above[at + l] + sum[l] / levels.kappa[l];
              for (int l = nl - 1; l >= 0; l--) from[at + l] = from[at + l + 1] + sum[l];
            });
    double[] out = new double[s.productCount()];
    IntStream.range(0, out.length)
        .parallel()
        .forEach(
            p -> {
              int l = levelOf[p];
              double k = levels.kappa[l];
              double sum = 0;
              for (int d : holders[p]) sum += above[d * (nl + 1) + l] + from[d * (nl + 1) + l] / k;
              out[p] = sum;
            });
    return out;
  }

  private static void addRows(float[] n, float[] nw, float[] a, float[] aw) {
    for (int c = 0; c < n.length; c++) {
      n[c] += a[c];
      nw[c] += aw[c];
    }
  }

  /**
   * Walks the levels [lo, hi): H (the sum over levels above, each / κ) and L (the sum from this
   * level down) start from the other runs' U and W, A = H + L/κ is formed once per level, and each
   * product adds its holders' rows of A.
   */
  private static void walk(
      int lo,
      int hi,
      Levels levels,
      int[][] holders,
      float[][][] u,
      float[][][] uw,
      int stride,
      int nc,
      float[][] n,
      float[][] nw) {
    double[][] h = new double[nc][stride];
    double[][] l = new double[nc][stride];
    double[][] hw = new double[nc][stride];
    double[][] lw = new double[nc][stride];
    for (int level = 0; level < levels.levels(); level++) {
      boolean above = level < lo;
      double inv = above ? 1.0 / levels.kappa[level] : 1;
      for (int d = 0; d < nc; d++) {
        if (above) {
          gather(h[d], u[level][d], inv);
          gather(hw[d], uw[level][d], inv);
        } else {
          gather(l[d], u[level][d], 1);
          gather(lw[d], uw[level][d], 1);
        }
      }
    }
    float[][] a = new float[nc][stride];
    float[][] aw = new float[nc][stride];
    for (int level = lo; level < hi; level++) {
      double inv = 1.0 / levels.kappa[level];
      for (int d = 0; d < nc; d++) {
        form(a[d], h[d], l[d], inv);
        form(aw[d], hw[d], lw[d], inv);
      }
      for (int i = levels.start[level]; i < levels.start[level + 1]; i++) {
        int p = levels.order[i];
        for (int d : holders[p]) addRows(n[p], nw[p], a[d], aw[d]);
      }
      for (int d = 0; d < nc; d++) {
        move(h[d], l[d], u[level][d], inv);
        move(hw[d], lw[d], uw[level][d], inv);
      }
    }
  }

  private static void gather(double[] into, float[] x, double scale) {
    for (int c = 0; c < into.length; c++) into[c] += x[c] * scale;
  }

  private static void form(float[] a, double[] h, double[] l, double inv) {
    for (int c = 0; c < a.length; c++) a[c] = (float) (h[c] + l[c] * inv);
  }

  /** The level's products leave L for H. */
  private static void move(double[] h, double[] l, float[] x, double inv) {
    for (int c = 0; c < h.length; c++) {
      h[c] += x[c] * inv;
      l[c] -= x[c];
    }
  }
}
