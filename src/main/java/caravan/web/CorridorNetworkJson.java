package caravan.web;

import caravan.corridor.Crossing;
import caravan.corridor.Link;
import caravan.corridor.Measure;
import caravan.corridor.Network;
import caravan.corridor.Node;
import caravan.corridor.PointVolumes;
import caravan.corridor.Position;
import caravan.corridor.Volume;
import caravan.corridor.Volumes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network as the corridor map draws it ({@code GET /api/v1/corridor/network}): nodes with their
 * place and whether a border crossing or a gauge break lies there, links with their figures and
 * which of them are estimates (and how they were reached), the crossings with their dwell. Plain
 * maps, so the JSON names stay the same whatever the records become.
 */
final class CorridorNetworkJson {
  private CorridorNetworkJson() {}

  /** The network with how each figure was reached in {@code lang}. */
  static Map<String, Object> of(Network n, Volumes volumes, String lang) {
    java.util.function.Function<Measure, Map<String, Object>> measure = m -> measure(m, lang);
    Set<String> withVolumes = new java.util.HashSet<>(volumes.points());
    Set<String> crossingNodes = new TreeSet<>();
    Set<String> breakNodes = new TreeSet<>();
    List<Map<String, Object>> crossings = new ArrayList<>();
    for (Crossing c : n.crossings()) {
      crossingNodes.add(c.link().from());
      crossingNodes.add(c.link().to());
      c.gaugeBreak().ifPresent(g -> breakNodes.add(g.node()));
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("line", c.link().line());
      x.put("from", c.link().from());
      x.put("to", c.link().to());
      x.put("countryFrom", c.countryFrom());
      x.put("countryTo", c.countryTo());
      x.put("dwellHours", measure.apply(c.dwellHours()));
      x.put("gaugeBreak", c.gaugeBreak().map(g -> g.node() + " " + g.gauges()).orElse(null));
      crossings.add(x);
    }
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Node node : n.allNodes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", node.id());
      x.put("nameEn", node.nameEn());
      x.put("nameRu", node.nameRu().isEmpty() ? node.nameEn() : node.nameRu());
      x.put("country", node.country());
      x.put("type", node.type());
      Optional<Position> p = node.position();
      x.put("lon", p.map(Position::lon).orElse(null));
      x.put("lat", p.map(Position::lat).orElse(null));
      x.put("positionEstimate", p.map(Position::isEstimate).orElse(false));
      x.put("positionHow", p.map(x1 -> x1.text().in(lang)).orElse(""));
      x.put("gauges", new TreeSet<>(node.gauges()));
      x.put("crossing", crossingNodes.contains(node.id()));
      x.put("gaugeBreak", breakNodes.contains(node.id()));
      x.put(
          "volumes",
          withVolumes.contains(node.id()) ? volumes(volumes.of(node.id()), lang) : List.of());
      nodes.add(x);
    }
    List<Map<String, Object>> links = new ArrayList<>();
    for (Link l : n.links()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("line", l.line());
      x.put("id", l.id());
      x.put("from", l.from());
      x.put("to", l.to());
      x.put("mode", l.mode());
      x.put("kind", l.kind());
      x.put("km", l.distanceKm().map(measure).orElse(null));
      x.put("hours", l.hours().map(measure).orElse(null));
      x.put("headwayHours", l.headwayHours().map(measure).orElse(null));
      x.put("gauge", l.gauge());
      x.put("border", l.crossesBorder());
      x.put("gaugeBreak", l.gaugeBreak());
      x.put("routable", l.routable());
      x.put("checkOnly", l.checkOnly());
      x.put(
          "estimate",
          estimate(l.distanceKm()) || estimate(l.hours()) || estimate(l.headwayHours()));
      x.put("sources", l.sources());
      links.add(x);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("origin", n.origin());
    out.put("nodes", nodes);
    out.put("links", links);
    out.put("crossings", crossings);
    return out;
  }

  /**
   * A point's statements as the map's hover lists them: throughput in period order (growth and use
   * of capacity beside each where known; a conflicting statement of a period kept, marked not
   * preferred), then capacities, then the rest (targets, forecasts).
   */
  private static List<Map<String, Object>> volumes(PointVolumes p, String lang) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PointVolumes.Entry e : p.series()) {
      Map<String, Object> x = volume(e.volume());
      x.put("preferred", e.preferred());
      x.put("growthPct", e.growthComputedPct().map(m -> measure(m, lang)).orElse(null));
      x.put("utilisationPct", e.utilisationPct().map(m -> measure(m, lang)).orElse(null));
      out.add(x);
    }
    p.capacities().forEach(v -> out.add(volume(v)));
    p.other().forEach(v -> out.add(volume(v)));
    return out;
  }

  private static Map<String, Object> volume(Volume v) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("line", v.line());
    x.put("measure", v.measure());
    x.put("period", v.periodText());
    x.put("value", v.valueText());
    x.put("unit", v.unit());
    x.put("growthStatedPct", v.growthStatedPct());
    x.put("source", v.source());
    return x;
  }

  private static boolean estimate(Optional<Measure> m) {
    return m.map(Measure::isEstimate).orElse(false);
  }

  static Map<String, Object> measure(Measure m, String lang) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("value", m.value());
    x.put("basis", m.basis().name().toLowerCase(java.util.Locale.ROOT));
    x.put("estimate", m.isEstimate());
    x.put("how", m.text().in(lang));
    return x;
  }
}
