package caravan.trade;

import caravan.figures.FiguresService;
import caravan.figures.Period;
import caravan.figures.StatedFigure;
import caravan.figures.StatedYear;
import caravan.figures.Statement;
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
 * The profile built from stated figures: per calendar year, the turnover and the flows each way
 * from one consistent set of statements (the figures feature's {@code statedYears}), the other
 * statements kept as conflicts, growth rates kept as rates.
 */
final class StatedProfile {
  static final String GROWTH = "trade_turnover_growth_yoy";

  private final FiguresService figures;
  private final TargetView targets;

  StatedProfile(FiguresService figures, TargetView targets) {
    this.figures = figures;
    this.targets = targets;
  }

  Profile build(ProfileRequest r, Profile.Pair pair) {
    if (r.solarHijri()) return buildIranian(r, pair);
    String a = pair.a();
    String b = pair.b();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<Profile.Missing> missing = new ArrayList<>();
    NavigableMap<Integer, StatedYear> years = new TreeMap<>();
    for (StatedYear y : figures.statedYears(a, b)) years.put(y.period().start().getYear(), y);
    if (r.period() != null && !r.period().wholeYear()) {
      missing.add(Profile.Missing.of("statedYearly", r.period().label()));
    }
    NavigableMap<Integer, Amount> turnover = new TreeMap<>();
    years.forEach(
        (y, sy) -> {
          Amount t = turnover(sy, Integer.toString(y));
          if (t.valueUsd() != null) turnover.put(y, t);
        });
    List<Point> series = new ArrayList<>();
    years.forEach((y, sy) -> series.add(point(y, sy, sources)));
    if (turnover.isEmpty()) {
      missing.add(Profile.Missing.of("noStatedTurnover", a, b));
    }
    int year =
        r.period() != null
            ? r.period().year()
            : turnover.isEmpty() ? java.time.Year.now().getValue() - 1 : turnover.lastKey();
    String label = Integer.toString(year);
    StatedYear chosen = years.get(year);

    Parts parts = parts(chosen, label, sources, missing);
    Amount exports = parts.exports();
    Amount imports = parts.imports();
    Amount total = parts.total();
    Amount balance = parts.balance();

    Change change = null;
    if (total.valueUsd() != null && turnover.containsKey(year - 1)) {
      Amount before = turnover.get(year - 1);
      OptionalDouble g = Indicators.growth(total.valueUsd(), before.valueUsd());
      if (g.isPresent()) {
        List<String> ids = new ArrayList<>(total.sourceIds());
        ids.addAll(before.sourceIds());
        change = new Change(g.getAsDouble(), label, Integer.toString(year - 1), ids);
      }
    } else if (total.valueUsd() != null) {
      missing.add(Profile.Missing.of("noStatedEarlier", Integer.toString(year - 1), label));
    }

    Change cagr = cagr(turnover, year, r.cagrYears());
    // a change or CAGR counted from a range or a bound says which end it used
    java.util.Set<String> saidEnd = new java.util.HashSet<>();
    if (change != null) {
      boundEnd(total, missing, saidEnd);
      boundEnd(turnover.get(year - 1), missing, saidEnd);
    }
    if (cagr != null) {
      boundEnd(turnover.get(Integer.parseInt(cagr.against())), missing, saidEnd);
      boundEnd(turnover.get(year), missing, saidEnd);
    }

    List<Statement> rates = figures.growthStatements(a, b, GROWTH);
    List<Change> growth = growth(rates, sources);

    // The target is shown whatever the period: measured by the chosen year's turnover, or else by
    // the latest stated year before it, named as such.
    String asked = r.period() != null ? r.period().label() : label;
    List<Profile.Missing> notes = new ArrayList<>();
    TargetView.Base base = null;
    if (total.valueUsd() != null) {
      base = new TargetView.Base(year, total.valueUsd());
    } else if (turnover.lowerKey(year) != null) {
      int y = turnover.lowerKey(year);
      base = new TargetView.Base(y, turnover.get(y).valueUsd());
      notes.add(Profile.Missing.of("targetLevelEarlier", asked, Integer.toString(y)));
    }
    List<TargetView.Pace> paces = new ArrayList<>();
    if (base != null) {
      Change recent = base.year() == year ? cagr : cagr(turnover, base.year(), r.cagrYears());
      if (recent != null) paces.add(TargetView.Pace.of("cagr", recent.rate(), recent.period()));
      statedPace(rates, base.year(), notes).ifPresent(paces::add);
      boundEnd(turnover.get(base.year()), notes, new java.util.HashSet<>());
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
  private static Change cagr(NavigableMap<Integer, Amount> turnover, int end, int window) {
    Optional<Integer> first =
        turnover.keySet().stream().filter(y -> y >= end - window && y < end).min(Integer::compare);
    if (first.isEmpty() || !turnover.containsKey(end)) return null;
    Amount p0 = turnover.get(first.get());
    Amount p1 = turnover.get(end);
    OptionalDouble c = Indicators.cagr(p0.valueUsd(), p1.valueUsd(), end - first.get());
    if (c.isEmpty()) return null;
    List<String> ids = new ArrayList<>(p0.sourceIds());
    ids.addAll(p1.sourceIds());
    return new Change(c.getAsDouble(), first.get() + "–" + end, first.get().toString(), ids);
  }

  /**
   * The latest stated yearly growth that can stand for the pace from {@code baseYear}: a rate over
   * a whole calendar year that starts in the base year or the year after. A rate over some months
   * (+40 % for ten months of 2025) is not a yearly pace and is never projected with; a rate said of
   * another time describes a trade at another level (2025's +40 % says nothing of a 2018 base).
   * Either is left out, and a note says why.
   */
  private static Optional<TargetView.Pace> statedPace(
      List<Statement> rates, int baseYear, List<Profile.Missing> notes) {
    List<Statement> near =
        rates.stream()
            .filter(g -> g.figure().period() != null)
            .filter(
                g ->
                    g.figure().period().start().getYear() == baseYear
                        || g.figure().period().start().getYear() == baseYear + 1)
            .toList();
    Optional<Statement> fit =
        latest(near.stream().filter(g -> g.figure().period().isCalendarYear()).toList());
    if (fit.isEmpty()) {
      Optional<Statement> months = latest(near);
      if (months.isPresent()) {
        Statement g = months.get();
        notes.add(
            Profile.Missing.of(
                "targetStatedPaceNotYearly",
                g.figure().period().label(),
                String.join(", ", g.ids()),
                Integer.toString(g.figure().period().months())));
      } else {
        latest(rates)
            .ifPresent(
                g ->
                    notes.add(
                        Profile.Missing.of(
                            "targetStatedPaceNotUsed",
                            g.figure().period().label(),
                            String.join(", ", g.ids()),
                            Integer.toString(baseYear))));
      }
    }
    return fit.map(
        g ->
            TargetView.Pace.of(
                "stated",
                g.figure().value().doubleValue() / 100,
                g.figure().period().label(),
                String.join(", ", g.ids())));
  }

  /**
   * The year's turnover: the stated one of its consistent set, else A→B + B→A where the set gives
   * both; no value when neither.
   */
  private static Amount turnover(StatedYear y, String label) {
    if (y.turnover() != null) return StatedAmounts.of(y.turnover(), label);
    if (y.flowAb() != null && y.flowBa() != null) {
      return StatedAmounts.combine(
          StatedAmounts.of(y.flowAb(), label), StatedAmounts.of(y.flowBa(), label), +1, label);
    }
    return Amount.missing(label);
  }

  private static Amount amount(Statement s, String label, Map<String, Source> sources) {
    if (s == null) return Amount.missing(label);
    s.figures().forEach(f -> sources.put(f.id(), StatedSources.of(f)));
    return StatedAmounts.of(s, label);
  }

  private static void source(StatedYear y, String id, Map<String, Source> sources) {
    for (Statement s : new Statement[] {y.turnover(), y.flowAb(), y.flowBa()}) {
      if (s == null) continue;
      s.figures().stream()
          .filter(f -> f.id().equals(id))
          .forEach(f -> sources.put(f.id(), StatedSources.of(f)));
    }
  }

  /** The stated growth rates, one entry per statement (its sources together). */
  private static List<Change> growth(List<Statement> rates, Map<String, Source> sources) {
    List<Change> growth = new ArrayList<>();
    for (Statement st : rates) {
      st.figures().forEach(f -> sources.put(f.id(), StatedSources.of(f)));
      StatedFigure g = st.figure();
      // the period is named beside the rate already: "2020 ... against 2020 a year before" read
      // as if a year were compared with itself
      String against = Profile.A_YEAR_BEFORE;
      growth.add(
          new Change(
              g.value().doubleValue() / 100,
              g.period() == null ? "" : g.period().label(),
              against,
              st.ids(),
              st.bound().code()));
    }
    return growth;
  }

  /**
   * The profile in the Solar Hijri calendar: the asked Iranian year or months (else the latest
   * Iranian year stated) against the same Iranian months a year before, and the series in Iranian
   * years. Where no all-goods figure was stated, Iranian customs' non-oil figures are used and a
   * note says so. The target counts in calendar years and is left to the calendar view.
   */
  private Profile buildIranian(ProfileRequest r, Profile.Pair pair) {
    String a = pair.a();
    String b = pair.b();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<Profile.Missing> missing = new ArrayList<>();
    List<StatedYear> years = figures.statedYears(a, b, true);
    List<Point> series = new ArrayList<>();
    for (StatedYear y : years) {
      int shYear = y.period().solarHijriYear().orElseThrow();
      series.add(point(shYear, y.period().label(), y, sources));
    }
    Period asked =
        r.iranianPeriod() != null
            ? r.iranianPeriod()
            : years.isEmpty() ? null : years.get(years.size() - 1).period();
    if (asked == null) {
      missing.add(Profile.Missing.of("noStatedTurnover", a, b));
      missing.add(Profile.Missing.of("needsFlows", a, b));
      return new Profile(
          pair,
          "stated",
          "",
          Amount.missing(""),
          Amount.missing(""),
          Amount.missing(""),
          Amount.missing(""),
          null,
          null,
          growth(figures.growthStatements(a, b, GROWTH), sources),
          null,
          series,
          List.of(),
          List.of(),
          missing,
          List.copyOf(sources.values()));
    }
    String label = asked.label();
    StatedYear chosen = figures.statedPeriod(a, b, asked).orElse(null);
    Parts parts = parts(chosen, label, sources, missing);
    Amount exports = parts.exports();
    Amount imports = parts.imports();
    Amount total = parts.total();
    Amount balance = parts.balance();
    // the same Iranian months a year before: SH1404-01..SH1404-07 against SH1403-01..SH1403-07
    Period earlier = asked.sameSpanYearBefore();
    Change change = null;
    StatedYear before = figures.statedPeriod(a, b, earlier).orElse(null);
    Amount beforeTotal = before == null ? null : turnover(before, earlier.label());
    if (total.valueUsd() != null
        && beforeTotal != null
        && beforeTotal.valueUsd() != null
        && before.nonOil() == chosen.nonOil()) {
      OptionalDouble g = Indicators.growth(total.valueUsd(), beforeTotal.valueUsd());
      if (g.isPresent()) {
        beforeTotal.sourceIds().forEach(id -> source(before, id, sources));
        List<String> ids = new ArrayList<>(total.sourceIds());
        ids.addAll(beforeTotal.sourceIds());
        change = new Change(g.getAsDouble(), label, earlier.label(), ids);
        java.util.Set<String> said = new java.util.HashSet<>();
        boundEnd(total, missing, said);
        boundEnd(beforeTotal, missing, said);
      }
    } else if (total.valueUsd() != null) {
      missing.add(Profile.Missing.of("noStatedEarlier", earlier.label(), label));
    }
    List<Change> growth = growth(figures.growthStatements(a, b, GROWTH), sources);
    missing.add(Profile.Missing.of("targetIranianYears", label));
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
        null,
        growth,
        null,
        series,
        List.of(),
        List.of(),
        missing,
        List.copyOf(sources.values()));
  }

  /**
   * A period's exports, imports, turnover and balance, all from its one consistent set, with the
   * notes they need (no level, non-oil figures, no consistent set).
   */
  private record Parts(Amount exports, Amount imports, Amount total, Amount balance) {}

  private static Parts parts(
      StatedYear chosen, String label, Map<String, Source> sources, List<Profile.Missing> missing) {
    Amount exports = amount(chosen == null ? null : chosen.flowAb(), label, sources);
    Amount imports = amount(chosen == null ? null : chosen.flowBa(), label, sources);
    Amount total = chosen == null ? Amount.missing(label) : turnover(chosen, label);
    if (chosen != null) total.sourceIds().forEach(id -> source(chosen, id, sources));
    if (total.valueUsd() == null) missing.add(Profile.Missing.of("noStatedYear", label));
    if (chosen != null && chosen.nonOil()) {
      missing.add(Profile.Missing.of("statedNonOil", label));
    }
    if (chosen != null && !chosen.consistent()) {
      missing.add(
          Profile.Missing.of(
              "statedYearInconsistent",
              label,
              String.join(
                  ", ",
                  chosen.conflicts().stream()
                      .flatMap(c -> c.statement().ids().stream())
                      .toList())));
    }
    Amount balance =
        exports.valueUsd() != null && imports.valueUsd() != null
            ? StatedAmounts.combine(exports, imports, -1, label)
            : Amount.missing(label);
    return new Parts(exports, imports, total, balance);
  }

  /** Notes once which end of a stated range or bound the arithmetic used. */
  private static void boundEnd(Amount a, List<Profile.Missing> out, java.util.Set<String> said) {
    if (a == null || !a.inexact() || !said.add(a.period())) return;
    switch (a.bound()) {
      case "range" ->
          out.add(
              Profile.Missing.of(
                  "statedRangeMidpoint",
                  a.period(),
                  mUsd(a.lowUsd()),
                  mUsd(a.highUsd()),
                  mUsd(a.valueUsd()),
                  String.join(", ", a.sourceIds())));
      case "at_least" ->
          out.add(
              Profile.Missing.of(
                  "statedAtLeastLowEnd",
                  a.period(),
                  mUsd(a.lowUsd()),
                  String.join(", ", a.sourceIds())));
      case "at_most" ->
          out.add(
              Profile.Missing.of(
                  "statedAtMostHighEnd",
                  a.period(),
                  mUsd(a.highUsd()),
                  String.join(", ", a.sourceIds())));
      default -> {}
    }
  }

  /** Millions of US dollars as plain digits, e.g. 340 or 516.3, for a note's arguments. */
  private static String mUsd(Double usd) {
    return java.math.BigDecimal.valueOf(usd)
        .movePointLeft(6)
        .setScale(1, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static Point point(int year, StatedYear y, Map<String, Source> sources) {
    return point(year, Integer.toString(year), y, sources);
  }

  private static Point point(int year, String label, StatedYear y, Map<String, Source> sources) {
    List<String> ids = new ArrayList<>();
    for (Statement s : new Statement[] {y.turnover(), y.flowAb(), y.flowBa()}) {
      if (s == null) continue;
      s.figures().forEach(f -> sources.put(f.id(), StatedSources.of(f)));
      ids.addAll(s.ids());
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (StatedYear.Conflict c : y.conflicts()) {
      c.statement().figures().forEach(f -> sources.put(f.id(), StatedSources.of(f)));
      conflicts.add(new Conflict(c.part(), usd(c.statement()), c.statement().ids()));
    }
    Amount t = turnover(y, label);
    return new Point(
        label,
        year,
        t.valueUsd(),
        y.flowAb() == null ? null : usd(y.flowAb()),
        y.flowBa() == null ? null : usd(y.flowBa()),
        ids,
        conflicts,
        t.bound(),
        t.lowUsd(),
        t.highUsd());
  }

  private static Optional<Statement> latest(List<Statement> rates) {
    return rates.stream()
        .map(Statement::figure)
        .filter(g -> g.period() != null)
        .max(
            java.util.Comparator.comparing((StatedFigure g) -> g.period().end())
                .thenComparing(
                    g -> g.sourceDate() == null ? java.time.LocalDate.MIN : g.sourceDate()))
        .flatMap(f -> rates.stream().filter(st -> st.figure() == f).findFirst());
  }

  private static double usd(Statement s) {
    return usd(s.figure());
  }

  private static double usd(StatedFigure f) {
    return Money.usd(f.value(), f.unit());
  }
}
