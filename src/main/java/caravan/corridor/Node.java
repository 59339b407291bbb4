package caravan.corridor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A station, port, border crossing or city. {@code position} is empty where no source gives a
 * coordinate and no stated method places it: such a node is never drawn nor measured from.
 */
public record Node(
    String id,
    String nameEn,
    String nameRu,
    String country,
    String type,
    Optional<Position> position,
    Set<Integer> gauges,
    String coast,
    List<String> aliases,
    String notes,
    List<String> sources) {
  public Node {
    position = position == null ? Optional.empty() : position;
    gauges = Set.copyOf(gauges);
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
  }

  /** On a sea coast: a port, or a place its data marks as coastal. */
  public boolean coastal() {
    return "port".equals(type) || !coast.isEmpty();
  }

  /** The name a reader of {@code lang} sees: Russian where the data has one, else English. */
  public String name(String lang) {
    return "ru".equals(lang) && !nameRu.isEmpty() ? nameRu : nameEn;
  }

  /** Every name the node answers to: the id, English, Russian and the aliases. */
  public List<String> names() {
    var all = new java.util.ArrayList<String>();
    all.add(id);
    all.add(nameEn);
    if (!nameRu.isEmpty()) all.add(nameRu);
    all.addAll(aliases);
    return all;
  }
}
