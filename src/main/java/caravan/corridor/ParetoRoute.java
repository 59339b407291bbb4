package caravan.corridor;

import java.util.ArrayList;
import java.util.List;

/**
 * One route of an answer: its totals, the nodes it passes (from first to last, none twice), the
 * graph's edges it takes and their payloads (the caller's links), leg by leg.
 */
public record ParetoRoute(
    Criteria totals, List<Integer> nodes, List<Integer> edges, List<Integer> payloads) {
  public ParetoRoute {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    payloads = List.copyOf(payloads);
  }

  static ParetoRoute of(RouteGraph g, List<Integer> edges) {
    long s = 0;
    long c = 0;
    int x = 0;
    List<Integer> nodes = new ArrayList<>(edges.size() + 1);
    List<Integer> payloads = new ArrayList<>(edges.size());
    nodes.add(g.edgeFrom(edges.get(0)));
    for (int e : edges) {
      s += g.seconds(e);
      c += g.cents(e);
      x += g.transshipments(e);
      nodes.add(g.edgeTo(e));
      payloads.add(g.edgePayload(e));
    }
    return new ParetoRoute(Criteria.of(s, c, x), nodes, edges, payloads);
  }
}
