package caravan.corridor;

import caravan.text.CaravanException;
import caravan.text.NotFoundException;
import caravan.text.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The corridor feature's public face: the transport network (loaded and checked once, refused whole
 * when a file is at fault), its nodes found by any of their names, a user's own network imported
 * all or nothing, and routes through the {@link RoutePlanner} it is given.
 */
public final class CorridorService {
  /** The most tonnes a route is priced for (a billion: the whole corridor's traffic for years). */
  public static final double MOST_TONNES = 1e9;

  private final NetworkStore store;
  private final RoutePlanner planner;
  private volatile Network network;
  private volatile Volumes volumes;

  /** Over a data directory; {@code planner} may be null until a router is wired. */
  public CorridorService(Path dataDir, RoutePlanner planner) {
    this.store = new NetworkStore(dataDir);
    this.planner = planner;
  }

  /** The active network, loaded on first use (a faulty one is refused with every fault named). */
  public Network network() {
    Network n = network;
    if (n == null) {
      synchronized (this) {
        if (network == null) network = store.load();
        n = network;
      }
    }
    return n;
  }

  /** The freight volumes of the active network's points (volumes.csv), checked against it. */
  public Volumes volumes() {
    Volumes v = volumes;
    if (v == null) {
      synchronized (this) {
        if (volumes == null) volumes = Volumes.read(store.volumesText(), network());
        v = volumes;
      }
    }
    return v;
  }

  /**
   * The volumes of the point a user names: a node by any of its names, or {@code route:NAME} (a
   * line, route or group of ports, as volumes.csv names it).
   */
  public PointVolumes volumesOf(String name) {
    if (name.regionMatches(true, 0, "route:", 0, 6)) {
      String key = "route:" + name.substring(6).strip().toUpperCase(java.util.Locale.ROOT);
      if (!volumes().points().contains(key)) {
        throw new NotFoundException(
            Text.of(
                "cor.vol.noStatement",
                name,
                String.join(
                    ", ",
                    volumes().points().stream().filter(p -> p.startsWith("route:")).toList())),
            Map.of("field", "point", "value", name));
      }
      return volumes().of(key);
    }
    return volumes().of(node(name).id());
  }

  /** The faults of the network files in {@code dir} (the active network's when null). */
  public List<NetworkFault> check(Path dir) {
    return store.check(dir);
  }

  /** The network in {@code dir}, checked, without making it the active one. */
  public Network checked(Path dir) {
    return store.checked(dir);
  }

  public String activeOrigin() {
    return store.activeOrigin();
  }

  /**
   * Checks the network in {@code dir}; only when it has no fault does it replace the active one.
   */
  public synchronized Network importNetwork(Path dir) {
    Network imported = store.importFrom(dir);
    network = imported;
    volumes = null;
    return imported;
  }

  /**
   * The node a user means by {@code name} (id, English or Russian name, alias; any case). An
   * unknown name or one shared by several nodes is refused with the candidates to choose from.
   */
  public Node node(String name) {
    List<Node> found = network().find(name);
    if (found.size() == 1) return found.get(0);
    if (found.isEmpty()) {
      throw new NotFoundException(
          Text.of("lang.err.noPlace", name), Map.of("field", "place", "value", name));
    }
    throw new CaravanException(
        Text.of(
            "cor.place.ambiguous",
            name,
            String.valueOf(found.size()),
            String.join(", ", found.stream().map(n -> n.id() + " (" + n.nameEn() + ")").toList())),
        Map.of("field", "place", "value", name));
  }

  /** Like {@link #node}, without refusing: empty when the name is unknown or ambiguous. */
  public Optional<Node> findNode(String name) {
    List<Node> found = network().find(name);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The routes for a query whose ends are node ids or names. An avoid or close word that names no
   * country, place or link of the network is refused: answering as if it were not asked would hide
   * a typing error (TMK for TKM). With links closed, the answer also says what the closure changed.
   */
  public RouteAnswer route(RouteQuery query) {
    if (planner == null) {
      // a build without its router is a fault of ours, not a user's
      throw new IllegalStateException("No router is wired into this build of Caravan");
    }
    // past this every price of a route overflows into infinity; no shipment comes near it
    if (!(query.tonnes() <= MOST_TONNES)) {
      throw new caravan.text.InvalidValueException(
          Text.of(
              "cor.err.tonnes", String.valueOf(query.tonnes()), NetworkLoader.plain(MOST_TONNES)),
          Map.of("field", "tonnes", "value", String.valueOf(query.tonnes())));
    }
    Network n = network();
    for (String a : query.avoid()) {
      boolean country = n.allNodes().stream().anyMatch(x -> x.country().equalsIgnoreCase(a));
      if (!country && n.allNodes().stream().noneMatch(x -> x.id().equals(a))) {
        throw new caravan.text.InvalidValueException(
            Text.of("lang.err.avoid", a), Map.of("field", "avoid", "value", a));
      }
    }
    for (String c : query.closedLinks()) {
      if (n.links().stream().noneMatch(l -> NetworkPlanner.closes(java.util.Set.of(c), l))) {
        throw new caravan.text.InvalidValueException(
            Text.of("lang.err.close", c), Map.of("field", "close", "value", c));
      }
    }
    RouteAnswer closed = routeChecked(query);
    if (query.closedLinks().isEmpty()) return closed;
    RouteAnswer open =
        routeChecked(
            new RouteQuery(
                query.from(),
                query.to(),
                query.cargo(),
                query.tonnes(),
                query.avoid(),
                query.modes(),
                java.util.Set.of()));
    return closed.withWhatIf(RouteAnswer.WhatIf.of(open, closed));
  }

  private RouteAnswer routeChecked(RouteQuery query) {
    RouteQuery resolved =
        new RouteQuery(
            node(query.from()).id(),
            node(query.to()).id(),
            query.cargo(),
            query.tonnes(),
            query.avoid(),
            query.modes(),
            query.closedLinks());
    RouteAnswer answer = planner.plan(network(), resolved);
    List<RouteAnswer.Route> routes = answer.routes().stream().map(this::withCapacity).toList();
    List<RouteAnswer.Alternative> alternatives =
        answer.alternatives().stream()
            .map(
                a ->
                    new RouteAnswer.Alternative(
                        a.entry(), withCapacity(a.route()), a.beatenBy(), a.why()))
            .toList();
    return new RouteAnswer(
        answer.query(), routes, answer.reasons(), alternatives, null, answer.reasonCodes());
  }

  private RouteAnswer.Route withCapacity(RouteAnswer.Route r) {
    List<RouteAnswer.Use> uses = uses(r);
    List<String> capacity = uses.stream().map(u -> RouteWords.capacity(u).english()).toList();
    return new RouteAnswer.Route(
        r.steps(),
        r.hours(),
        r.usd(),
        r.transshipments(),
        r.crossings(),
        r.gaugeBreaks(),
        r.estimates(),
        capacity,
        uses);
  }

  /** The route's points with a known utilisation of their stated capacity, in route order. */
  private List<RouteAnswer.Use> uses(RouteAnswer.Route r) {
    java.util.Set<String> points = new java.util.LinkedHashSet<>();
    for (RouteAnswer.Step s : r.steps()) {
      points.add(s.from());
      points.add(s.to());
    }
    List<RouteAnswer.Use> out = new java.util.ArrayList<>();
    List<String> known = volumes().points();
    for (String p : points) {
      if (!known.contains(p)) continue;
      volumes().of(p).latestUtilisation().ifPresent(u -> out.add(new RouteAnswer.Use(p, u)));
    }
    return out;
  }
}
