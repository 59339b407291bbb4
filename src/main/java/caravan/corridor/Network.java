package caravan.corridor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The transport network as loaded and checked: nodes by id, links in file order, the border
 * crossings with their dwell and gauge breaks, the cost model, and the warnings (links left out of
 * routing, and why, each worded by a door as a fault line is). {@code origin} says which files it
 * came from.
 */
public record Network(
    String origin,
    Map<String, Node> nodes,
    List<Link> links,
    List<Crossing> crossings,
    CostModel costs,
    List<NetworkFault> cautions) {
  public Network {
    nodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
    links = List.copyOf(links);
    crossings = List.copyOf(crossings);
    cautions = List.copyOf(cautions);
  }

  public Node node(String id) {
    return nodes.get(id);
  }

  /** The links at a node, in file order. */
  public List<Link> linksAt(String id) {
    return links.stream().filter(l -> l.from().equals(id) || l.to().equals(id)).toList();
  }

  /** The links a router may use (built, length and time known, not a check-only line). */
  public List<Link> routableLinks() {
    return links.stream().filter(Link::routable).toList();
  }

  /**
   * Every node one of whose names (id, English, Russian, an alias) is {@code name}, ignoring case,
   * accents, ё/е and the kind of dash or space: "bandar abbas", "Бендер-Аббас" and "IR_BND" find
   * the same node. Two nodes may share a name (Серахс on both sides of the border): both come back.
   */
  public List<Node> find(String name) {
    String key = key(name);
    List<Node> found = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (n.names().stream().anyMatch(x -> key(x).equals(key))) found.add(n);
    }
    return found;
  }

  static String key(String name) {
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    return s.replaceAll("[\\s\\-‐‑–—_]+", " ").strip();
  }

  public Collection<Node> allNodes() {
    return nodes.values();
  }
}
