package caravan.bench;

import caravan.corridor.NetworkStore;
import caravan.corridor.ParetoAnswer;
import caravan.corridor.ParetoSearch;
import caravan.corridor.RouteDijkstra;
import caravan.corridor.RouteFilter;
import caravan.corridor.RouteGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The router's bench (issue 12 §2): the Pareto search over hours, cost and transshipments beside a
 * plain Dijkstra over hours on the same graph and the same pairs, taking turns in the same run, so
 * the price of the full Pareto set shows as a ratio whatever the machine. (a) a network the size
 * and shape of the shipped corridor; (b) a generated rail-like network of 100,000 nodes, with the
 * heap its graph holds and what a query allocates.
 */
public final class RouteBench {
  private final PrintStream out;
  private final RouteGraph corridor;
  private final String corridorName;

  /** With the shipped network (read from the jar, whatever network a data directory holds). */
  public RouteBench(PrintStream out) {
    this(out, shippedNetwork());
  }

  private RouteBench(PrintStream out, caravan.corridor.Network shipped) {
    this(
        out,
        caravan.corridor.NetworkPlanner.graphFor(shipped, "grain", 65),
        "the shipped network (data/corridor/, priced as caravan route prices 65 t of grain)");
    this.shipped = shipped;
  }

  /** The shipped network, when (a) runs on it: its whole queries are timed too. */
  private caravan.corridor.Network shipped;

  /** A network store over an empty directory holds the shipped network. */
  private static caravan.corridor.Network shippedNetwork() {
    try {
      Path empty = Files.createTempDirectory("caravan-route-bench");
      try {
        return new NetworkStore(empty).load();
      } finally {
        Files.delete(empty);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** With the given graph for (a): the shipped network once it is loaded into a RouteGraph. */
  public RouteBench(PrintStream out, RouteGraph corridor, String name) {
    this.out = out;
    this.corridor = corridor;
    this.corridorName = name;
  }

  /** Measured figures of one network, for the caller (and the test) to read. */
  public record Figures(
      int nodes,
      int edges,
      double paretoP50Ms,
      double paretoP90Ms,
      double dijkstraP50Ms,
      double dijkstraP90Ms,
      int routesMedian,
      int labelsMedian,
      int truncated,
      double allocatedMbMedian,
      double pairedRatioMedian,
      double paretoCpuP50Ms,
      double dijkstraCpuP50Ms) {
    double ratio() {
      return paretoP50Ms / dijkstraP50Ms;
    }
  }

  public List<Figures> run(int bigNodes, int repeats) {
    out.printf(
        "route bench: %d processors available to the JVM; any other work on the machine falls on"
            + " both searches alike, so read the ratios%n",
        Runtime.getRuntime().availableProcessors());
    Figures a = measure(corridor, 10, repeats);
    out.printf(
        "(a) route query on %s: %,d nodes, %,d edges; %d pairs in turn, %d runs warm%n",
        corridorName, a.nodes, a.edges, 10, repeats);
    report(a, 5);
    if (shipped != null) wholeQueries(shipped, repeats);

    long before = heapUsed();
    RouteGraph big = RouteNetworks.railLike(bigNodes, 100);
    long graphBytes = heapUsed() - before;
    int bigRepeats = Math.max(5, repeats / 20);
    Figures b = measure(big, 10, bigRepeats);
    out.printf(
        "(b) route query on a generated rail-like network: %,d nodes, %,d edges (six countries,"
            + " borders on every eighth line, ports and sailings); %d pairs in turn, %d runs warm%n",
        b.nodes, b.edges, 10, bigRepeats);
    report(b, 200);
    out.printf(
        "    memory: the graph holds %.1f MB of heap (its arrays %.1f MB); a Pareto query allocates"
            + " %.1f MB (median; labels, bags, three bound arrays), a Dijkstra %.1f MB%n",
        graphBytes / 1e6, big.arrayBytes() / 1e6, b.allocatedMbMedian, dijkstraAllocatedMb);
    return List.of(a, b);
  }

  private double dijkstraAllocatedMb;

  private void report(Figures f, double goalMs) {
    out.printf(
        "    Pareto search: p50 %.3f ms, p90 %.3f ms (goal p50 < %.0f ms); %d routes and %,d labels"
            + " per answer (median)%s%n",
        f.paretoP50Ms,
        f.paretoP90Ms,
        goalMs,
        f.routesMedian,
        f.labelsMedian,
        f.truncated > 0 ? "; " + f.truncated + " answers TRUNCATED at the label bound" : "");
    out.printf(
        "    plain Dijkstra over hours, same pairs: p50 %.3f ms, p90 %.3f ms; ratio p50 Pareto /"
            + " Dijkstra = %.1f; median of each run's own ratio (the same pair, one after the"
            + " other) = %.1f%n",
        f.dijkstraP50Ms, f.dijkstraP90Ms, f.ratio(), f.pairedRatioMedian);
    // the thread's CPU time leaves out the waits for a core that other work on the machine causes
    out.printf(
        "    CPU time of the searching thread: Pareto p50 %.3f ms, Dijkstra p50 %.3f ms; ratio %.1f%n",
        f.paretoCpuP50Ms, f.dijkstraCpuP50Ms, f.paretoCpuP50Ms / f.dijkstraCpuP50Ms);
  }

  private Figures measure(RouteGraph g, int pairCount, int repeats) {
    ParetoSearch pareto = new ParetoSearch(g);
    RouteDijkstra plain = new RouteDijkstra(g);
    int[][] pairs = pairs(g, plain, pairCount);
    // settle the JIT: rounds of every pair until a round compiles (almost) nothing, at most 40
    var jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    for (int round = 0; round < 40; round++) {
      long compiling = timed ? jit.getTotalCompilationTime() : 0;
      for (int[] p : pairs) {
        pareto.search(p[0], p[1], RouteFilter.NONE);
        plain.best(p[0], p[1], RouteDijkstra.Weight.HOURS, RouteFilter.NONE);
      }
      if (round >= 3 && (!timed || jit.getTotalCompilationTime() - compiling < 5)) break;
    }
    double[] paretoMs = new double[repeats];
    double[] plainMs = new double[repeats];
    double[] allocated = new double[repeats];
    double[] plainAllocated = new double[repeats];
    double[] paired = new double[repeats];
    double[] paretoCpu = new double[repeats];
    double[] plainCpu = new double[repeats];
    var threads = ManagementFactory.getThreadMXBean();
    int[] routes = new int[repeats];
    int[] labels = new int[repeats];
    int truncated = 0;
    for (int i = 0; i < repeats; i++) {
      int[] p = pairs[i % pairs.length];
      long bytes = allocatedBytes();
      long cpu = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      ParetoAnswer answer = pareto.search(p[0], p[1], RouteFilter.NONE);
      paretoMs[i] = (System.nanoTime() - t) / 1e6;
      paretoCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
      allocated[i] = (allocatedBytes() - bytes) / 1e6;
      routes[i] = answer.routes().size();
      labels[i] = answer.labels();
      if (answer.outcome() == ParetoAnswer.Outcome.TRUNCATED) truncated++;
      bytes = allocatedBytes();
      cpu = threads.getCurrentThreadCpuTime();
      t = System.nanoTime();
      plain.best(p[0], p[1], RouteDijkstra.Weight.HOURS, RouteFilter.NONE);
      plainMs[i] = (System.nanoTime() - t) / 1e6;
      plainCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
      paired[i] = paretoMs[i] / Math.max(plainMs[i], 1e-6);
      plainAllocated[i] = (allocatedBytes() - bytes) / 1e6;
    }
    dijkstraAllocatedMb = pct(plainAllocated, 50);
    return new Figures(
        g.nodeCount(),
        g.edgeCount(),
        pct(paretoMs, 50),
        pct(paretoMs, 90),
        pct(plainMs, 50),
        pct(plainMs, 90),
        (int) pct(Arrays.stream(routes).asDoubleStream().toArray(), 50),
        (int) pct(Arrays.stream(labels).asDoubleStream().toArray(), 50),
        truncated,
        pct(allocated, 50),
        pct(paired, 50),
        pct(paretoCpu, 50),
        pct(plainCpu, 50));
  }

  /** Seeded pairs of nodes in different countries that a route joins. */
  private static int[][] pairs(RouteGraph g, RouteDijkstra plain, int count) {
    Random r = new Random(7);
    List<int[]> pairs = new ArrayList<>();
    for (int tries = 0; pairs.size() < count && tries < 100 * count; tries++) {
      int a = r.nextInt(g.nodeCount());
      int b = r.nextInt(g.nodeCount());
      if (g.country(a) != g.country(b)
          && plain.best(a, b, RouteDijkstra.Weight.HOURS, RouteFilter.NONE).isPresent())
        pairs.add(new int[] {a, b});
    }
    if (pairs.isEmpty()) throw new IllegalStateException("no two nodes of the bench graph join");
    return pairs.toArray(int[][]::new);
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static long heapUsed() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * A whole {@code caravan route} answer as users get it (pricing the graph for the query, the
   * Pareto search, the alternatives through each other way in, the steps), Almaty to each of the
   * network's Iranian places in turn, beside the search alone in (a).
   */
  private void wholeQueries(caravan.corridor.Network network, int repeats) {
    var planner = new caravan.corridor.NetworkPlanner();
    List<String> to =
        network.nodes().values().stream()
            .filter(n -> n.country().equals("IRN"))
            .map(caravan.corridor.Node::id)
            .sorted()
            .toList();
    double[] ms = new double[repeats];
    for (int run = -repeats; run < repeats; run++) { // the first half warms up
      String dest = to.get(Math.floorMod(run, to.size()));
      var q =
          new caravan.corridor.RouteQuery(
              "KZ_ALA",
              dest,
              "grain",
              65,
              java.util.Set.of(),
              java.util.Set.of("rail", "sea", "road"),
              java.util.Set.of());
      long t0 = System.nanoTime();
      planner.plan(network, q);
      if (run >= 0) ms[run] = (System.nanoTime() - t0) / 1e6;
    }
    out.printf(
        "    whole answer as caravan route gives it (graph priced per query, Pareto search,"
            + " alternatives, steps), Almaty to %d Iranian places in turn: p50 %.3f ms, p90 %.3f"
            + " ms (goal p50 < 5 ms)%n",
        to.size(), pct(ms, 50), pct(ms, 90));
  }

  private static double pct(double[] xs, int p) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * s.length) - 1))];
  }
}
