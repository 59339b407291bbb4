package caravan.corridor;

import java.util.Arrays;

/**
 * The router's graph: nodes numbered 0..n-1, each with a country code of the caller's choosing, and
 * directed edges each with a mode (the caller's mode number, 0–31), its {@link Criteria} and a
 * payload the caller uses to find its own link again (a link that runs both ways is two edges with
 * one payload). Immutable once built, so one graph serves any number of searches at once.
 *
 * <p>Edges are kept in compressed rows (the edges leaving a node sit side by side), forwards and
 * backwards, so a search over a 100,000-node network walks plain arrays. An edge's number is its
 * place in those rows: the edges of node 0 first, each node's in the order they were added.
 */
public final class RouteGraph {
  public static final int MODES = 32;

  private final int[] country;
  private final int[] first; // edges of node v: first[v] .. first[v + 1] - 1
  private final int[] from;
  private final int[] to;
  private final byte[] mode;
  private final long[] seconds;
  private final long[] cents;
  private final byte[] transshipments;
  private final int[] payload;
  private final int[] firstIn; // edges into node v: inEdge[firstIn[v] .. firstIn[v + 1] - 1]
  private final int[] inEdge;
  private final int maxTransshipments;

  private RouteGraph(Builder b) {
    int n = b.nodes;
    int m = b.edges;
    country = Arrays.copyOf(b.country, n);
    first = new int[n + 1];
    firstIn = new int[n + 1];
    for (int i = 0; i < m; i++) {
      first[b.from[i] + 1]++;
      firstIn[b.to[i] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      first[v + 1] += first[v];
      firstIn[v + 1] += firstIn[v];
    }
    from = new int[m];
    to = new int[m];
    mode = new byte[m];
    seconds = new long[m];
    cents = new long[m];
    transshipments = new byte[m];
    payload = new int[m];
    int[] next = Arrays.copyOf(first, n);
    for (int i = 0; i < m; i++) { // a counting sort, stable: each node keeps the order of adding
      int e = next[b.from[i]]++;
      from[e] = b.from[i];
      to[e] = b.to[i];
      mode[e] = b.mode[i];
      seconds[e] = b.seconds[i];
      cents[e] = b.cents[i];
      transshipments[e] = b.transshipments[i];
      payload[e] = b.payload[i];
    }
    inEdge = new int[m];
    int[] nextIn = Arrays.copyOf(firstIn, n);
    for (int e = 0; e < m; e++) inEdge[nextIn[to[e]]++] = e;
    int most = 0;
    for (int e = 0; e < m; e++) most = Math.max(most, transshipments[e]);
    maxTransshipments = most;
  }

  private RouteGraph(RouteGraph base, long[] seconds, long[] cents, byte[] transshipments) {
    country = base.country;
    first = base.first;
    from = base.from;
    to = base.to;
    mode = base.mode;
    payload = base.payload;
    firstIn = base.firstIn;
    inEdge = base.inEdge;
    this.seconds = seconds;
    this.cents = cents;
    this.transshipments = transshipments;
    int most = 0;
    for (byte x : transshipments) most = Math.max(most, x);
    maxTransshipments = most;
  }

  /**
   * The same nodes and edges with each edge's criteria given anew (for another cargo or tonnage),
   * sharing this graph's arrays but for the criteria.
   */
  public RouteGraph withCriteria(java.util.function.IntFunction<Criteria> byEdge) {
    int m = to.length;
    long[] s = new long[m];
    long[] c = new long[m];
    byte[] x = new byte[m];
    for (int e = 0; e < m; e++) {
      Criteria k = byEdge.apply(e);
      if (k.transshipments() > Byte.MAX_VALUE)
        throw new IllegalArgumentException("too many transshipments on one edge: " + k);
      s[e] = k.seconds();
      c[e] = k.cents();
      x[e] = (byte) k.transshipments();
    }
    return new RouteGraph(this, s, c, x);
  }

  public static Builder builder(int nodes) {
    return new Builder(nodes);
  }

  public int nodeCount() {
    return country.length;
  }

  public int edgeCount() {
    return to.length;
  }

  public int country(int node) {
    return country[node];
  }

  /** The first edge leaving {@code node}; its edges run up to {@link #endEdge} (exclusive). */
  public int firstEdge(int node) {
    return first[node];
  }

  public int endEdge(int node) {
    return first[node + 1];
  }

  public int edgeFrom(int edge) {
    return from[edge];
  }

  public int edgeTo(int edge) {
    return to[edge];
  }

  public int edgeMode(int edge) {
    return mode[edge];
  }

  public int edgePayload(int edge) {
    return payload[edge];
  }

  public Criteria edgeCriteria(int edge) {
    return Criteria.of(seconds[edge], cents[edge], transshipments[edge]);
  }

  long seconds(int edge) {
    return seconds[edge];
  }

  long cents(int edge) {
    return cents[edge];
  }

  int transshipments(int edge) {
    return transshipments[edge];
  }

  /** The most transshipments any one edge holds. */
  int maxTransshipments() {
    return maxTransshipments;
  }

  int firstIn(int node) {
    return firstIn[node];
  }

  int endIn(int node) {
    return firstIn[node + 1];
  }

  int inEdge(int i) {
    return inEdge[i];
  }

  /** Bytes held by the arrays (the graph's own footprint, without the JVM's object headers). */
  public long arrayBytes() {
    long n = country.length;
    long m = to.length;
    return 4 * n + 4 * (n + 1) * 2 + m * (4 + 4 + 1 + 8 + 8 + 1 + 4 + 4);
  }

  /** Adds nodes' countries and edges; {@link #build} makes the immutable graph. */
  public static final class Builder {
    private final int nodes;
    private final int[] country;
    private int edges;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private byte[] mode = new byte[16];
    private long[] seconds = new long[16];
    private long[] cents = new long[16];
    private byte[] transshipments = new byte[16];
    private int[] payload = new int[16];

    private Builder(int nodes) {
      if (nodes < 1) throw new IllegalArgumentException("a route graph needs a node, got " + nodes);
      this.nodes = nodes;
      this.country = new int[nodes];
      Arrays.fill(country, -1);
    }

    /** The node's country, any code of the caller's (an M49 number, an index); -1 when unknown. */
    public Builder country(int node, int code) {
      checkNode(node);
      country[node] = code;
      return this;
    }

    /**
     * A directed edge. Its criteria are the caller's for the cargo and tonnage asked about, waiting
     * for a sailing included; {@code transshipments} is 0 or 1 (or more where one leg hides
     * several).
     */
    public Builder edge(
        int fromNode, int toNode, int modeNumber, Criteria criteria, int payloadIndex) {
      checkNode(fromNode);
      checkNode(toNode);
      if (fromNode == toNode)
        throw new IllegalArgumentException("an edge from node " + fromNode + " to itself");
      if (modeNumber < 0 || modeNumber >= MODES)
        throw new IllegalArgumentException("mode " + modeNumber + " is not in 0.." + (MODES - 1));
      if (criteria.transshipments() > Byte.MAX_VALUE)
        throw new IllegalArgumentException("too many transshipments on one edge: " + criteria);
      if (edges == from.length) grow();
      from[edges] = fromNode;
      to[edges] = toNode;
      mode[edges] = (byte) modeNumber;
      seconds[edges] = criteria.seconds();
      cents[edges] = criteria.cents();
      transshipments[edges] = (byte) criteria.transshipments();
      payload[edges] = payloadIndex;
      edges++;
      return this;
    }

    /** Two edges, one each way, with the same criteria and payload. */
    public Builder both(int a, int b, int modeNumber, Criteria criteria, int payloadIndex) {
      return edge(a, b, modeNumber, criteria, payloadIndex)
          .edge(b, a, modeNumber, criteria, payloadIndex);
    }

    public RouteGraph build() {
      return new RouteGraph(this);
    }

    private void checkNode(int node) {
      if (node < 0 || node >= nodes)
        throw new IllegalArgumentException("node " + node + " is not in 0.." + (nodes - 1));
    }

    private void grow() {
      int c = from.length * 2;
      from = Arrays.copyOf(from, c);
      to = Arrays.copyOf(to, c);
      mode = Arrays.copyOf(mode, c);
      seconds = Arrays.copyOf(seconds, c);
      cents = Arrays.copyOf(cents, c);
      transshipments = Arrays.copyOf(transshipments, c);
      payload = Arrays.copyOf(payload, c);
    }
  }
}
