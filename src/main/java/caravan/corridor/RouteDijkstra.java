package caravan.corridor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plain single-criterion Dijkstra over a {@link RouteGraph}: the baseline the Pareto search is
 * measured against, and (backwards, from the target) the lower bounds that prune that search.
 */
public final class RouteDijkstra {
  /** The one criterion a plain search minimises. */
  public enum Weight {
    HOURS,
    COST,
    TRANSSHIPMENTS
  }

  static final long UNREACHABLE = Long.MAX_VALUE;

  private final RouteGraph g;

  public RouteDijkstra(RouteGraph g) {
    this.g = g;
  }

  /**
   * The route least in {@code weight} from one node to another under the filter, or empty when
   * there is none; it stops as soon as the target is settled.
   */
  public Optional<ParetoRoute> best(int from, int to, Weight weight, RouteFilter filter) {
    RouteFilter.Compiled f = filter.compile(g);
    if (f.blocked(from) || f.blocked(to)) return Optional.empty();
    int n = g.nodeCount();
    long[] dist = new long[n];
    int[] via = new int[n];
    Arrays.fill(dist, UNREACHABLE);
    dist[from] = 0;
    via[from] = -1;
    RouteHeap heap = new RouteHeap();
    heap.push(0, from);
    while (!heap.isEmpty()) {
      long d = heap.topKey();
      int u = heap.topValue();
      heap.pop();
      if (d > dist[u]) continue;
      if (u == to) break;
      for (int e = g.firstEdge(u), end = g.endEdge(u); e < end; e++) {
        if (!f.allows(g, e)) continue;
        int v = g.edgeTo(e);
        long nd = d + weight(e, weight);
        if (nd < dist[v]) {
          dist[v] = nd;
          via[v] = e;
          heap.push(nd, v);
        }
      }
    }
    if (dist[to] == UNREACHABLE) return Optional.empty();
    List<Integer> edges = new ArrayList<>();
    for (int v = to; v != from; v = g.edgeFrom(via[v])) edges.add(via[v]);
    java.util.Collections.reverse(edges);
    return Optional.of(ParetoRoute.of(g, edges));
  }

  /**
   * The least {@code weight} from every node to {@code target} under the filter ({@link
   * #UNREACHABLE} where there is no way): a search backwards over the edges coming in.
   */
  long[] toTarget(int target, Weight weight, RouteFilter.Compiled f) {
    if (weight == Weight.TRANSSHIPMENTS && g.maxTransshipments() <= 1)
      return transshipmentsTo(target, f);
    long[] dist = new long[g.nodeCount()];
    Arrays.fill(dist, UNREACHABLE);
    dist[target] = 0;
    boolean open = f.open();
    RouteHeap heap = new RouteHeap();
    heap.push(0, target);
    while (!heap.isEmpty()) {
      long d = heap.topKey();
      int v = heap.topValue();
      heap.pop();
      if (d > dist[v]) continue;
      for (int i = g.firstIn(v), end = g.endIn(v); i < end; i++) {
        int e = g.inEdge(i);
        if (!open && !f.allows(g, e)) continue;
        int u = g.edgeFrom(e);
        long nd = d + weight(e, weight);
        if (nd < dist[u]) {
          dist[u] = nd;
          heap.push(nd, u);
        }
      }
    }
    return dist;
  }

  /**
   * The least transshipments from every node to the target: a breadth-first search where an edge
   * with none is taken before any with one (0-1 BFS, a deque in one array used from both ends), as
   * the graph's edges hold at most one each.
   */
  private long[] transshipmentsTo(int target, RouteFilter.Compiled f) {
    int n = g.nodeCount();
    long[] dist = new long[n];
    Arrays.fill(dist, UNREACHABLE);
    dist[target] = 0;
    boolean open = f.open();
    // a node enters once at the start and once per edge that lowers its distance
    int cap = g.edgeCount() + 2;
    int[] ring = new int[cap];
    int head = 0;
    int tail = 0;
    ring[tail++] = target;
    while (head != tail) {
      int v = ring[head];
      head = head + 1 == cap ? 0 : head + 1;
      long d = dist[v];
      for (int i = g.firstIn(v), end = g.endIn(v); i < end; i++) {
        int e = g.inEdge(i);
        if (!open && !f.allows(g, e)) continue;
        int u = g.edgeFrom(e);
        int w = g.transshipments(e);
        if (d + w < dist[u]) {
          dist[u] = d + w;
          if (w == 0) {
            head = head == 0 ? cap - 1 : head - 1;
            ring[head] = u;
          } else {
            ring[tail] = u;
            tail = tail + 1 == cap ? 0 : tail + 1;
          }
        }
      }
    }
    return dist;
  }

  private long weight(int e, Weight w) {
    return switch (w) {
      case HOURS -> g.seconds(e);
      case COST -> g.cents(e);
      case TRANSSHIPMENTS -> g.transshipments(e);
    };
  }
}
