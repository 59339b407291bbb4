package caravan.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which indicators belong to which project, for IATI {@code result} elements. The registry has no
 * direct project–indicator link; a commission decision that links both a project and an indicator
 * ties them ("build the plant" → "dairy exports"), so such pairs are the linked ones.
 */
final class IatiResults {
  private IatiResults() {}

  /** Per project id, its linked indicators (each once, in the order the decisions give them). */
  static Map<String, List<Indicator>> linked(
      List<Project> projects, List<Decision> decisions, List<Indicator> indicators) {
    Map<String, Indicator> byId = new LinkedHashMap<>();
    indicators.forEach(i -> byId.put(i.id(), i));
    Set<String> projectIds = new LinkedHashSet<>();
    projects.forEach(p -> projectIds.add(p.id()));
    Map<String, Set<String>> pairs = new LinkedHashMap<>();
    for (Decision d : decisions) {
      List<String> ps = targets(d, Decision.LinkType.PROJECT);
      List<String> is = targets(d, Decision.LinkType.INDICATOR);
      for (String p : ps) {
        if (!projectIds.contains(p)) continue;
        for (String i : is) {
          if (byId.containsKey(i)) pairs.computeIfAbsent(p, x -> new LinkedHashSet<>()).add(i);
        }
      }
    }
    Map<String, List<Indicator>> out = new LinkedHashMap<>();
    pairs.forEach((p, ids) -> out.put(p, ids.stream().map(byId::get).toList()));
    return out;
  }

  private static List<String> targets(Decision d, Decision.LinkType type) {
    List<String> ids = new ArrayList<>();
    for (Decision.Link l : d.links()) {
      if (l.type() == type && l.targetId() != null) ids.add(l.targetId());
    }
    return ids;
  }
}
