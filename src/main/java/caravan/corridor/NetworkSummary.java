package caravan.corridor;

/** Counts a reader of a network wants at a glance. */
public final class NetworkSummary {
  private NetworkSummary() {}

  /** How many positions, lengths, times, headways and dwells of the network are estimates. */
  public static long estimates(Network n) {
    long placed =
        n.allNodes().stream()
            .filter(x -> x.position().map(Position::isEstimate).orElse(false))
            .count();
    long links = 0;
    for (Link l : n.links()) {
      for (var m : java.util.List.of(l.distanceKm(), l.hours(), l.headwayHours())) {
        if (m.map(Measure::isEstimate).orElse(false)) links++;
      }
    }
    long dwells = n.crossings().stream().filter(c -> c.dwellHours().isEstimate()).count();
    return placed + links + dwells;
  }
}
