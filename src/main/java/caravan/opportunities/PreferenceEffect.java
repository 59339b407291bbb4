package caravan.opportunities;

import java.time.LocalDate;
import java.util.List;

/**
 * A pair's trade in the products an agreement's lines cover, year by year, each year placed before
 * the agreement's entry into force, in its year, or after it: a before/after look, not an estimate
 * of the agreement's effect (other things change too; see trade-analytics.md §2.12).
 *
 * @param inForce the entry into force the registry records; null when it records none
 * @param lines how many of the agreement's lines are kept
 */
public record PreferenceEffect(String agreement, LocalDate inForce, int lines, List<Year> years) {

  /**
   * One year: A→B and B→A in the covered products, US dollars, and whose report each is from.
   *
   * @param phase before, entry (the year it entered into force: part of the year on each side) or
   *     after; unknown when the registry has no date
   */
  public record Year(
      int year, String phase, Double aToB, String basisAToB, Double bToA, String basisBToA) {}
}
