package caravan.opportunities;

/** Rows of a binary matrix packed in longs, 64 columns a word. */
final class Bits {
  private Bits() {}

  static int words(int columns) {
    return (columns + 63) >>> 6;
  }

  static boolean get(long[] bits, int rowStart, int column) {
    return (bits[rowStart + (column >>> 6)] & (1L << column)) != 0;
  }

  static void set(long[] bits, int rowStart, int column) {
    bits[rowStart + (column >>> 6)] |= 1L << column;
  }

  /** |a ∧ b| over one row of each. */
  static int common(long[] a, int aStart, long[] b, int bStart, int words) {
    int n = 0;
    for (int w = 0; w < words; w++) n += Long.bitCount(a[aStart + w] & b[bStart + w]);
    return n;
  }
}
