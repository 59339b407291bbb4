package caravan.corridor;

import java.util.List;
import java.util.Optional;

/**
 * What the statements say about one point: its throughput series in period order (each with the
 * growth its source states, the growth against the same period a year before where that is stated
 * too, and the utilisation of the stated capacity), its capacities, and the rest (targets,
 * forecasts, growth without a value).
 */
public record PointVolumes(
    String point, String name, List<Entry> series, List<Volume> capacities, List<Volume> other) {
  public PointVolumes {
    series = List.copyOf(series);
    capacities = List.copyOf(capacities);
    other = List.copyOf(other);
  }

  /**
   * One throughput statement. {@code preferred} is false for a statement of the same period as an
   * earlier-listed, preferred one (a conflict, kept and shown). {@code growthComputedPct} is
   * against the statement for the same span a year before, when there is one; {@code utilisation}
   * the annualised throughput over the capacity nearest in time, in %.
   */
  public record Entry(
      Volume volume,
      boolean preferred,
      Optional<Measure> growthComputedPct,
      Optional<Measure> utilisationPct) {}

  /** The latest utilisation known, from the latest statement that has one. */
  public Optional<Measure> latestUtilisation() {
    for (int i = series.size() - 1; i >= 0; i--) {
      if (series.get(i).utilisationPct().isPresent()) return series.get(i).utilisationPct();
    }
    return Optional.empty();
  }
}
