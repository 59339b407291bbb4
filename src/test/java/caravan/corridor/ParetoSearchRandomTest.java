package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.corridor.ParetoAnswer.Outcome;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;

/**
 * The Pareto search against an independent method on seeded random networks of 6–10 nodes: JGraphT
 * lists every simple path, the test keeps the vectors no other path's vector dominates, and the
 * search must give exactly those, one route each, none dominated by another, each a real simple
 * path that keeps to the filter with the totals its legs add up to. The filter is applied by the
 * test to its own list of links, not by {@link RouteFilter}.
 */
class ParetoSearchRandomTest {
  record Link(int id, int from, int to, int mode, long hours, long usd, int transshipments) {}

  record Vec(long seconds, long cents, int transshipments) implements Comparable<Vec> {
    boolean dominates(Vec o) {
      return seconds <= o.seconds
          && cents <= o.cents
          && transshipments <= o.transshipments
          && !equals(o);
    }

    @Override
    public int compareTo(Vec o) {
      int c = Long.compare(seconds, o.seconds);
      if (c == 0) c = Long.compare(cents, o.cents);
      return c != 0 ? c : Integer.compare(transshipments, o.transshipments);
    }
  }

  @Test
  void equals_the_non_dominated_vectors_of_all_simple_paths_on_400_random_networks() {
    int routes = 0;
    int filtered = 0;
    int blocked = 0;
    for (int seed = 0; seed < 400; seed++) {
      Random r = new Random(seed);
      int n = 6 + r.nextInt(5);
      int[] country = new int[n];
      for (int v = 0; v < n; v++) country[v] = r.nextInt(4);
      List<Link> links = new ArrayList<>();
      int m = n + r.nextInt(3 * n);
      for (int i = 0; i < m; i++) {
        int a = r.nextInt(n);
        int b = r.nextInt(n - 1);
        if (b >= a) b++;
        // small whole figures, zeros included, so that ties and zero-cost loops happen often
        links.add(
            new Link(
                i, a, b, r.nextInt(3), r.nextInt(12), r.nextInt(30), r.nextInt(4) == 0 ? 1 : 0));
      }
      int from = r.nextInt(n);
      int to = (from + 1 + r.nextInt(n - 1)) % n;
      RouteFilter filter = RouteFilter.NONE;
      if (seed % 3 == 0) {
        filter =
            new RouteFilter(
                r.nextInt(4) == 0 ? Set.of(r.nextInt(n)) : Set.of(),
                r.nextBoolean() ? Set.of(r.nextInt(4)) : Set.of(),
                r.nextBoolean() ? Set.of(r.nextInt(3)) : Set.of(),
                new HashSet<>(List.of(r.nextInt(m), r.nextInt(m))));
        filtered++;
      }

      RouteGraph.Builder b = RouteGraph.builder(n);
      for (int v = 0; v < n; v++) b.country(v, country[v]);
      for (Link l : links)
        b.edge(l.from, l.to, l.mode, new Criteria(l.hours, l.usd, l.transshipments), l.id);
      RouteGraph g = b.build();
      ParetoAnswer answer = new ParetoSearch(g).search(from, to, filter);

      String where = "seed " + seed + ", " + from + " -> " + to + ", " + filter;
      List<Link> allowed = new ArrayList<>();
      for (Link l : links) if (allows(filter, country, l)) allowed.add(l);
      List<Vec> paths = vectors(n, allowed, from, to);
      boolean endpointAvoided =
          !endpointOk(filter, country, from) || !endpointOk(filter, country, to);
      if (endpointAvoided) {
        assertThat(answer.outcome()).as(where).isEqualTo(Outcome.ENDPOINT_AVOIDED);
        continue;
      }
      if (paths.isEmpty()) {
        Outcome why =
            vectors(n, links, from, to).isEmpty() ? Outcome.NOT_CONNECTED : Outcome.FILTERED_OUT;
        assertThat(answer.outcome()).as(where).isEqualTo(why);
        assertThat(answer.routes()).as(where).isEmpty();
        if (why == Outcome.FILTERED_OUT) {
          // each part of the filter that alone leaves no simple path, by enumeration again
          Set<ParetoAnswer.Part> blocking = EnumSet.noneOf(ParetoAnswer.Part.class);
          Set<Integer> none = Set.of();
          RouteFilter[] parts = {
            new RouteFilter(filter.avoidNodes(), none, none, none),
            new RouteFilter(none, filter.avoidCountries(), none, none),
            new RouteFilter(none, none, filter.forbiddenModes(), none),
            new RouteFilter(none, none, none, filter.closedPayloads())
          };
          for (int k = 0; k < parts.length; k++) {
            List<Link> left = new ArrayList<>();
            for (Link l : links) if (allows(parts[k], country, l)) left.add(l);
            if (vectors(n, left, from, to).isEmpty()) blocking.add(ParetoAnswer.Part.values()[k]);
          }
          assertThat(answer.blocking()).as(where).isEqualTo(blocking);
          blocked++;
        }
        continue;
      }
      Set<Vec> expected = new TreeSet<>();
      for (Vec v : paths) if (paths.stream().noneMatch(o -> o.dominates(v))) expected.add(v);

      assertThat(answer.outcome()).as(where).isEqualTo(Outcome.COMPLETE);
      List<Vec> got = new ArrayList<>();
      for (ParetoRoute route : answer.routes()) {
        got.add(checkRoute(route, links, filter, country, from, to, where));
      }
      // none missed, none extra, each vector once, in order of hours, cost, transshipments
      assertThat(got).as(where).containsExactlyElementsOf(expected);
      for (Vec v : got) assertThat(got).as(where).noneMatch(o -> o.dominates(v));
      routes += got.size();

      // the plain Dijkstra baseline agrees with JGraphT's on the fastest route's hours
      var fastest = new RouteDijkstra(g).best(from, to, RouteDijkstra.Weight.HOURS, filter);
      assertThat(fastest).as(where).isPresent();
      assertThat(fastest.get().totals().seconds())
          .as(where)
          .isEqualTo(jgraphtFastest(n, allowed, from, to) * 3600);
      assertThat(fastest.get().totals().seconds()).isEqualTo(got.get(0).seconds);
    }
    // the draw exercised what it should: many routes, and filters in a third of the cases
    assertThat(routes).isGreaterThan(400);
    assertThat(filtered).isGreaterThan(100);
    assertThat(blocked).isGreaterThan(5);
  }

  private static Vec checkRoute(
      ParetoRoute route,
      List<Link> links,
      RouteFilter filter,
      int[] country,
      int from,
      int to,
      String where) {
    assertThat(route.nodes()).as(where).doesNotHaveDuplicates();
    assertThat(route.nodes().get(0)).as(where).isEqualTo(from);
    assertThat(route.nodes().get(route.nodes().size() - 1)).as(where).isEqualTo(to);
    long hours = 0;
    long usd = 0;
    int transshipments = 0;
    for (int i = 0; i < route.payloads().size(); i++) {
      Link l = links.get(route.payloads().get(i));
      assertThat(l.from).as(where).isEqualTo(route.nodes().get(i));
      assertThat(l.to).as(where).isEqualTo(route.nodes().get(i + 1));
      assertThat(allows(filter, country, l)).as(where).isTrue();
      hours += l.hours;
      usd += l.usd;
      transshipments += l.transshipments;
    }
    assertThat(route.totals()).as(where).isEqualTo(new Criteria(hours, usd, transshipments));
    return new Vec(hours * 3600, usd * 100, transshipments);
  }

  private static boolean allows(RouteFilter f, int[] country, Link l) {
    return !f.forbiddenModes().contains(l.mode)
        && !f.closedPayloads().contains(l.id)
        && endpointOk(f, country, l.from)
        && endpointOk(f, country, l.to);
  }

  private static boolean endpointOk(RouteFilter f, int[] country, int v) {
    return !f.avoidNodes().contains(v) && !f.avoidCountries().contains(country[v]);
  }

  private static Graph<Integer, Link> jgrapht(int n, List<Link> links) {
    Graph<Integer, Link> g = new DirectedWeightedMultigraph<>(Link.class);
    for (int v = 0; v < n; v++) g.addVertex(v);
    for (Link l : links) {
      g.addEdge(l.from, l.to, l);
      g.setEdgeWeight(l, l.hours);
    }
    return g;
  }

  /** The vector of every simple path, as JGraphT lists them. */
  private static List<Vec> vectors(int n, List<Link> links, int from, int to) {
    List<Vec> out = new ArrayList<>();
    for (GraphPath<Integer, Link> p :
        new AllDirectedPaths<>(jgrapht(n, links)).getAllPaths(from, to, true, null)) {
      assertThat(new HashSet<>(p.getVertexList())).hasSameSizeAs(p.getVertexList());
      long h = 0, c = 0;
      int x = 0;
      for (Link l : p.getEdgeList()) {
        h += l.hours;
        c += l.usd;
        x += l.transshipments;
      }
      out.add(new Vec(h * 3600, c * 100, x));
    }
    return out;
  }

  private static long jgraphtFastest(int n, List<Link> links, int from, int to) {
    return Math.round(new DijkstraShortestPath<>(jgrapht(n, links)).getPathWeight(from, to));
  }
}
