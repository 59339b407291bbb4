package caravan.corridor;

import caravan.corridor.ParetoAnswer.Outcome;
import caravan.corridor.RouteDijkstra.Weight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The router's multi-criteria search: every route from one node to another that no other route
 * beats on all of transit hours, cost and transshipments at once (the Pareto set), each a simple
 * route (no node twice), with its edges and totals.
 *
 * <p>A label-setting search after Martins (1984): a label is a partial route ending at a node; each
 * node keeps a bag of the labels no other label there dominates, and labels leave a priority queue
 * in lexicographic order, so a label taken out is final. Two additions make it fast on large
 * networks, neither changing the answer: the queue is ordered by label plus a lower bound of what
 * is left to the target (each criterion's exact least value to the target, from three plain
 * backward Dijkstra searches: consistent bounds, so the order is still label-setting, as in
 * NAMOA*), and a label is dropped when the target already holds a final route that is no worse on
 * every criterion than the label plus its bounds. Final labels leave the queue in order of hours,
 * so checking a new label against a node's final ones is one look-up: the least cost among them
 * with no more transshipments.
 *
 * <p>Routes are simple without a check: criteria are never negative, so a partial route that comes
 * back to a node it passed is no better than the label already there, and is dropped. Two routes
 * with equal totals are one tie: the first found is kept (the order is fixed, so the same one each
 * time). Waiting for a sailing is not modelled here: it is part of a sea edge's hours, which the
 * caller sets (half the headway when no schedule is given).
 *
 * <p>The search is bounded by {@code maxLabels}; when it reaches it the answer says {@link
 * Outcome#TRUNCATED} and holds the routes already final, each of them Pareto optimal. A label takes
 * about 40 bytes while the search runs. One ParetoSearch serves concurrent searches: each keeps its
 * state to itself.
 */
public final class ParetoSearch {
  public static final int DEFAULT_MAX_LABELS = 1_000_000;

  private final RouteGraph g;
  private final RouteDijkstra plain;

  public ParetoSearch(RouteGraph g) {
    this.g = g;
    this.plain = new RouteDijkstra(g);
  }

  public RouteGraph graph() {
    return g;
  }

  public ParetoAnswer search(int from, int to, RouteFilter filter) {
    return search(from, to, filter, DEFAULT_MAX_LABELS);
  }

  public ParetoAnswer search(int from, int to, RouteFilter filter, int maxLabels) {
    int n = g.nodeCount();
    if (from < 0 || from >= n || to < 0 || to >= n)
      throw new IllegalArgumentException(
          "nodes " + from + " and " + to + " must be in 0.." + (n - 1));
    if (maxLabels < 1) throw new IllegalArgumentException("maxLabels must be positive");
    if (from == to) return empty(Outcome.SAME_PLACE, maxLabels);
    RouteFilter.Compiled f = filter.compile(g);
    if (f.blocked(from) || f.blocked(to)) return empty(Outcome.ENDPOINT_AVOIDED, maxLabels);
    long[] hours = plain.toTarget(to, Weight.HOURS, f);
    if (hours[from] == RouteDijkstra.UNREACHABLE) {
      if (filter.isNone() || !joined(from, to, RouteFilter.NONE))
        return empty(Outcome.NOT_CONNECTED, maxLabels);
      Set<ParetoAnswer.Part> blocking = EnumSet.noneOf(ParetoAnswer.Part.class);
      Set<Integer> none = Set.of();
      if (!joined(from, to, new RouteFilter(filter.avoidNodes(), none, none, none)))
        blocking.add(ParetoAnswer.Part.AVOIDED_NODES);
      if (!joined(from, to, new RouteFilter(none, filter.avoidCountries(), none, none)))
        blocking.add(ParetoAnswer.Part.AVOIDED_COUNTRIES);
      if (!joined(from, to, new RouteFilter(none, none, filter.forbiddenModes(), none)))
        blocking.add(ParetoAnswer.Part.FORBIDDEN_MODES);
      if (!joined(from, to, new RouteFilter(none, none, none, filter.closedPayloads())))
        blocking.add(ParetoAnswer.Part.CLOSED_LINKS);
      return new ParetoAnswer(Outcome.FILTERED_OUT, List.of(), 0, maxLabels, blocking);
    }
    long[] cost = plain.toTarget(to, Weight.COST, f);
    long[] transfers = plain.toTarget(to, Weight.TRANSSHIPMENTS, f);
    return new Run(g, f, from, to, hours, cost, transfers, maxLabels).go();
  }

  private boolean joined(int from, int to, RouteFilter filter) {
    return plain.toTarget(to, Weight.TRANSSHIPMENTS, filter.compile(g))[from]
        != RouteDijkstra.UNREACHABLE;
  }

  private static ParetoAnswer empty(Outcome why, int maxLabels) {
    return new ParetoAnswer(why, List.of(), 0, maxLabels, Set.of());
  }

  /** One search's state: labels in parallel arrays, keyed by label plus bound ("f"). */
  private static final class Run {
    private static final byte OPEN = 0;
    private static final byte FINAL = 1;
    private static final byte DEAD = 2;

    private final RouteGraph g;
    private final RouteFilter.Compiled filter;
    private final int from;
    private final int to;
    private final long[] lbS;
    private final long[] lbC;
    private final long[] lbX;
    private final int maxLabels;

    // label l: f = its totals plus the bounds of its node, its node, the label and edge it came by
    private long[] fS = new long[256];
    private long[] fC = new long[256];
    private int[] fX = new int[256];
    private int[] node = new int[256];
    private int[] parent = new int[256];
    private int[] via = new int[256];
    private byte[] state = new byte[256];
    private int labels;

    // At one node comparing f is comparing totals. Its open labels (not yet taken from the queue)
    // are kept in a list; its final ones need no list: they left the queue before any label now
    // made, so they are no slower, and one of them is no worse than a new label exactly when the
    // least cost among those with no more transshipments is no more than the new label's. So
    // finalCost[v][k] holds the least f cost of v's final labels with at most k transshipments.
    private final int[][] open;
    private final int[] openSize;
    private final long[][] finalCost;
    private final List<Integer> arrived = new ArrayList<>();

    private int[] heap = new int[256];
    private int heapSize;

    Run(
        RouteGraph g,
        RouteFilter.Compiled filter,
        int from,
        int to,
        long[] lbS,
        long[] lbC,
        long[] lbX,
        int maxLabels) {
      this.g = g;
      this.filter = filter;
      this.from = from;
      this.to = to;
      this.lbS = lbS;
      this.lbC = lbC;
      this.lbX = lbX;
      this.maxLabels = maxLabels;
      this.open = new int[g.nodeCount()][];
      this.openSize = new int[g.nodeCount()];
      this.finalCost = new long[g.nodeCount()][];
    }

    ParetoAnswer go() {
      boolean truncated = !offer(from, lbS[from], lbC[from], (int) lbX[from], -1, -1);
      while (heapSize > 0 && !truncated) {
        int l = pop();
        if (state[l] == DEAD) continue;
        int u = node[l];
        makeFinal(l, u);
        if (u == to) {
          arrived.add(l);
          continue; // a simple route ends at its target
        }
        if (noBetterThanFinal(to, fC[l], fX[l])) continue;
        long s = fS[l] - lbS[u];
        long c = fC[l] - lbC[u];
        long x = fX[l] - lbX[u];
        for (int e = g.firstEdge(u), end = g.endEdge(u); e < end; e++) {
          int v = g.edgeTo(e);
          if (lbS[v] == RouteDijkstra.UNREACHABLE || !filter.allows(g, e)) continue;
          long vs = s + g.seconds(e) + lbS[v];
          long vc = c + g.cents(e) + lbC[v];
          int vx = (int) (x + g.transshipments(e) + lbX[v]);
          // the target's final routes are no slower than this label plus its bound (see above)
          if (noBetterThanFinal(to, vc, vx)) continue;
          if (!offer(v, vs, vc, vx, l, e)) {
            truncated = true;
            break;
          }
        }
      }
      return answer(truncated);
    }

    /** Adds a label to its node and the queue unless one there is no worse; false if full. */
    private boolean offer(int v, long s, long c, int x, int from, int edge) {
      if (noBetterThanFinal(v, c, x)) return true;
      int[] b = open[v];
      int size = openSize[v];
      for (int i = 0; i < size; i++) {
        int o = b[i];
        if (fS[o] <= s && fC[o] <= c && fX[o] <= x) return true;
      }
      if (labels == maxLabels) return false;
      int kept = 0;
      for (int i = 0; i < size; i++) {
        int o = b[i];
        // not equal (that was refused above), so the new label dominates o: o goes
        if (s <= fS[o] && c <= fC[o] && x <= fX[o]) state[o] = DEAD;
        else b[kept++] = o;
      }
      if (b == null) b = open[v] = new int[4];
      else if (kept == b.length) b = open[v] = Arrays.copyOf(b, kept * 2);
      b[kept++] = labels;
      openSize[v] = kept;
      int l = newLabel(v, s, c, x, from, edge);
      push(l);
      return true;
    }

    private boolean noBetterThanFinal(int v, long c, int x) {
      long[] least = finalCost[v];
      return least != null && least[Math.min(x, least.length - 1)] <= c;
    }

    private void makeFinal(int l, int v) {
      state[l] = FINAL;
      int[] b = open[v];
      int size = openSize[v];
      for (int i = 0; i < size; i++) {
        if (b[i] == l) {
          b[i] = b[--size];
          break;
        }
      }
      openSize[v] = size;
      int x = fX[l];
      long[] least = finalCost[v];
      if (least == null) {
        least = new long[x + 1];
        Arrays.fill(least, Long.MAX_VALUE);
      } else if (least.length <= x) {
        int was = least.length;
        least = Arrays.copyOf(least, x + 1);
        Arrays.fill(least, was, x + 1, least[was - 1]);
      }
      for (int k = x; k < least.length; k++) least[k] = Math.min(least[k], fC[l]);
      finalCost[v] = least;
    }

    private int newLabel(int v, long s, long c, int x, int parentLabel, int edge) {
      if (labels == fS.length) {
        int cap = labels * 2;
        fS = Arrays.copyOf(fS, cap);
        fC = Arrays.copyOf(fC, cap);
        fX = Arrays.copyOf(fX, cap);
        node = Arrays.copyOf(node, cap);
        parent = Arrays.copyOf(parent, cap);
        via = Arrays.copyOf(via, cap);
        state = Arrays.copyOf(state, cap);
      }
      int l = labels++;
      fS[l] = s;
      fC[l] = c;
      fX[l] = x;
      node[l] = v;
      parent[l] = parentLabel;
      via[l] = edge;
      state[l] = OPEN;
      return l;
    }

    private ParetoAnswer answer(boolean truncated) {
      // final labels at the target, in the order they left the queue: by hours, cost, transfers
      List<ParetoRoute> routes = new ArrayList<>();
      for (int t : arrived) {
        List<Integer> edges = new ArrayList<>();
        for (int l = t; via[l] >= 0; l = parent[l]) edges.add(via[l]);
        java.util.Collections.reverse(edges);
        routes.add(ParetoRoute.of(g, edges));
      }
      routes.sort(
          Comparator.comparingLong((ParetoRoute r) -> r.totals().seconds())
              .thenComparingLong(r -> r.totals().cents())
              .thenComparingInt(r -> r.totals().transshipments()));
      Outcome outcome = truncated ? Outcome.TRUNCATED : Outcome.COMPLETE;
      return new ParetoAnswer(outcome, routes, labels, maxLabels, Set.of());
    }

    // the queue: label numbers in a binary heap, least (fS, fC, fX, number) first

    private boolean less(int a, int b) {
      if (fS[a] != fS[b]) return fS[a] < fS[b];
      if (fC[a] != fC[b]) return fC[a] < fC[b];
      if (fX[a] != fX[b]) return fX[a] < fX[b];
      return a < b;
    }

    private void push(int l) {
      if (heapSize == heap.length) heap = Arrays.copyOf(heap, heapSize * 2);
      int i = heapSize++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (!less(l, heap[p])) break;
        heap[i] = heap[p];
        i = p;
      }
      heap[i] = l;
    }

    private int pop() {
      int top = heap[0];
      int l = heap[--heapSize];
      int i = 0;
      int half = heapSize >>> 1;
      while (i < half) {
        int c = 2 * i + 1;
        if (c + 1 < heapSize && less(heap[c + 1], heap[c])) c++;
        if (!less(heap[c], l)) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = l;
      return top;
    }
  }
}
