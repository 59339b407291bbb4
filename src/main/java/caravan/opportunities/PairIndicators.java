package caravan.opportunities;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The pair indicators of ../shared/anchors/trade-analytics.md §2.4–2.6 and the untapped potential
 * of DESIGN.md, over maps of product code to US dollars. Pure arithmetic: callers say where the
 * figures come from. A value that cannot be formed (a zero total) is {@code null}, never NaN.
 */
public final class PairIndicators {
  private PairIndicators() {}

  /**
   * Michaely's trade complementarity index (World Bank WITS): 100 · (1 − Σ_i |m_iB − x_iA| / 2),
   * x_iA = product i's share in A's exports to the world, m_iB = its share in B's imports from the
   * world. 0 when nothing A sells is bought by B, 100 when the structures match. Null when either
   * side has no trade.
   */
  public static Double complementarity(Map<String, Double> exportsA, Map<String, Double> importsB) {
    double xa = total(exportsA);
    double mb = total(importsB);
    if (!(xa > 0) || !(mb > 0)) return null;
    Set<String> products = new HashSet<>(exportsA.keySet());
    products.addAll(importsB.keySet());
    double gap = 0;
    for (String p : products) {
      gap += Math.abs(importsB.getOrDefault(p, 0.0) / mb - exportsA.getOrDefault(p, 0.0) / xa);
    }
    return 100 * (1 - gap / 2);
  }

  /**
   * Trade intensity (WITS; UNESCAP APTIAD): (X_AB / X_A) / (X_wB / X_w), B's share in A's exports
   * over B's share in world exports. The denominator is the world's exports to B (every exporter's
   * flows to B in the same data, i.e. B's imports as its suppliers report them) over all exports in
   * the data; the variant with B's share of world imports is the same number on reconciled BACI
   * flows, where every export is some country's import. Null when a total is zero.
   */
  public static Double intensity(double aToB, double aTotal, double worldToB, double worldTotal) {
    if (!(aTotal > 0) || !(worldToB > 0) || !(worldTotal > 0)) return null;
    return (aToB / aTotal) / (worldToB / worldTotal);
  }

  /**
   * Grubel–Lloyd intra-industry trade of one product: 1 − |X − M| / (X + M), in [0, 1]; X = A's
   * exports to B, M = A's imports from B. Null when there is no trade in the product.
   */
  public static Double grubelLloyd(double x, double m) {
    if (!(x + m > 0)) return null;
    return 1 - Math.abs(x - m) / (x + m);
  }

  /**
   * The trade-weighted aggregate 1 − Σ|X_i − M_i| / Σ(X_i + M_i) over every product either way (it
   * depends on the product level: aggregation bias). Null when there is no trade at all.
   */
  public static Double grubelLloyd(Map<String, Double> exports, Map<String, Double> imports) {
    Set<String> products = new HashSet<>(exports.keySet());
    products.addAll(imports.keySet());
    double gap = 0;
    double sum = 0;
    for (String p : products) {
      double x = exports.getOrDefault(p, 0.0);
      double m = imports.getOrDefault(p, 0.0);
      gap += Math.abs(x - m);
      sum += x + m;
    }
    return sum > 0 ? 1 - gap / sum : null;
  }

  /**
   * Untapped potential of one product, as DESIGN.md and issue 13 state it: what A sells the world
   * and B buys from the world, minus what A already sells B — max(0, min(X_Aw, M_Bw) − X_AB). The
   * smaller of A's world exports and B's world imports is the most A could sell B without selling
   * more or B buying more; the floor at 0 keeps a pair that already trades more than that (possible
   * when the sides' figures come from different reports) from a negative potential.
   */
  public static double untapped(double aWorldExports, double bWorldImports, double aToB) {
    return Math.max(0, Math.min(aWorldExports, bWorldImports) - aToB);
  }

  static double total(Map<String, Double> values) {
    double t = 0;
    for (double v : values.values()) t += v;
    return t;
  }
}
