package caravan.opportunities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A's product space for the page: the products A exports with RCA ≥ 1 and the opportunities marked,
 * joined by the classic layout's links (Hidalgo et al. 2007): the maximum spanning tree of the
 * product proximity, so every node hangs on its strongest tie, and then the strongest other links,
 * as many again as the tree has. Kept to a few hundred nodes so a browser draws it at once.
 */
public final class ProductSpaceGraph {
  static final int MOST_NODES = 300;

  private ProductSpaceGraph() {}

  /**
   * @param kind "export" (A's RCA ≥ 1) or "opportunity" (on the ranked list)
   */
  public record Node(String id, String name, String kind, double rca, double pci) {}

  public record Link(String source, String target, double proximity) {}

  public record Graph(List<Node> nodes, List<Link> links) {}

  static Graph of(
      ComplexityResult r, String a, List<String> marked, Function<String, String> names) {
    int c = r.countryIndex(a);
    if (c < 0) return new Graph(List.of(), List.of());
    Set<String> chosen = new LinkedHashSet<>();
    for (String p : marked) if (r.productIndex(p) >= 0 && chosen.size() < MOST_NODES) chosen.add(p);
    int opportunities = chosen.size();
    List<String> exported = new ArrayList<>();
    for (String p : r.products()) if (r.m(c, r.productIndex(p))) exported.add(p);
    exported.sort(Comparator.comparingDouble((String p) -> -r.rca(a, p)).thenComparing(p -> p));
    for (String p : exported) if (chosen.size() < MOST_NODES) chosen.add(p);
    List<String> ids = List.copyOf(chosen);
    int n = ids.size();
    int[] index = ids.stream().mapToInt(r::productIndex).toArray();
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String p = ids.get(i);
      nodes.add(
          new Node(
              p,
              names.apply(p),
              i < opportunities ? "opportunity" : "export",
              r.rca(c, index[i]),
              r.pci(index[i])));
    }
    return new Graph(nodes, links(r, ids, index));
  }

  /** Prim's maximum spanning tree over the complete proximity graph, then the strongest rest. */
  private static List<Link> links(ComplexityResult r, List<String> ids, int[] index) {
    int n = ids.size();
    List<Link> out = new ArrayList<>();
    if (n < 2) return out;
    boolean[] inTree = new boolean[n];
    double[] best = new double[n];
    int[] from = new int[n];
    Arrays.fill(best, -1);
    boolean[][] used = new boolean[n][n];
    int at = 0;
    inTree[0] = true;
    for (int step = 1; step < n; step++) {
      for (int j = 0; j < n; j++) {
        if (inTree[j]) continue;
        double w = r.productProximity(index[at], index[j]);
        if (w > best[j]) {
          best[j] = w;
          from[j] = at;
        }
      }
      int next = -1;
      for (int j = 0; j < n; j++) if (!inTree[j] && (next < 0 || best[j] > best[next])) next = j;
      inTree[next] = true;
      at = next;
      // a product with no tie to any chosen one stands alone rather than on a zero link
      if (best[next] > 0) {
        out.add(new Link(ids.get(from[next]), ids.get(next), best[next]));
        used[from[next]][next] = used[next][from[next]] = true;
      }
    }
    int tree = out.size();
    List<double[]> rest = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (used[i][j]) continue;
        double w = r.productProximity(index[i], index[j]);
        if (w > 0) rest.add(new double[] {w, i, j});
      }
    }
    rest.sort(Comparator.comparingDouble((double[] x) -> -x[0]));
    for (int k = 0; k < Math.min(tree, rest.size()); k++) {
      double[] x = rest.get(k);
      out.add(new Link(ids.get((int) x[1]), ids.get((int) x[2]), x[0]));
    }
    return out;
  }
}
