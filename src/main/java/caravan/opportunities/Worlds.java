package caravan.opportunities;

import caravan.store.AnalyticsStore;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The world matrices the opportunities read, with their complexity computed once and kept: a
 * shipped matrix for the life of the process, a year of the trade store until the store changes
 * (its generation moves with every import).
 */
final class Worlds {
  static final String STORE = "store";

  private final AnalyticsStore store;
  // a few worlds at most: the two shipped matrices and the store's years asked for
  private final Map<String, World> kept =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, World> eldest) {
          return size() > 4;
        }
      };

  Worlds(AnalyticsStore store) {
    this.store = store;
  }

  /**
   * One world matrix and its complexity ({@code result} null when the matrix is too small to give
   * any: then RCA, density and the rest are null, never NaN).
   *
   * @param codes the kind of product codes: hs6, hs4 or sitc2
   * @param hsRevision the HS edition that names the products, null for SITC
   */
  record World(
      String id,
      int year,
      String classification,
      String codes,
      String hsRevision,
      String notice,
      ExportMatrix matrix,
      ComplexityResult result,
      Map<String, String> byIso3) {

    /** The matrix's own code for the country (the shipped ones write iso3 in lower case). */
    String country(String iso3) {
      String c = byIso3.get(iso3.toUpperCase(Locale.ROOT));
      return c == null || result == null || result.countryIndex(c) < 0 ? null : c;
    }

    Double rca(String c, String p) {
      return c == null || result.productIndex(p) < 0 ? null : result.rca(c, p);
    }

    Double density(String c, String p) {
      return c == null || result.productIndex(p) < 0 ? null : result.density(c, p);
    }

    Double cog(String c, String p) {
      return c == null || result.productIndex(p) < 0 ? null : result.cog(c, p);
    }

    Double pci(String p) {
      return result == null || result.productIndex(p) < 0 ? null : result.pci(p);
    }
  }

  synchronized World store(int year, String hsRevision) {
    String key = STORE + ":" + year + ":" + store.generation();
    World w = kept.get(key);
    if (w == null) {
      ExportMatrix m = new StoreExports(store).year(year);
      w =
          new World(
              STORE,
              year,
              "HS " + hsRevision + ", 6 digits (CEPII BACI)",
              "hs6",
              hsRevision,
              null,
              m,
              compute(m),
              codes(m));
      kept.put(key, w);
    }
    return w;
  }

  synchronized World shipped(String id) {
    WorldMatrices.Matrix matrix = WorldMatrices.of(id);
    World w = kept.get(matrix.id());
    if (w == null) {
      ExportMatrix m = matrix.shipped().read();
      w =
          new World(
              matrix.id(),
              matrix.year(),
              matrix.classification(),
              matrix.codes(),
              matrix.hsRevision(),
              matrix.notice(),
              m,
              compute(m),
              codes(m));
      kept.put(matrix.id(), w);
    }
    return w;
  }

  private static ComplexityResult compute(ExportMatrix m) {
    try {
      return Complexity.compute(m, ComplexityOptions.defaults());
    } catch (RuntimeException e) {
      // a matrix of two exporters (the shipped BACI sample) gives no product space; the pair
      // indicators stand without it
      return null;
    }
  }

  private static Map<String, String> codes(ExportMatrix m) {
    Map<String, String> out = new HashMap<>();
    for (String c : m.countries()) out.put(c.toUpperCase(Locale.ROOT), c);
    return out;
  }
}
