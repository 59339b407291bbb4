package caravan.opportunities;

import java.util.Map;

/**
 * One year of a pair's trade as a world matrix with partners shows it (CEPII BACI reconciled flows
 * in the trade store): each side's exports to and imports from the world by HS product, what each
 * sells the other, and the world totals the intensity index divides by. US dollars.
 *
 * @param exporters how many exporters the year has in the store: a partial extract (the shipped
 *     sample has two) is no world, and the answer says so
 */
record PairTrade(
    int year,
    String hsRevision,
    int exporters,
    Map<String, Double> aExports,
    Map<String, Double> aImports,
    Map<String, Double> bExports,
    Map<String, Double> bImports,
    Map<String, Double> aToB,
    Map<String, Double> bToA,
    double worldTotal) {

  double aTotal() {
    return PairIndicators.total(aExports);
  }

  double bTotal() {
    return PairIndicators.total(bExports);
  }

  /** Everything the world sells A: A's imports, as its suppliers report them. */
  double worldToA() {
    return PairIndicators.total(aImports);
  }

  double worldToB() {
    return PairIndicators.total(bImports);
  }
}
