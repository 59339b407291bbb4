package caravan.opportunities;

import java.util.stream.IntStream;

/**
 * M's rows with the products reordered by ubiquity, highest first, so that the products of one
 * ubiquity level κ are one run of bits: the number of products two countries share within a level
 * is then a few popcounts of AND-ed words, and Σ_q M_cq M_dq / k_q (the country matrix of ECI) is Σ
 * over levels of that count / κ, about C²/2 × (P/64 + levels) popcounts.
 */
final class Levels {
  final int countries;
  final int words;
  final long[] bits;

  /** Products in level order; level i is order[start[i] .. start[i+1]) with ubiquity kappa[i]. */
  final int[] order;

  final int[] start;
  final int[] kappa;

  Levels(Complexity.Specialisation s) {
    int nc = s.countryCount();
    int np = s.productCount();
    Integer[] byUbiquity = new Integer[np];
    for (int p = 0; p < np; p++) byUbiquity[p] = p;
    java.util.Arrays.sort(byUbiquity, (a, b) -> Integer.compare(s.ubiquity[b], s.ubiquity[a]));
    order = new int[np];
    int[] position = new int[np];
    for (int i = 0; i < np; i++) {
      order[i] = byUbiquity[i];
      position[order[i]] = i;
    }
    int levels = 0;
    for (int i = 0; i < np; i++)
      if (i == 0 || s.ubiquity[order[i]] != s.ubiquity[order[i - 1]]) levels++;
    start = new int[levels + 1];
    kappa = new int[levels];
    int l = 0;
    for (int i = 0; i < np; i++)
      if (i == 0 || s.ubiquity[order[i]] != s.ubiquity[order[i - 1]]) {
        start[l] = i;
        kappa[l++] = s.ubiquity[order[i]];
      }
    start[levels] = np;
    countries = nc;
    words = Bits.words(np);
    bits = new long[nc * words];
    int[][] rows = s.rows();
    for (int c = 0; c < nc; c++) for (int p : rows[c]) Bits.set(bits, c * words, position[p]);
  }

  int levels() {
    return kappa.length;
  }

  /** |M_c ∧ M_d| within level {@code level}. */
  int common(int c, int d, int level) {
    int from = start[level];
    int to = start[level + 1];
    int w0 = from >>> 6;
    int w1 = (to - 1) >>> 6;
    int a = c * words;
    int b = d * words;
    int n = 0;
    for (int w = w0; w <= w1; w++) {
      long x = bits[a + w] & bits[b + w];
      if (w == w0) x &= -1L << (from & 63);
      if (w == w1 && (to & 63) != 0) x &= (1L << (to & 63)) - 1;
      n += Long.bitCount(x);
    }
    return n;
  }

  /** The C × C counts of shared products within a level, symmetric, into {@code out}. */
  void common(int level, double[] out) {
    int n = countries;
    IntStream.range(0, n)
        .parallel()
        .forEach(
            c -> {
              for (int d = c; d < n; d++) {
                double v = common(c, d, level);
                out[c * n + d] = v;
                out[d * n + c] = v;
              }
            });
  }
}
