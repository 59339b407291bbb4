package caravan.opportunities;

import java.util.stream.IntStream;

/**
 * Density, COI and COG without the C × P × P product of M and φ. With C_qp = Σ_d M_dq M_dp and φ_qp
 * = C_qp / max(k_q, k_p):
 *
 * <pre>
 *   N_cp  = Σ_q M_cq φ_qp      = Σ_{d: M_dp = 1} [ H_cd(k_p) + L_cd(k_p) / k_p ]
 *   H_cd(κ) = Σ_{q: k_q &gt; κ} M_cq M_dq / k_q,   L_cd(κ) = Σ_{q: k_q ≤ κ} M_cq M_dq
 * </pre>
 *
 * (split the sum over q by which ubiquity the max picks). H and L are C × C and change only when
 * the ubiquity level κ passes a product, so walking the levels from the highest down costs Σ_q k_q
 * additions of C-long rows to keep them, and Σ_p k_p of them to read N: about 2 × 575 k × 230 on a
 * BACI year at half density, against 230 × 5,000 × 5,000 for the product, and C × C stays in cache.
 * COG uses the same sums with q weighted by w_q = PCI_q / Σ_r φ_qr: COG_cp = (1 − M_cp)(T_p − Σ_q
 * M_cq φ_pq w_q) with T = φw. Work runs in double; each thread owns a slice of the countries c, so
 * the threads never meet.
 */
final class OutlookPass {
  private OutlookPass() {}

  static Complexity.Outlook run(
      Complexity.Specialisation s, float[] phi, double[] pci, double eciSd, ComplexityOptions o) {
    int nc = s.countryCount();
    int np = s.productCount();
    double[] rowSum = new double[np];
    double[] total = new double[np];
    double[] w = new double[np];
    IntStream.range(0, np)
        .parallel()
        .forEach(
            q -> {
              double sum = 0;
              int at = q * np;
              for (int p = 0; p < np; p++) sum += phi[at + p];
              rowSum[q] = sum;
            });
    for (int q = 0; q < np; q++) w[q] = pci[q] / rowSum[q];
    // T_p = Σ_q φ_pq w_q (φ symmetric)
    IntStream.range(0, np)
        .parallel()
        .forEach(
            p -> {
              double sum = 0;
              int at = p * np;
              for (int q = 0; q < np; q++) sum += phi[at + q] * w[q];
              total[p] = sum;
            });
    // M's columns dense over countries, and who holds each product
    double[] col = new double[np * nc];
    int[][] rows = s.rows();
    int[][] holders = new int[np][];
    int[] fill = new int[np];
    for (int p = 0; p < np; p++) holders[p] = new int[s.ubiquity[p]];
    for (int c = 0; c < nc; c++)
      for (int p : rows[c]) {
        col[p * nc + c] = 1;
        holders[p][fill[p]++] = c;
      }
    Levels levels = s.levels();
    double[] n = new double[np * nc];
    double[] nw = new double[np * nc];
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), nc / 16));
    IntStream.range(0, threads)
        .parallel()
        .forEach(
            t ->
                slice(
                    nc * t / threads, nc * (t + 1) / threads, nc, col, holders, levels, w, n, nw));
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
                double d = n[p * nc + c] / rowSum[p];
                out.density[at + p] = (float) d;
                if (!Bits.get(s.m, cw, p)) {
                  out.cog[at + p] = (float) (total[p] - nw[p * nc + c]);
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

  /**
   * The level walk for the countries c in [lo, hi) (columns c of the C × C sums, entries c of N).
   * The unweighted sums move between L and H by the level's popcounts; the weighted ones product by
   * product. Before a level's products are read, A = H + L/κ is formed once, so each read adds one
   * row.
   */
  private static void slice(
      int lo,
      int hi,
      int nc,
      double[] col,
      int[][] holders,
      Levels levels,
      double[] w,
      double[] n,
      double[] nw) {
    double[] h = new double[nc * nc];
    double[] l = new double[nc * nc];
    double[] hw = new double[nc * nc];
    double[] lw = new double[nc * nc];
    double[] a = new double[nc * nc];
    double[] aw = new double[nc * nc];
    // L starts as all shared products (every q is at or below the top level), H as none
    for (int level = 0; level < levels.levels(); level++)
      for (int d = 0; d < nc; d++)
        for (int c = lo; c < hi; c++) l[d * nc + c] += levels.common(d, c, level);
    for (int i = 0; i < levels.order.length; i++) {
      int q = levels.order[i];
      add(holders[q], col, q, nc, lo, hi, lw, w[q]);
    }
    for (int level = 0; level < levels.levels(); level++) {
      double inv = 1.0 / levels.kappa[level];
      for (int d = 0; d < nc; d++)
        for (int c = lo; c < hi; c++) {
          int x = d * nc + c;
          a[x] = h[x] + l[x] * inv;
          aw[x] = hw[x] + lw[x] * inv;
        }
      for (int i = levels.start[level]; i < levels.start[level + 1]; i++) {
        int p = levels.order[i];
        int at = p * nc;
        for (int d : holders[p]) {
          int row = d * nc;
          for (int c = lo; c < hi; c++) {
            n[at + c] += a[row + c];
            nw[at + c] += aw[row + c];
          }
        }
      }
      // the level's products move from L to H
      for (int d = 0; d < nc; d++)
        for (int c = lo; c < hi; c++) {
          int k = levels.common(d, c, level);
          if (k != 0) {
            h[d * nc + c] += k * inv;
            l[d * nc + c] -= k;
          }
        }
      for (int i = levels.start[level]; i < levels.start[level + 1]; i++) {
        int q = levels.order[i];
        add(holders[q], col, q, nc, lo, hi, hw, w[q] * inv);
        add(holders[q], col, q, nc, lo, hi, lw, -w[q]);
      }
    }
  }

  /** For each holder d of q: a[d, lo..hi) += x · M_·q. */
  private static void add(
      int[] holders, double[] col, int q, int nc, int lo, int hi, double[] a, double x) {
    int from = q * nc;
    for (int d : holders) {
      int row = d * nc;
      for (int c = lo; c < hi; c++) a[row + c] += x * col[from + c];
    }
  }
}
