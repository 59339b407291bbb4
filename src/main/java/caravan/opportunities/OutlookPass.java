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
 * <p>The levels are cut into one run per thread, balanced by the rows each adds; every thread forms
 * its levels' U and W, then, from the sums of the runs before and after its own, walks its run.
 * Rows are padded to a multiple of 8 floats so that the row loops vectorise whole.
 */
final class OutlookPass {
  private OutlookPass() {}

  static Complexity.Outlook run(
      Complexity.Specialisation s, double[] pci, double eciSd, ComplexityOptions o) {
    int nc = s.countryCount();
    int np = s.productCount();
    int stride = (nc + 63) & ~63;
    Levels levels = s.levels();
    int nl = levels.levels();
    int[][] rows = s.rows();
    int[][] holders = holders(s, rows);
    int[] levelOf = new int[np];
    for (int l = 0; l < nl; l++)
      for (int i = levels.start[l]; i < levels.start[l + 1]; i++) levelOf[levels.order[i]] = l;

    double[] rowSum = perProduct(s, rows, holders, levels, levelOf, ones(np));
    double[] w = new double[np];
    for (int q = 0; q < np; q++) w[q] = pci[q] / rowSum[q];
    double[] total = perProduct(s, rows, holders, levels, levelOf, w);

    float[][] col = new float[np][stride];
    for (int q = 0; q < np; q++) for (int c : holders[q]) col[q][c] = 1f;
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), nl));
    int[] cut = cut(levels, threads);
    int[][] byLevel = byLevel(rows, levelOf, nl);
    float[][][] u = new float[nl][][];
    float[][][] uw = new float[nl][][];
    IntStream.range(0, threads)
        .parallel()
        .forEach(t -> form(cut[t], cut[t + 1], levels, byLevel, col, w, stride, nc, u, uw));
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

  /** Who holds each product (M_dp = 1), in country order. */
  private static int[][] holders(Complexity.Specialisation s, int[][] rows) {
    int np = s.productCount();
    int[][] holders = new int[np][];
    int[] fill = new int[np];
    for (int p = 0; p < np; p++) holders[p] = new int[s.ubiquity[p]];
    for (int c = 0; c < rows.length; c++) for (int p : rows[c]) holders[p][fill[p]++] = c;
    return holders;
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

  /** Level bounds of each thread's run, balanced by Σ k_p (the rows its products add). */
  private static int[] cut(Levels levels, int threads) {
    int nl = levels.levels();
    long[] work = new long[nl + 1];
    for (int l = 0; l < nl; l++)
      work[l + 1] = work[l] + (long) levels.kappa[l] * (levels.start[l + 1] - levels.start[l]);
    int[] cut = new int[threads + 1];
    cut[threads] = nl;
    int l = 0;
    for (int t = 1; t < threads; t++) {
      long goal = work[nl] * t / threads;
      while (l < nl && work[l] < goal) l++;
      cut[t] = Math.max(cut[t - 1], l);
    }
    return cut;
  }

  /**
   * U_l and W_l of the levels [lo, hi), a row d at a time: row d of U_l is the sum of M_·q over d's
   * products q at level l, so the row being summed stays in the first-level cache.
   */
  private static void form(
      int lo,
      int hi,
      Levels levels,
      int[][] byLevel,
      float[][] col,
      double[] w,
      int stride,
      int nc,
      float[][][] u,
      float[][][] uw) {
    int nl = levels.levels();
    for (int l = lo; l < hi; l++) {
      float[][] ul = new float[nc][stride];
      float[][] wl = new float[nc][stride];
      for (int d = 0; d < nc; d++) {
        int[] mine = byLevel[d];
        for (int i = mine[l]; i < mine[l + 1]; i++) {
          int q = mine[nl + 1 + i];
          addRow(ul[d], wl[d], col[q], (float) w[q]);
        }
      }
      u[l] = ul;
      uw[l] = wl;
    }
  }

  // rows are arrays of their own, indexed from 0: C2 (JDK 17) vectorises only loops whose arrays
  // share one index expression, and this is where the pass spends its time
  private static void addRow(float[] sum, float[] weighted, float[] row, float x) {
    for (int c = 0; c < row.length; c++) {
      float v = row[c];
      sum[c] += v;
      weighted[c] += x * v;
    }
  }

  private static void addRows(float[] n, float[] nw, float[] a, float[] aw) {
    for (int c = 0; c < n.length; c++) {
      n[c] += a[c];
      nw[c] += aw[c];
    }
  }

  /**
   * Each country's products in level order, after nl + 1 offsets: products of level l are [nl + 1 +
   * a[l], nl + 1 + a[l + 1]).
   */
  private static int[][] byLevel(int[][] rows, int[] levelOf, int nl) {
    int[][] out = new int[rows.length][];
    for (int d = 0; d < rows.length; d++) {
      int[] a = new int[nl + 1 + rows[d].length];
      for (int q : rows[d]) a[levelOf[q] + 1]++;
      for (int l = 0; l < nl; l++) a[l + 1] += a[l];
      int[] fill = java.util.Arrays.copyOf(a, nl);
      for (int q : rows[d]) a[nl + 1 + fill[levelOf[q]]++] = q;
      out[d] = a;
    }
    return out;
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
