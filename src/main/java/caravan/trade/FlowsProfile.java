package caravan.trade;

import caravan.trade.Profile.Amount;
import caravan.trade.Profile.Change;
import caravan.trade.Profile.MirrorRow;
import caravan.trade.Profile.Point;
import caravan.trade.Profile.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The profile built from imported product flows (the DuckDB trade store). */
final class FlowsProfile {
  private final FlowQuery query;
  private final BasketView baskets;
  private final TargetView targets;

  FlowsProfile(FlowQuery query, BasketView baskets, TargetView targets) {
    this.query = query;
    this.baskets = baskets;
    this.targets = targets;
  }

  Profile build(ProfileRequest r, Profile.Pair pair) {
    String a = pair.a();
    String b = pair.b();
    PairFlows all = query.load(a, b, 1, 12);
    List<Integer> years = all.years();
    List<Profile.Missing> missing = new ArrayList<>();
    if (years.isEmpty()) {
      missing.add(Profile.Missing.of("noFlows", a, b));
      FlowPeriod p =
          r.period() == null ? FlowPeriod.ofYear(java.time.Year.now().getValue() - 1) : r.period();
      Amount none = Amount.missing(p.label());
      return new Profile(
          pair, "flows", p.label(), none, none, none, none, null, null, List.of(), null, List.of(),
          List.of(), List.of(), missing, List.of());
    }
    FlowPeriod period = r.period() == null ? FlowPeriod.ofYear(all.latestYear()) : r.period();
    PairFlows flows =
        period.wholeYear() ? all : query.load(a, b, period.firstMonth(), period.lastMonth());
    Map<String, Source> sources = new LinkedHashMap<>();

    PairFlows.Basket exp = flows.basket(a, b, period);
    PairFlows.Basket imp = flows.basket(b, a, period);
    Amount exports = amount(exp, period, sources);
    Amount imports = amount(imp, period, sources);
    if (exp == null) missing.add(Profile.Missing.of("noDirection", a, b, period.label()));
    if (imp == null) missing.add(Profile.Missing.of("noDirection", b, a, period.label()));
    Amount turnover = sum(exports, imports, period, +1);
    Amount balance = sum(exports, imports, period, -1);

    Change change = null;
    double before =
        total(flows.basket(a, b, period.yearBefore()))
            + total(flows.basket(b, a, period.yearBefore()));
    if (turnover.valueUsd() != null) {
      OptionalDouble g = Indicators.growth(turnover.valueUsd(), before);
      if (g.isPresent()) {
        change =
            new Change(
                g.getAsDouble(), period.label(), period.yearBefore().label(), turnover.sourceIds());
      } else {
        missing.add(Profile.Missing.of("noEarlier", a, b, period.yearBefore().label()));
      }
    }

    List<Point> series = new ArrayList<>();
    Map<Integer, Double> levels = new LinkedHashMap<>();
    List<Profile.Concentration> expTrend = new ArrayList<>();
    List<Profile.Concentration> impTrend = new ArrayList<>();
    for (int y : years) {
      PairFlows.Basket e = all.basket(a, b, FlowPeriod.ofYear(y));
      PairFlows.Basket i = all.basket(b, a, FlowPeriod.ofYear(y));
      if (e == null && i == null) continue;
      // A turnover needs both directions; a year with one missing is shown, but without a level.
      Double t = e != null && i != null ? total(e) + total(i) : null;
      if (t != null) levels.put(y, t);
      List<String> ids = new ArrayList<>();
      if (e != null) ids.addAll(ids(e, sources));
      if (i != null) ids.addAll(ids(i, sources));
      series.add(
          new Point(
              Integer.toString(y),
              y,
              t,
              e == null ? null : total(e),
              i == null ? null : total(i),
              ids,
              List.of()));
      if (e != null) expTrend.add(baskets.concentration(e));
      if (i != null) impTrend.add(baskets.concentration(i));
    }

    Change cagr = cagr(levels, years.get(0), period.year(), r.cagrYears());

    // The target is shown whatever the period. The growth needed and the years reached count from
    // a whole year's turnover: the chosen year's, else the latest whole year before it; a part of
    // a year is set against the target only as progress, never projected from.
    List<Profile.Missing> notes = new ArrayList<>();
    TargetView.Base base = null;
    if (period.wholeYear() && turnover.valueUsd() != null) {
      base = new TargetView.Base(period.year(), turnover.valueUsd());
    } else {
      Integer y =
          levels.keySet().stream()
              .filter(x -> x < period.year())
              .max(Integer::compare)
              .orElse(null);
      if (y != null) base = new TargetView.Base(y, levels.get(y));
      if (!period.wholeYear()) {
        notes.add(Profile.Missing.of("targetPartYear", period.label()));
        if (y != null)
          notes.add(Profile.Missing.of("targetBaseEarlier", period.label(), y.toString()));
      } else if (y != null) {
        notes.add(Profile.Missing.of("targetLevelEarlier", period.label(), y.toString()));
      }
    }
    TargetView.Level level =
        period.wholeYear() && turnover.valueUsd() == null && base != null
            ? new TargetView.Level(base.usd(), Integer.toString(base.year()), false)
            : new TargetView.Level(turnover.valueUsd(), period.label(), !period.wholeYear());
    List<TargetView.Pace> paces = new ArrayList<>();
    if (base != null) {
      Change recent =
          base.year() == period.year()
              ? cagr
              : cagr(levels, years.get(0), base.year(), r.cagrYears());
      if (recent != null) paces.add(TargetView.Pace.of("cagr", recent.rate(), recent.period()));
      // The change describes the chosen period: a pace from its own year or the year just before,
      // and only when it spans a whole year; a change over some months is not a yearly pace.
      if (change != null && base.year() >= period.year() - 1) {
        if (period.wholeYear()) {
          paces.add(TargetView.Pace.of("growth", change.rate(), change.against(), change.period()));
        } else {
          notes.add(
              Profile.Missing.of(
                  "targetGrowthNotYearly",
                  change.period(),
                  Integer.toString(period.lastMonth() - period.firstMonth() + 1)));
        }
      }
    }
    Profile.Target target =
        targets.view(a, b, level, base, r.targetYear(), paces, notes, sources).orElse(null);

    List<Profile.Basket> views = new ArrayList<>();
    if (exp != null) views.add(baskets.view(exp, expTrend, ids(exp, sources)));
    if (imp != null) views.add(baskets.view(imp, impTrend, ids(imp, sources)));

    List<Profile.Mirror> mirrors = new ArrayList<>();
    addMirror(mirrors, flows, a, b, period);
    addMirror(mirrors, flows, b, a, period);
    if (mirrors.isEmpty()) {
      missing.add(Profile.Missing.of("noMirror", a, b));
    }
    return new Profile(
        pair,
        "flows",
        period.label(),
        exports,
        imports,
        turnover,
        balance,
        change,
        cagr,
        List.of(),
        target,
        series,
        views,
        mirrors,
        missing,
        List.copyOf(sources.values()));
  }

  /**
   * CAGR of the whole-year turnover from the window's start (or the first year) to {@code last}.
   */
  private static Change cagr(Map<Integer, Double> levels, int firstYear, int last, int window) {
    int first = Math.max(firstYear, last - window);
    if (!levels.containsKey(first) || !levels.containsKey(last) || first >= last) return null;
    OptionalDouble c = Indicators.cagr(levels.get(first), levels.get(last), last - first);
    return c.isPresent()
        ? new Change(c.getAsDouble(), first + "–" + last, Integer.toString(first), List.of())
        : null;
  }

  private void addMirror(
      List<Profile.Mirror> out, PairFlows flows, String from, String to, FlowPeriod period) {
    Map<String, double[]> rows = flows.mirror(from, to, period);
    double exp = rows.values().stream().mapToDouble(v -> orZero(v[0])).sum();
    double imp = rows.values().stream().mapToDouble(v -> orZero(v[1])).sum();
    if (exp == 0 || imp == 0) return;
    List<MirrorRow> list = new ArrayList<>();
    String edition = flows.mirrorEdition(from, to, period);
    // a side that did not report the product is null, not zero, and has no ratio; its gap counts
    // the other side's whole value, as the asymmetry of the two reports
    rows.forEach(
        (code, v) ->
            list.add(
                new MirrorRow(
                    code,
                    baskets.productName(edition, code),
                    Double.isNaN(v[0]) ? null : v[0],
                    Double.isNaN(v[1]) ? null : v[1],
                    !Double.isNaN(v[0]) && !Double.isNaN(v[1]) && v[0] > 0 ? v[1] / v[0] : null,
                    orZero(v[1]) - orZero(v[0]))));
    list.sort((x, y) -> Double.compare(Math.abs(y.gapUsd()), Math.abs(x.gapUsd())));
    out.add(new Profile.Mirror(from, to, exp, imp, list));
  }

  private static double orZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static Amount amount(PairFlows.Basket b, FlowPeriod p, Map<String, Source> sources) {
    return b == null
        ? Amount.missing(p.label())
        : new Amount(b.total(), p.label(), ids(b, sources));
  }

  private static Amount sum(Amount x, Amount y, FlowPeriod p, int sign) {
    if (x.valueUsd() == null || y.valueUsd() == null) return Amount.missing(p.label());
    List<String> ids = new ArrayList<>(x.sourceIds());
    y.sourceIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return new Amount(x.valueUsd() + sign * y.valueUsd(), p.label(), ids);
  }

  private static double total(PairFlows.Basket b) {
    return b == null ? 0 : b.total();
  }

  private static List<String> ids(PairFlows.Basket b, Map<String, Source> sources) {
    List<String> ids = new ArrayList<>();
    for (String f : b.files()) {
      String id = "file:" + f;
      sources.putIfAbsent(
          id, new Source(id, b.side().label + Profile.IMPORTED_FROM + f, null, null, null));
      ids.add(id);
    }
    return ids;
  }
}
