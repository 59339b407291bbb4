package caravan.trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The flows of one pair, and which report each basket is taken from. A direction A→B is taken, in
 * this order, from A's own declared exports (Comtrade or Caravan files), from BACI's reconciled
 * flows, and last from B's declared imports from A (the mirror), so each basket says whose report
 * it is. Yearly rows are preferred; monthly rows make a year only where no yearly row exists.
 */
final class PairFlows {
  enum Side {
    DECLARED_EXPORTS("declared exports of the reporter"),
    BACI("CEPII BACI reconciled flows"),
    MIRROR_IMPORTS("mirror: partner's declared imports");

    final String label;

    Side(String label) {
      this.label = label;
    }
  }

  record Product(String code, String hsRevision, double valueUsd) {}

  record Basket(
      String from,
      String to,
      FlowPeriod period,
      Side side,
      List<Product> products,
      List<String> files) {
    double total() {
      return products.stream().mapToDouble(Product::valueUsd).sum();
    }
  }

  private final String a;
  private final String b;
  private final boolean wholeYears;
  private final List<FlowQuery.Row> rows;
  // A profile asks for a dozen baskets of a pair: its rows are sorted once into the slices a
  // basket is made of, and each basket is made once.
  private final Map<Slice, List<FlowQuery.Row>> slices = new HashMap<>();
  private final Map<List<Object>, Basket> baskets = new HashMap<>();

  /** The rows one report gives of one direction and year, yearly or monthly. */
  private record Slice(String reporter, String flow, boolean baci, int year, boolean yearly) {}

  PairFlows(String a, String b, boolean wholeYears, List<FlowQuery.Row> rows) {
    this.a = a;
    this.b = b;
    this.wholeYears = wholeYears;
    this.rows = List.copyOf(rows);
    for (FlowQuery.Row r : this.rows) {
      Slice slice =
          new Slice(
              r.key().reporter(),
              r.key().flow(),
              r.key().source().equals("BACI"),
              r.key().year(),
              r.key().yearly());
      slices.computeIfAbsent(slice, k -> new ArrayList<>()).add(r);
    }
  }

  /** The latest year with yearly rows (a whole year as reported), else the latest year at all. */
  int latestYear() {
    return rows.stream()
        .filter(r -> r.key().yearly())
        .mapToInt(r -> r.key().year())
        .max()
        .orElseGet(() -> rows.stream().mapToInt(r -> r.key().year()).max().orElseThrow());
  }

  List<Integer> years() {
    return List.copyOf(new TreeSet<>(rows.stream().map(r -> r.key().year()).toList()));
  }

  /**
   * The basket from → to in {@code period} from the most preferred side that has it; null if none.
   */
  Basket basket(String from, String to, FlowPeriod period) {
    for (Side side : Side.values()) {
      Basket basket = basket(from, to, period, side);
      if (!basket.products().isEmpty()) return basket;
    }
    return null;
  }

  Basket basket(String from, String to, FlowPeriod period, Side side) {
    return baskets.computeIfAbsent(
        List.of(from, to, period, side), k -> makeBasket(from, to, period, side));
  }

  private Basket makeBasket(String from, String to, FlowPeriod period, Side side) {
    List<FlowQuery.Row> chosen = select(from, to, period.year(), side, true);
    if (chosen.isEmpty() || !period.wholeYear() || !wholeYears)
      chosen = select(from, to, period.year(), side, false);
    Map<String, Product> products = new LinkedHashMap<>();
    TreeSet<String> files = new TreeSet<>();
    for (FlowQuery.Row r : chosen) {
      products.merge(
          r.key().product(),
          new Product(r.key().product(), r.key().hsRevision(), r.valueUsd()),
          (x, y) -> new Product(x.code(), x.hsRevision(), x.valueUsd() + y.valueUsd()));
      files.addAll(r.files());
    }
    List<Product> list = new ArrayList<>(products.values());
    list.sort((x, y) -> Double.compare(y.valueUsd(), x.valueUsd()));
    return new Basket(from, to, period, side, list, List.copyOf(files));
  }

  private List<FlowQuery.Row> select(String from, String to, int year, Side side, boolean yearly) {
    String reporter = side == Side.MIRROR_IMPORTS ? to : from;
    String flow = side == Side.MIRROR_IMPORTS ? "import" : "export";
    return slices.getOrDefault(
        new Slice(reporter, flow, side == Side.BACI, year, yearly), List.of());
  }

  /**
   * Both reports of from → to by product: from's declared exports and to's declared imports; NaN
   * where that side did not report the product (not the same as reporting zero).
   */
  Map<String, double[]> mirror(String from, String to, FlowPeriod period) {
    Map<String, double[]> out = new LinkedHashMap<>();
    basket(from, to, period, Side.DECLARED_EXPORTS).products().forEach(p -> add(out, p, 0));
    basket(from, to, period, Side.MIRROR_IMPORTS).products().forEach(p -> add(out, p, 1));
    return out;
  }

  /** The HS edition of the reports of from → to (the exporter's, else the importer's). */
  String mirrorEdition(String from, String to, FlowPeriod period) {
    for (Side side : List.of(Side.DECLARED_EXPORTS, Side.MIRROR_IMPORTS)) {
      List<Product> ps = basket(from, to, period, side).products();
      if (!ps.isEmpty()) return ps.get(0).hsRevision();
    }
    return "H6";
  }

  private static void add(Map<String, double[]> out, Product p, int side) {
    double[] v = out.computeIfAbsent(p.code(), k -> new double[] {Double.NaN, Double.NaN});
    v[side] = (Double.isNaN(v[side]) ? 0 : v[side]) + p.valueUsd();
  }

  String a() {
    return a;
  }

  String b() {
    return b;
  }
}
