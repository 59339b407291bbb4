package caravan.figures;

import java.util.List;

/**
 * One year's stated turnover and flows each way, taken from one consistent set of statements (see
 * {@link ConsistentYears} for the rule); any part may be null when no statement of the set gives
 * it. {@code conflicts} are the statements left out, each with the part it would have filled.
 * {@code consistent} is false when some part was stated but no statement of it agrees with the
 * chosen set: the year has no set that holds every part.
 */
public record StatedYear(
    Period period,
    Statement turnover,
    Statement flowAb,
    Statement flowBa,
    List<Conflict> conflicts,
    boolean consistent) {
  public StatedYear {
    conflicts = List.copyOf(conflicts);
  }

  /**
   * A statement left out of the year's set; {@code part} is {@code total}, {@code A->B} or {@code
   * B->A}.
   */
  public record Conflict(String part, Statement statement) {}
}
