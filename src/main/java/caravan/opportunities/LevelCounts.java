package caravan.opportunities;

import java.util.stream.IntStream;

/**
 * M by ubiquity levels as dense rows: each product's column of M over the countries ({@code col}),
 * who holds each product, each country's products per level, and U_l = Σ_{q at level l} M_·q M_·qᵀ,
 * the C × C counts of the products two countries share at level l. The country matrix of ECI is Σ_l
 * U_l / κ_l and the outlook pass walks the U_l (see {@link OutlookPass}); made once per {@link
 * Complexity.Specialisation}. Rows are arrays of their own, padded to a multiple of 64 floats, so
 * that their loops vectorise whole.
 */
final class LevelCounts {
  final Levels levels;
  final int nc;
  final int stride;
  final int[][] holders;
  final int[] levelOf;

  /** The levels of each thread's run: [cut[t], cut[t + 1]). */
  final int[] cut;

  final float[][][] u;
  private final float[][] col;
  private final int[][] byLevel;

  LevelCounts(Complexity.Specialisation s) {
    levels = s.levels();
    nc = s.countryCount();
    int np = s.productCount();
    int nl = levels.levels();
    stride = (nc + 63) & ~63;
    int[][] rows = s.rows();
    holders = holders(s, rows);
    levelOf = new int[np];
    for (int l = 0; l < nl; l++)
      for (int i = levels.start[l]; i < levels.start[l + 1]; i++) levelOf[levels.order[i]] = l;
    col = new float[np][stride];
    for (int q = 0; q < np; q++) for (int c : holders[q]) col[q][c] = 1f;
    byLevel = byLevel(rows, levelOf, nl);
    cut = cut(levels, Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), nl)));
    u = sums(null);
  }

  /** W_l = Σ_{q at level l} x_q M_·q M_·qᵀ for every level. */
  float[][][] weighted(double[] x) {
    return sums(x);
  }

  private float[][][] sums(double[] x) {
    float[][][] out = new float[levels.levels()][][];
    IntStream.range(0, cut.length - 1).parallel().forEach(t -> form(cut[t], cut[t + 1], x, out));
    return out;
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
   * The sums of the levels [lo, hi), a row d at a time: row d of level l is the sum of x_q M_·q
   * over d's products q at level l (x = 1: U_l), so the row being summed stays in the first-level
   * cache.
   */
  private void form(int lo, int hi, double[] x, float[][][] into) {
    int nl = levels.levels();
    for (int l = lo; l < hi; l++) {
      float[][] ul = new float[nc][stride];
      for (int d = 0; d < nc; d++) {
        int[] mine = byLevel[d];
        for (int i = mine[l]; i < mine[l + 1]; i++) {
          int q = mine[nl + 1 + i];
          if (x == null) add(ul[d], col[q]);
          else add(ul[d], col[q], (float) x[q]);
        }
      }
      into[l] = ul;
    }
  }

  // rows are arrays of their own, indexed from 0: C2 (JDK 17) vectorises only loops whose arrays
  // share one index expression, and this is where the pass spends its time
  private static void add(float[] sum, float[] row) {
    for (int c = 0; c < row.length; c++) sum[c] += row[c];
  }

  private static void add(float[] sum, float[] row, float x) {
    for (int c = 0; c < row.length; c++) sum[c] += x * row[c];
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
}
