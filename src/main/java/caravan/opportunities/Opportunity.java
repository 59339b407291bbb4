package caravan.opportunities;

import java.util.List;

/**
 * One product A might sell B, with the reasons it is ranked where it is.
 *
 * @param untapped max(0, min(A's world exports, B's world imports) − A's exports to B), US dollars;
 *     null where the data has no import side
 * @param aWorldExports A's exports of the product to the world, US dollars
 * @param aToB A's exports of the product to B; null without partners in the data
 * @param preferences the lines of agreements' preference lists that cover the product
 */
public record Opportunity(
    int rank,
    String product,
    String name,
    String sector,
    Double untapped,
    double aWorldExports,
    Double aToB,
    Reasons reasons,
    Double rcaB,
    Double pci,
    Double cog,
    Double grubelLloyd,
    List<PreferenceLine> preferences) {

  /**
   * Why the product is on the list (issue 13 §1): A's revealed comparative advantage in it, how
   * close it is to what A already exports (density), what B buys of it from the world, and what
   * share of that A already supplies. A field the data cannot give is null.
   */
  public record Reasons(Double rcaA, Double density, Double bWorldDemand, Double shareInB) {}
}
