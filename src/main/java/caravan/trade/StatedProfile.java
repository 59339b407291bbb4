package caravan.trade;

import caravan.figures.FiguresService;
import caravan.figures.SeriesPoint;
import caravan.figures.StatedFigure;
import caravan.trade.Profile.Amount;
import caravan.trade.Profile.Change;
import caravan.trade.Profile.Conflict;
import caravan.trade.Profile.Point;
import caravan.trade.Profile.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The profile built from stated figures: one preferred value per calendar year (the figures
 * feature's source ranking), the other values kept as conflicts, growth rates kept as rates.
 */
final class StatedProfile {
  static final String TURNOVER = "trade_turnover";
  static final String GROWTH = "trade_turnover_growth_yoy";

  private final FiguresService figures;
  private final TargetView targets;

  StatedProfile(FiguresService figures, TargetView targets) {
    this.figures = figures;
    this.targets = targets;
  }

  Profile build(ProfileRequest r, Profile.Pair pair) {
    String a = pair.a();
    String b = pair.b();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<Profile.Missing> missing = new ArrayList<>();
    NavigableMap<Integer, SeriesPoint> turnover =
        byYear(figures.yearlySeries(a, b, TURNOVER, "total"));
    if (r.period() != null && !r.period().wholeYear()) {
      missing.add(Profile.Missing.of("statedYearly", r.period().label()));
    }
    NavigableMap<Integer, SeriesPoint> exportsAb = flowSeries(a, b);
    NavigableMap<Integer, SeriesPoint> exportsBa = flowSeries(b, a);
    List<Point> series = new ArrayList<>();
    turnover.forEach(
        (y, p) -> series.add(point(y, p, exportsAb.get(y), exportsBa.get(y), sources)));
    if (turnover.isEmpty()) {
      missing.add(Profile.Missing.of("noStatedTurnover", a, b));
    }
    int year =
        r.period() != null
            ? r.period().year()
            : turnover.isEmpty() ? java.time.Year.now().getValue() - 1 : turnover.lastKey();
    String label = Integer.toString(year);

    Amount exports = flow(exportsAb, year, sources);
    Amount imports = flow(exportsBa, year, sources);
    Amount total =
        turnover.containsKey(year)
            ? amount(turnover.get(year), label, sources)
            : Amount.missing(label);
    if (total.valueUsd() == null && exports.valueUsd() != null && imports.valueUsd() != null) {
      List<String> ids = new ArrayList<>(exports.sourceIds());
      ids.addAll(imports.sourceIds());
      total = new Amount(exports.valueUsd() + imports.valueUsd(), label, ids);
    }
    if (total.valueUsd() == null) missing.add(Profile.Missing.of("noStatedYear", label));
    Amount balance =
        exports.valueUsd() != null && imports.valueUsd() != null
            ? new Amount(exports.valueUsd() - imports.valueUsd(), label, concat(exports, imports))
            : Amount.missing(label);

    Change change = null;
    if (total.valueUsd() != null && turnover.containsKey(year - 1)) {
      SeriesPoint before = turnover.get(year - 1);
      OptionalDouble g = Indicators.growth(total.valueUsd(), usd(before.preferred()));
      if (g.isPresent()) {
        List<String> ids = new ArrayList<>(total.sourceIds());
        ids.add(before.preferred().id());
        change = new Change(g.getAsDouble(), label, Integer.toString(year - 1), ids);
      }
    } else if (total.valueUsd() != null) {
      missing.add(Profile.Missing.of("noStatedEarlier", Integer.toString(year - 1), label));
    }

    Change cagr = cagr(turnover, year, r.cagrYears());

    List<Change> growth = new ArrayList<>();
    List<StatedFigure> rates = figures.growthRates(a, b, GROWTH);
    for (StatedFigure g : rates) {
      sources.put(g.id(), StatedSources.of(g));
      // the period is named beside the rate already: "2020 ... against 2020 a year before" read
      // as if a year were compared with itself
      String against = "the same period a year before";
      growth.add(
          new Change(
              g.value().doubleValue() / 100,
              g.period() == null ? "" : g.period().label(),
              against,
              List.of(g.id())));
    }

    // The target is shown whatever the period: measured by the chosen year's turnover, or else by
    // the latest stated year before it, named as such.
    String asked = r.period() != null ? r.period().label() : label;
    List<Profile.Missing> notes = new ArrayList<>();
    TargetView.Base base = null;
    if (total.valueUsd() != null) {
      base = new TargetView.Base(year, total.valueUsd());
    } else if (turnover.lowerKey(year) != null) {
      int y = turnover.lowerKey(year);
      base = new TargetView.Base(y, usd(turnover.get(y).preferred()));
      notes.add(Profile.Missing.of("targetLevelEarlier", asked, Integer.toString(y)));
    }
    List<TargetView.Pace> paces = new ArrayList<>();
    if (base != null) {
      Change recent = base.year() == year ? cagr : cagr(turnover, base.year(), r.cagrYears());
      if (recent != null) paces.add(new TargetView.Pace("CAGR " + recent.period(), recent.rate()));
      statedPace(rates, base.year(), notes).ifPresent(paces::add);
    }
    TargetView.Level level =
        base == null
            ? new TargetView.Level(null, asked, false)
            : new TargetView.Level(base.usd(), Integer.toString(base.year()), false);
    Profile.Target target =
        targets.view(a, b, level, base, r.targetYear(), paces, notes, sources).orElse(null);
    if (target == null) missing.add(Profile.Missing.of("noTarget", a, b));
    missing.add(Profile.Missing.of("needsFlows", a, b));
    return new Profile(
        pair,
        "stated",
        label,
        exports,
        imports,
        total,
        balance,
        change,
        cagr,
        growth,
        target,
        series,
        List.of(),
        List.of(),
        missing,
        List.copyOf(sources.values()));
  }

  /**
   * CAGR of the stated turnover up to {@code end}, from the earliest stated year in the window
   * before it; null when {@code end} or every year of the window lacks a level.
   */
  private static Change cagr(NavigableMap<Integer, SeriesPoint> turnover, int end, int window) {
    Optional<Integer> first =
        turnover.keySet().stream().filter(y -> y >= end - window && y < end).min(Integer::compare);
    if (first.isEmpty() || !turnover.containsKey(end)) return null;
    SeriesPoint p0 = turnover.get(first.get());
    SeriesPoint p1 = turnover.get(end);
    OptionalDouble c = Indicators.cagr(usd(p0.preferred()), usd(p1.preferred()), end - first.get());
    if (c.isEmpty()) return null;
    return new Change(
        c.getAsDouble(),
        first.get() + "–" + end,
        first.get().toString(),
        List.of(p0.preferred().id(), p1.preferred().id()));
  }

  /**
   * The latest stated growth that can stand for the pace from {@code baseYear}: one describing a
   * period that starts in the base year or the year after. A rate said of another time describes a
   * trade at another level (2025's +40 % says nothing of a 2018 base), so it is left out and a note
   * says why.
   */
  private static Optional<TargetView.Pace> statedPace(
      List<StatedFigure> rates, int baseYear, List<Profile.Missing> notes) {
    Optional<StatedFigure> fit =
        latest(
            rates.stream()
                .filter(g -> g.period() != null)
                .filter(
                    g ->
                        g.period().start().getYear() == baseYear
                            || g.period().start().getYear() == baseYear + 1)
                .toList());
    if (fit.isEmpty()) {
      latest(rates)
          .ifPresent(
              g ->
                  notes.add(
                      Profile.Missing.of(
                          "targetStatedPaceNotUsed",
                          g.period().label(),
                          g.id(),
                          Integer.toString(baseYear))));
    }
    return fit.map(
        g ->
            new TargetView.Pace(
                "stated growth " + g.period().label() + " (" + g.id() + ")",
                g.value().doubleValue() / 100));
  }

  /**
   * A→B as stated, by year: A's exports to B where stated, else B's imports from A (the first that
   * the ranking of each series prefers).
   */
  private NavigableMap<Integer, SeriesPoint> flowSeries(String from, String to) {
    String direction = from + "->" + to;
    NavigableMap<Integer, SeriesPoint> out = new TreeMap<>();
    for (String indicator : List.of("exports", "imports")) {
      byYear(figures.yearlySeries(from, to, indicator, direction)).forEach(out::putIfAbsent);
    }
    return out;
  }

  private static Amount flow(
      NavigableMap<Integer, SeriesPoint> flows, int year, Map<String, Source> sources) {
    SeriesPoint p = flows.get(year);
    return p == null
        ? Amount.missing(Integer.toString(year))
        : amount(p, Integer.toString(year), sources);
  }

  private static Point point(
      int year,
      SeriesPoint p,
      SeriesPoint exports,
      SeriesPoint imports,
      Map<String, Source> sources) {
    sources.put(p.preferred().id(), StatedSources.of(p.preferred()));
    List<String> ids = new ArrayList<>(List.of(p.preferred().id()));
    for (SeriesPoint f : new SeriesPoint[] {exports, imports}) {
      if (f == null) continue;
      sources.put(f.preferred().id(), StatedSources.of(f.preferred()));
      ids.add(f.preferred().id());
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (StatedFigure c : p.conflicts()) {
      sources.put(c.id(), StatedSources.of(c));
      if (Money.isMoney(c.unit())) conflicts.add(new Conflict(usd(c), c.id()));
    }
    return new Point(
        Integer.toString(year),
        year,
        usd(p.preferred()),
        exports == null ? null : usd(exports.preferred()),
        imports == null ? null : usd(imports.preferred()),
        ids,
        conflicts);
  }

  private static Amount amount(SeriesPoint p, String label, Map<String, Source> sources) {
    sources.put(p.preferred().id(), StatedSources.of(p.preferred()));
    return new Amount(usd(p.preferred()), label, List.of(p.preferred().id()));
  }

  private static NavigableMap<Integer, SeriesPoint> byYear(List<SeriesPoint> points) {
    NavigableMap<Integer, SeriesPoint> out = new TreeMap<>();
    for (SeriesPoint p : points) {
      p.period()
          .calendarYear()
          .ifPresent(
              y -> {
                if (Money.isMoney(p.preferred().unit())) out.put(y, p);
              });
    }
    return out;
  }

  private static Optional<StatedFigure> latest(List<StatedFigure> rates) {
    return rates.stream()
        .filter(g -> g.period() != null)
        .max(
            java.util.Comparator.comparing((StatedFigure g) -> g.period().end())
                .thenComparing(
                    g -> g.sourceDate() == null ? java.time.LocalDate.MIN : g.sourceDate()));
  }

  private static double usd(StatedFigure f) {
    return Money.usd(f.value(), f.unit());
  }

  private static List<String> concat(Amount x, Amount y) {
    List<String> ids = new ArrayList<>(x.sourceIds());
    ids.addAll(y.sourceIds());
    return ids;
  }
}
