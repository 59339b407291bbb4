package caravan.figures;

import caravan.store.DataVersion;
import caravan.text.CaravanException;
import caravan.text.ShippedData;
import caravan.text.Text;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Stated figures: loading the shipped file and user CSV files, and reading figures, yearly series,
 * targets and growth rates for a pair of countries.
 *
 * <p>A series takes one preferred figure per period by the source ranking, and keeps the figures
 * whose value differs as conflicts. The ranking, best first: (1) a national statistics office
 * ({@code reported_by} or {@code basis} mentions "Statistics Committee"), (2) customs, (3) head of
 * state or government statements, (4) ministries, (5) press without an official attribution; ties
 * go to the most recent {@code source_date}, then to the lowest id. So for 2018 turnover the Kazakh
 * Statistics Committee's 422 m USD (R07) is preferred and the Deputy PM's 516.3 m (R08) is a
 * conflict.
 */
public final class FiguresService {
  static final String SHIPPED = "figures/stated-figures.csv";

  /** The columns of the stated-figures CSV format, in order. */
  public static final java.util.List<String> CSV_COLUMNS = FiguresCsv.COLUMNS;

  private final FiguresStore store;

  private final java.time.Clock clock;

  // A profile or page asks for a pair's figures several times (years, growth, targets): they are
  // read once per data version, which every write to them raises (see DataVersion)
  private final DataVersion version;

  private record Read(long version, List<StatedFigure> figures) {}

  private final Cache<List<String>, Read> byPair = Caffeine.newBuilder().maximumSize(64).build();

  public FiguresService(Jdbi jdbi) {
    this(jdbi, java.time.Clock.systemUTC());
  }

  /** With the clock that dates audited changes (UTC). */
  public FiguresService(Jdbi jdbi, java.time.Clock clock) {
    this.store = new FiguresStore(jdbi);
    this.clock = clock;
    this.version = new DataVersion(jdbi);
  }

  /** One figure of the unordered pair by its id; empty when absent or of another pair. */
  public Optional<StatedFigure> figure(String a, String b, String id) {
    return store
        .byId(id)
        .filter(
            x ->
                (x.pairA().equals(a) && x.pairB().equals(b))
                    || (x.pairA().equals(b) && x.pairB().equals(a)));
  }

  /**
   * The audited changes of one figure of the pair, oldest first; a figure id not of the pair is
   * refused as not found.
   */
  public List<FigureChange> audit(String a, String b, String id) {
    if (figure(a, b, id).isEmpty()) {
      throw new caravan.text.NotFoundException(
          Text.of("fig.err.noFigure", String.valueOf(id), a, b),
          Map.of("field", "id", "value", String.valueOf(id)));
    }
    return store.audit(id);
  }

  /**
   * Loads the shipped data/figures/stated-figures.csv, all or nothing, inserting only ids not yet
   * stored (figures edited since are left alone); returns rows inserted, 0 on a second call.
   */
  public int loadShipped() {
    // On every start but the first the store holds each shipped id: the ids alone tell, without
    // validating the whole file (its ids are as the full read takes them; any doubt reads it whole)
    Set<String> shipped = new HashSet<>();
    ShippedData.csv(SHIPPED).forEach(r -> shipped.add(r.getField("id").strip()));
    if (store.ids().containsAll(shipped)) return 0;
    List<StatedFigure> figures;
    try (InputStream in = ShippedData.open(SHIPPED)) {
      figures = FiguresCsv.read("data/" + SHIPPED, in);
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("fig.err.read", "data/" + SHIPPED, String.valueOf(e.getMessage())), Map.of(), e);
    }
    return store.insertMissing(figures);
  }

  /**
   * Imports a stated-figures CSV file (the shipped format). The whole file is validated first; any
   * bad row fails the import with a {@link FiguresImportException} listing {@code file:line: field:
   * reason} for each problem, and nothing is written. Valid files are upserted by id in one
   * transaction; returns rows written.
   */
  public int importCsv(Path file) {
    return importCsv(file, System.getProperty("user.name", "unknown"));
  }

  /**
   * As {@link #importCsv(Path)}, auditing each figure created or changed as done by {@code actor}
   * (who, when, before and after), in the same transaction as the write.
   */
  public int importCsv(Path file, String actor) {
    if (actor == null || actor.isBlank()) {
      throw new CaravanException(Text.of("fig.err.actor"), Map.of("field", "actor"));
    }
    List<StatedFigure> figures;
    try (InputStream in = Files.newInputStream(file)) {
      figures = FiguresCsv.read(file.toString(), in);
    } catch (UncheckedIOException e) {
      // the CSV reader's wrapping of a read that failed (a disk error, a file gone)
      throw new CaravanException(
          Text.of("fig.err.read", file.toString(), String.valueOf(e.getCause().getMessage())),
          Map.of("field", "file", "value", file.toString()),
          e);
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("fig.err.read", file.toString(), String.valueOf(e.getMessage())),
          Map.of("field", "file", "value", file.toString()),
          e);
    }
    return store.upsert(figures, actor.strip(), java.time.LocalDateTime.now(clock).withNano(0));
  }

  /** All figures of the unordered pair, by period start (undated last), then id. */
  public List<StatedFigure> figures(String a, String b) {
    // read before the figures: what is kept under v holds every write that made v
    long v = version.current();
    List<String> pair = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    Read kept = byPair.getIfPresent(pair);
    if (kept != null && kept.version() == v) return kept.figures();
    List<StatedFigure> read = List.copyOf(store.byPair(a, b));
    byPair.put(pair, new Read(v, read));
    return read;
  }

  /**
   * The pair's stated freight figures (transport volumes and their growth, corridor capacities and
   * aims): growth rates first, as a speaker quotes them, then by period start (undated last).
   */
  public List<StatedFigure> freight(String a, String b) {
    List<StatedFigure> all =
        figures(a, b).stream().filter(f -> Vocabulary.FREIGHT.contains(f.indicator())).toList();
    List<StatedFigure> out = new java.util.ArrayList<>();
    all.stream().filter(f -> f.indicator().endsWith("_growth_yoy")).forEach(out::add);
    all.stream().filter(f -> !f.indicator().endsWith("_growth_yoy")).forEach(out::add);
    return out;
  }

  /** The pair's figures for one indicator, by period start (undated last), then id. */
  public List<StatedFigure> figures(String a, String b, String indicator) {
    return figures(a, b).stream().filter(f -> f.indicator().equals(indicator)).toList();
  }

  /**
   * One point per calendar year (only figures whose period is exactly a calendar year), in year
   * order: the figure preferred by the source ranking, and the others whose value differs from it
   * as conflicts.
   */
  public List<SeriesPoint> yearlySeries(String a, String b, String indicator, String direction) {
    Map<Period, List<StatedFigure>> byYear = new LinkedHashMap<>();
    for (StatedFigure f : figures(a, b, indicator)) {
      if (f.period() == null || !f.period().isCalendarYear() || !f.direction().equals(direction)) {
        continue;
      }
      Period year = Period.parse(String.valueOf(f.period().start().getYear()));
      byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(f);
    }
    List<SeriesPoint> points = new ArrayList<>();
    byYear.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(Period::start)))
        .forEach(
            e -> {
              List<StatedFigure> ranked =
                  e.getValue().stream().sorted(SourceRanking.PREFERENCE).toList();
              StatedFigure preferred = ranked.get(0);
              List<StatedFigure> conflicts =
                  ranked.stream().skip(1).filter(f -> !sameValue(f, preferred)).toList();
              points.add(new SeriesPoint(e.getKey(), preferred, conflicts));
            });
    return points;
  }

  /**
   * The pair's stated years, in year order: for each calendar year with a stated money turnover or
   * flow, the turnover and the flows A→B and B→A from one consistent set of statements, the rest as
   * conflicts ({@link ConsistentYears}). A flow A→B is A's stated exports to B or B's stated
   * imports from A; statements of the same value by several sources are one {@link Statement}.
   */
  public List<StatedYear> statedYears(String a, String b) {
    return statedYears(a, b, false);
  }

  /**
   * As {@link #statedYears(String, String)}, in Iranian (Solar Hijri) years when {@code
   * iranianYears}: periods that are exactly one Solar Hijri year ({@code SH1400}).
   */
  public List<StatedYear> statedYears(String a, String b, boolean iranianYears) {
    Map<List<java.time.LocalDate>, List<StatedFigure>> byPeriod =
        new java.util.TreeMap<>(Comparator.comparing((List<java.time.LocalDate> k) -> k.get(0)));
    for (StatedFigure f : figures(a, b)) {
      Period p = f.period();
      if (p == null || !f.unit().startsWith("USD")) continue;
      boolean year = iranianYears ? p.solarHijriYear().isPresent() : p.isCalendarYear();
      if (!year) continue;
      byPeriod.computeIfAbsent(List.of(p.start(), p.end()), k -> new ArrayList<>()).add(f);
    }
    List<StatedYear> out = new ArrayList<>();
    byPeriod.forEach(
        (k, fs) -> {
          Period p = fs.get(0).period();
          Period label =
              iranianYears
                  ? Period.parse("SH" + p.solarHijriYear().orElseThrow())
                  : Period.parse(String.valueOf(p.start().getYear()));
          // calendar years keep to all-goods figures, as ever; Iranian years are mostly stated by
          // Iranian customs, non-oil only, and the year says so
          StatedYear y = choose(a, b, label, fs, iranianYears);
          if (y != null) out.add(y);
        });
    return out;
  }

  /**
   * The turnover and flows stated for exactly the period {@code asked} (its dates, whatever its
   * label), from one consistent set as for a year; empty when nothing was stated for it.
   */
  public Optional<StatedYear> statedPeriod(String a, String b, Period asked) {
    List<StatedFigure> fs =
        figures(a, b).stream()
            .filter(f -> f.period() != null && f.unit().startsWith("USD"))
            .filter(
                f ->
                    f.period().start().equals(asked.start())
                        && f.period().end().equals(asked.end()))
            .toList();
    return Optional.ofNullable(choose(a, b, asked, fs, true));
  }

  /** All goods: turnover, exports, imports; else Iranian customs' non-oil figures. */
  private static final List<List<String>> FAMILIES =
      List.of(
          List.of("trade_turnover", "exports", "imports"),
          List.of("trade_turnover_non_oil", "exports_non_oil", "imports_non_oil"));

  private static StatedYear choose(
      String a, String b, Period period, List<StatedFigure> fs, boolean nonOilToo) {
    for (List<String> family : nonOilToo ? FAMILIES : FAMILIES.subList(0, 1)) {
      List<StatedFigure> of = fs.stream().filter(f -> family.contains(f.indicator())).toList();
      if (of.isEmpty()) continue;
      String ab = a + "->" + b;
      String ba = b + "->" + a;
      StatedYear y =
          ConsistentYears.choose(
              period,
              Statement.group(part(of, family, ConsistentYears.TOTAL)),
              ab,
              Statement.groupFlow(part(of, family, ab)),
              ba,
              Statement.groupFlow(part(of, family, ba)));
      if (y == null) continue;
      boolean nonOil = family != FAMILIES.get(0);
      return new StatedYear(
          y.period(), y.turnover(), y.flowAb(), y.flowBa(), y.conflicts(), y.consistent(), nonOil);
    }
    return null;
  }

  private static List<StatedFigure> part(
      List<StatedFigure> fs, List<String> family, String direction) {
    return fs.stream()
        .filter(f -> f.direction().equals(direction))
        .filter(
            f ->
                direction.equals(ConsistentYears.TOTAL)
                    ? f.indicator().equals(family.get(0))
                    : !f.indicator().equals(family.get(0)))
        .toList();
  }

  /**
   * The most recent statement of a target indicator ({@code target_…}): latest source date first,
   * undated statements last; same-day statements by the source ranking.
   */
  public Optional<StatedFigure> latestTarget(String a, String b, String indicator) {
    if (!Vocabulary.isTarget(indicator)) {
      throw new CaravanException(
          Text.of("fig.err.target", String.valueOf(indicator)),
          Map.of("field", "indicator", "value", String.valueOf(indicator)));
    }
    return figures(a, b, indicator).stream()
        .min(
            Comparator.comparing(
                    StatedFigure::sourceDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SourceRanking.PREFERENCE));
  }

  /**
   * Stated growth rates (unit percent) for an indicator such as trade_turnover_growth_yoy, by
   * period; they stay rates and are never turned into levels.
   */
  public List<StatedFigure> growthRates(String a, String b, String indicator) {
    return figures(a, b, indicator).stream().filter(f -> f.unit().equals("percent")).toList();
  }

  /**
   * The stated growth rates of an indicator as statements: one statement quoted by several sources
   * is one entry with all of them ({@link Statement#quoted}).
   */
  public List<Statement> growthStatements(String a, String b, String indicator) {
    return Statement.quoted(growthRates(a, b, indicator)).stream()
        .sorted(
            Comparator.comparing(
                    (Statement st) ->
                        st.figure().period() == null ? null : st.figure().period().start(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                    st -> st.figure().period() == null ? null : st.figure().period().end(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static boolean sameValue(StatedFigure x, StatedFigure y) {
    return sameEnd(x.valueLow(), y.valueLow())
        && sameEnd(x.valueHigh(), y.valueHigh())
        && x.unit().equals(y.unit());
  }

  /** Two ends agree when both are open or both state the same number. */
  private static boolean sameEnd(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
