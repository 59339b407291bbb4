package caravan.trade;

import caravan.trade.Profile.Concentration;
import caravan.trade.Profile.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a basket of HS products into its composition (section → HS2 → HS4 → HS6, sectors). */
final class BasketView {
  /** Products listed one by one; the composition levels above them are complete. */
  static final int TOP_PRODUCTS = 50;

  private final HsNomenclature hs;
  private final SectorMap sectors;

  BasketView(HsNomenclature hs, SectorMap sectors) {
    this.hs = hs;
    this.sectors = sectors;
  }

  Profile.Basket view(PairFlows.Basket b, List<Concentration> trend, List<String> sourceIds) {
    double total = b.total();
    List<PairFlows.Product> ps = b.products();
    String edition = rev(ps);
    Function<String, String> named = c -> hs.name(edition, c);
    return new Profile.Basket(
        b.from(),
        b.to(),
        b.side().label,
        total,
        group(ps, total, p -> hs.section(p.code()), hs::sectionName, p -> null, ps.size()),
        group(ps, total, p -> cut(p.code(), 2), named, p -> hs.section(p.code()), ps.size()),
        group(ps, total, p -> cut(p.code(), 4), named, p -> cut(p.code(), 2), ps.size()),
        topProducts(ps, total, named),
        bySector(ps, total),
        concentration(b),
        trend,
        sourceIds);
  }

  /** A product's name in the HS edition it was reported in; the code when the edition lacks it. */
  String productName(String revision, String code) {
    return hs.name(revision, code);
  }

  Concentration concentration(PairFlows.Basket b) {
    double[] values = b.products().stream().mapToDouble(PairFlows.Product::valueUsd).toArray();
    return new Concentration(
        b.period().label(),
        (int) java.util.Arrays.stream(values).filter(v -> v > 0).count(),
        Indicators.hhi(values),
        Indicators.normalizedHhi(values),
        Indicators.topShare(values, 1),
        Indicators.topShare(values, 5),
        Indicators.theil(values));
  }

  private List<Share> bySector(List<PairFlows.Product> ps, double total) {
    Map<String, Double> sums = new LinkedHashMap<>();
    sectors.sectors().forEach(s -> sums.put(s, 0.0));
    ps.forEach(p -> sums.merge(sectors.sectorOf(p.code()), p.valueUsd(), Double::sum));
    List<Share> out = new ArrayList<>();
    sums.forEach((s, v) -> out.add(new Share(s, s, null, v, total > 0 ? v / total : 0)));
    return out;
  }

  /**
   * The largest products: a basket lists each product once, largest first (PairFlows), so they need
   * no grouping.
   */
  private static List<Share> topProducts(
      List<PairFlows.Product> ps, double total, Function<String, String> name) {
    List<Share> out = new ArrayList<>(Math.min(TOP_PRODUCTS, ps.size()));
    for (PairFlows.Product p : ps.subList(0, Math.min(TOP_PRODUCTS, ps.size()))) {
      double v = p.valueUsd();
      out.add(
          new Share(
              p.code(), name.apply(p.code()), cut(p.code(), 4), v, total > 0 ? v / total : 0));
    }
    return out;
  }

  /** The groups by {@code key}, largest first, the first {@code limit} of them named. */
  private static List<Share> group(
      List<PairFlows.Product> ps,
      double total,
      Function<PairFlows.Product, String> key,
      Function<String, String> name,
      Function<PairFlows.Product, String> parent,
      int limit) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, String> parents = new LinkedHashMap<>();
    for (PairFlows.Product p : ps) {
      String k = key.apply(p);
      sums.computeIfAbsent(k, x -> new double[1])[0] += p.valueUsd();
      parents.putIfAbsent(k, parent.apply(p));
    }
    // sorted before naming, so that only the groups shown are looked up
    List<Map.Entry<String, double[]>> sorted = new ArrayList<>(sums.entrySet());
    sorted.sort(
        Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0]).reversed());
    List<Share> out = new ArrayList<>(Math.min(limit, sorted.size()));
    for (Map.Entry<String, double[]> e : sorted.subList(0, Math.min(limit, sorted.size()))) {
      String k = e.getKey();
      double v = e.getValue()[0];
      out.add(new Share(k, name.apply(k), parents.get(k), v, total > 0 ? v / total : 0));
    }
    return out;
  }

  private static String cut(String code, int digits) {
    return code.length() > digits ? code.substring(0, digits) : code;
  }

  /** Names come from the edition of the basket's first product; baskets rarely mix editions. */
  private static String rev(List<PairFlows.Product> ps) {
    return ps.isEmpty() ? "H6" : ps.get(0).hsRevision();
  }
}
