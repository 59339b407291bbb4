package caravan.opportunities;

/**
 * The products grouped by ubiquity level κ, highest first: within a level the max in φ's
 * denominator is one number, so the country matrix of ECI and the outlook pass work level by level
 * (see {@link LevelCounts}).
 */
final class Levels {
  /** Products in level order; level i is order[start[i] .. start[i+1]) with ubiquity kappa[i]. */
  final int[] order;

  final int[] start;
  final int[] kappa;

  Levels(Complexity.Specialisation s) {
    int np = s.productCount();
    Integer[] byUbiquity = new Integer[np];
    for (int p = 0; p < np; p++) byUbiquity[p] = p;
    java.util.Arrays.sort(byUbiquity, (a, b) -> Integer.compare(s.ubiquity[b], s.ubiquity[a]));
    order = new int[np];
    for (int i = 0; i < np; i++) order[i] = byUbiquity[i];
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
  }

  int levels() {
    return kappa.length;
  }
}
