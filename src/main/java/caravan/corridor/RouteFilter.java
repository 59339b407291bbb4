package caravan.corridor;

import java.util.BitSet;
import java.util.Set;

/**
 * What a search may not use: nodes to avoid, countries to avoid (through each node's country),
 * modes forbidden, and links closed (by payload, so both directions of a link close together: the
 * "what if" switch, or a link that refuses the cargo asked about).
 */
public record RouteFilter(
    Set<Integer> avoidNodes,
    Set<Integer> avoidCountries,
    Set<Integer> forbiddenModes,
    Set<Integer> closedPayloads) {
  public static final RouteFilter NONE = new RouteFilter(Set.of(), Set.of(), Set.of(), Set.of());

  public RouteFilter {
    avoidNodes = Set.copyOf(avoidNodes);
    avoidCountries = Set.copyOf(avoidCountries);
    forbiddenModes = Set.copyOf(forbiddenModes);
    closedPayloads = Set.copyOf(closedPayloads);
  }

  public RouteFilter avoidingNodes(Integer... nodes) {
    return new RouteFilter(Set.of(nodes), avoidCountries, forbiddenModes, closedPayloads);
  }

  public RouteFilter avoidingCountries(Integer... countries) {
    return new RouteFilter(avoidNodes, Set.of(countries), forbiddenModes, closedPayloads);
  }

  public RouteFilter forbidding(Integer... modes) {
    return new RouteFilter(avoidNodes, avoidCountries, Set.of(modes), closedPayloads);
  }

  public RouteFilter closing(Integer... payloads) {
    return new RouteFilter(avoidNodes, avoidCountries, forbiddenModes, Set.of(payloads));
  }

  public boolean isNone() {
    return avoidNodes.isEmpty()
        && avoidCountries.isEmpty()
        && forbiddenModes.isEmpty()
        && closedPayloads.isEmpty();
  }

  /** The filter made into arrays a search can test in its inner loop. */
  Compiled compile(RouteGraph g) {
    boolean[] blocked = null;
    if (!avoidNodes.isEmpty() || !avoidCountries.isEmpty()) {
      blocked = new boolean[g.nodeCount()];
      for (int v : avoidNodes) if (v >= 0 && v < blocked.length) blocked[v] = true;
      if (!avoidCountries.isEmpty())
        for (int v = 0; v < blocked.length; v++)
          if (avoidCountries.contains(g.country(v))) blocked[v] = true;
    }
    int modes = 0;
    for (int m : forbiddenModes) if (m >= 0 && m < RouteGraph.MODES) modes |= 1 << m;
    BitSet closed = null;
    if (!closedPayloads.isEmpty()) {
      closed = new BitSet();
      for (int p : closedPayloads) if (p >= 0) closed.set(p);
    }
    return blocked == null && modes == 0 && closed == null
        ? Compiled.OPEN
        : new Compiled(blocked, modes, closed);
  }

  static final class Compiled {
    static final Compiled OPEN = new Compiled(null, 0, null);
    private final boolean[] blocked;
    private final int forbiddenModes;
    private final BitSet closed;

    Compiled(boolean[] blocked, int forbiddenModes, BitSet closed) {
      this.blocked = blocked;
      this.forbiddenModes = forbiddenModes;
      this.closed = closed;
    }

    /** True when the filter lets every edge through, so a search can skip asking. */
    boolean open() {
      return this == OPEN;
    }

    boolean blocked(int node) {
      return blocked != null && blocked[node];
    }

    /** Whether an edge may be taken, its ends included. */
    boolean allows(RouteGraph g, int e) {
      if ((forbiddenModes >>> g.edgeMode(e) & 1) != 0) return false;
      if (closed != null && g.edgePayload(e) >= 0 && closed.get(g.edgePayload(e))) return false;
      return blocked == null || !(blocked[g.edgeTo(e)] || blocked[g.edgeFrom(e)]);
    }
  }
}
