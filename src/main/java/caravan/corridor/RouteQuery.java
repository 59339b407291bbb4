package caravan.corridor;

import java.util.List;
import java.util.Set;

/**
 * What a user asks the router: from and to (node ids, already resolved from any of their names),
 * cargo, tonnes, countries or nodes to avoid, modes allowed, and links or crossings closed for a
 * "what if".
 */
public record RouteQuery(
    String from,
    String to,
    String cargo,
    double tonnes,
    Set<String> avoid,
    Set<String> modes,
    Set<String> closedLinks) {
  public RouteQuery {
    avoid = Set.copyOf(avoid);
    modes = Set.copyOf(modes);
    closedLinks = Set.copyOf(closedLinks);
  }

  public static RouteQuery between(String from, String to) {
    return new RouteQuery(from, to, "container", 1, Set.of(), Link.MODES, Set.of());
  }

  public List<String> ends() {
    return List.of(from, to);
  }
}
