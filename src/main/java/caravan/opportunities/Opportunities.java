package caravan.opportunities;

import java.util.List;

/**
 * What A could sell B more of, and the pair indicators, from the best data Caravan holds: a BACI
 * year in the trade store (a world matrix with partners, so with an import side), else a shipped
 * exports-only world matrix, in which case {@code needsImportSide} names what could not be computed
 * and {@code importCommand} how to bring the data that can.
 *
 * @param source "store" (BACI year in the trade store) or the shipped matrix's id
 * @param classification the product codes' classification, e.g. "HS 2017, 4 digits"
 * @param notice a licence notice to show with every result ("research-only": the HS4 2017 matrix),
 *     or null
 * @param exporters how many exporters the data has (a partial BACI extract is no world)
 * @param intensityDenominator how the intensity index's denominator is formed
 * @param sectorNote why the sector map does not apply to the classification, or null
 * @param rcaSides A's and B's RCA in every product either exports with RCA ≥ 1, side by side
 */
public record Opportunities(
    String a,
    String b,
    Integer year,
    String source,
    String classification,
    String notice,
    int exporters,
    boolean importSide,
    List<String> needsImportSide,
    String importCommand,
    Indicators indicators,
    String sector,
    String sectorNote,
    List<Opportunity> products,
    int ranked,
    List<SectorRollup> sectors,
    List<RcaPair> rcaSides,
    List<PreferenceEffect> preferences) {

  /** The indicators that need the import side. */
  public static final List<String> NEED_IMPORTS =
      List.of("trade_complementarity", "trade_intensity", "grubel_lloyd", "untapped_potential");

  /**
   * The pair's indicators; each null where the data cannot give it.
   *
   * @param complementarityAB Michaely TCI of A's exports against B's imports (0–100)
   * @param intensityAB (X_AB / X_A) / (X_wB / X_w)
   * @param grubelLloyd trade-weighted aggregate over all products of the pair's trade
   */
  public record Indicators(
      Double complementarityAB,
      Double complementarityBA,
      Double intensityAB,
      Double intensityBA,
      String intensityDenominator,
      Double grubelLloyd) {
    static Indicators none() {
      return new Indicators(null, null, null, null, null, null);
    }
  }

  /** One product's RCA for A and for B. */
  public record RcaPair(String product, String name, double rcaA, double rcaB) {}
}
