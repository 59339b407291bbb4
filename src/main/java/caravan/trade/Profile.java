package caravan.trade;

import java.util.List;

/**
 * The bilateral profile of a pair for a period: headline figures, growth, the target, composition,
 * concentration, mirror and the series, every number with its sources. Money is in US dollars.
 * {@code missing} says, in words a user can act on, what data the answer lacks.
 */
public record Profile(
    Pair pair,
    String basis,
    String period,
    Amount exports,
    Amount imports,
    Amount turnover,
    Amount balance,
    Change change,
    Change cagr,
    List<Change> statedGrowth,
    Target target,
    List<Point> series,
    List<Basket> baskets,
    List<Mirror> mirror,
    List<Missing> missing,
    List<Source> sources) {

  public Profile {
    statedGrowth = List.copyOf(statedGrowth);
    series = List.copyOf(series);
    baskets = List.copyOf(baskets);
    mirror = List.copyOf(mirror);
    missing = List.copyOf(missing);
    sources = List.copyOf(sources);
  }

  /**
   * Data the answer lacks and how to get it: a message {@code code} with its {@code args} for pages
   * in any language, and the English {@code text} for the terminal and the API.
   */
  /**
   * What a stated growth rate is set against, in English for the JSON; the doors word it by the
   * bundles' {@code trd.table.yearBefore}.
   */
  public static final String A_YEAR_BEFORE = "the same period a year before";

  /**
   * A basket's side, carried in English in the JSON, as the bundles word it ({@code trd.side.*}).
   */
  public static caravan.text.Text sideText(String side) {
    for (PairFlows.Side s : PairFlows.Side.values()) {
      if (s.label.equals(side)) return caravan.text.Text.of("trd.side." + s.name());
    }
    return caravan.text.Text.literal(String.valueOf(side));
  }

  static final String IMPORTED_FROM = ", imported from ";

  /**
   * A source's label as the bundles word it: an imported file's ({@code trd.source.file}); a stated
   * figure's label is its reporter's own words and stays as stated.
   */
  public static caravan.text.Text sourceText(Source s) {
    int i = s.label() == null ? -1 : s.label().indexOf(IMPORTED_FROM);
    if (!s.id().startsWith("file:") || i < 0) return caravan.text.Text.literal(s.label());
    return caravan.text.Text.of(
        "trd.source.file",
        sideText(s.label().substring(0, i)),
        s.label().substring(i + IMPORTED_FROM.length()));
  }

  public record Missing(String code, List<String> args, String text) {
    public Missing {
      args = List.copyOf(args);
    }

    static Missing of(String code, String... args) {
      return new Missing(
          code,
          List.of(args),
          caravan.text.Messages.of("en").get("missing." + code, (Object[]) args));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The two countries, A first; exports are A→B. */
  public record Pair(String a, String b, String nameA, String nameB) {}

  /** Where a number comes from: a stated figure (with its quote) or an imported file. */
  public record Source(String id, String label, String url, String date, String quote) {}

  /**
   * A money figure; {@code valueUsd} is null when the data is missing. A stated bound or range
   * stays one: {@code bound} is {@code exact}, {@code range} (between {@code lowUsd} and {@code
   * highUsd}; {@code valueUsd} is the midpoint the arithmetic uses), {@code at_least} ("exceeded
   * 340 m": {@code highUsd} null, {@code valueUsd} the lower end) or {@code at_most} ("up to 15 m":
   * {@code lowUsd} null, {@code valueUsd} the high end); null when missing.
   */
  public record Amount(
      Double valueUsd,
      String period,
      List<String> sourceIds,
      String bound,
      Double lowUsd,
      Double highUsd) {
    public Amount {
      sourceIds = List.copyOf(sourceIds);
    }

    /** An exact amount. */
    public Amount(Double valueUsd, String period, List<String> sourceIds) {
      this(valueUsd, period, sourceIds, valueUsd == null ? null : "exact", valueUsd, valueUsd);
    }

    static Amount missing(String period) {
      return new Amount(null, period, List.of());
    }

    /** True for a stated range or bound, where the arithmetic must say which end it uses. */
    public boolean inexact() {
      return bound != null && !bound.equals("exact");
    }
  }

  /**
   * A rate of change (0.4 = +40 %) between two periods, or over a window for a CAGR. A stated rate
   * keeps its {@code bound}: {@code exact}, {@code at_least} ("more than 20 %"), {@code at_most}
   * ("up to 20 %") or {@code range}.
   */
  public record Change(
      Double rate, String period, String against, List<String> sourceIds, String bound) {
    public Change {
      sourceIds = List.copyOf(sourceIds);
    }

    /** A computed change, or a stated rate given as one number. */
    public Change(Double rate, String period, String against, List<String> sourceIds) {
      this(rate, period, against, sourceIds, "exact");
    }
  }

  /**
   * The turnover target: progress of {@code level} (turnover of {@code levelPeriod}; null when none
   * is known, and then {@code progress} too), the yearly growth needed to reach it by {@code
   * byYear}, and the year it is reached at each named pace. {@code partYear}: the level covers only
   * some months, set against the yearly target as it is. The growth needed and the years reached
   * count from {@code baseYear}, a whole year with the turnover {@code baseLevel} (both null when
   * none is known). {@code notes} says what is left out and why, or measured otherwise than asked.
   * {@code byYearStated}: the target year is the one its source states; false: no source states
   * one, and {@code byYear} is the user's chosen horizon (a note says so).
   */
  public record Target(
      double valueUsd,
      int byYear,
      Double level,
      String levelPeriod,
      Double progress,
      Double neededRate,
      List<Projection> projections,
      List<String> sourceIds,
      boolean partYear,
      Integer baseYear,
      Double baseLevel,
      List<Missing> notes,
      boolean byYearStated) {
    public Target {
      projections = List.copyOf(projections);
      sourceIds = List.copyOf(sourceIds);
      notes = List.copyOf(notes);
    }
  }

  /**
   * "At {rate} a year ({pace}), the target is reached in {year}" — year null: never. {@code pace}
   * is the English name; {@code paceCode} and {@code paceArgs} name it for pages in any language
   * (bundle key {@code pace.<code>}). Every pace is a yearly rate.
   */
  public record Projection(
      String pace, double rate, Integer year, String paceCode, List<String> paceArgs) {
    public Projection {
      paceArgs = List.copyOf(paceArgs);
    }
  }

  /**
   * One period of the series: turnover (null unless stated or both directions are known; a stated
   * range or bound keeps its kind and ends, as in {@link Amount}), each direction where known, and
   * the statements left out of the period's consistent set.
   */
  public record Point(
      String period,
      int year,
      Double turnoverUsd,
      Double exportsUsd,
      Double importsUsd,
      List<String> sourceIds,
      List<Conflict> conflicts,
      String turnoverBound,
      Double turnoverLowUsd,
      Double turnoverHighUsd) {
    public Point {
      sourceIds = List.copyOf(sourceIds);
      conflicts = List.copyOf(conflicts);
    }

    /** A point whose turnover, if any, is exact. */
    public Point(
        String period,
        int year,
        Double turnoverUsd,
        Double exportsUsd,
        Double importsUsd,
        List<String> sourceIds,
        List<Conflict> conflicts) {
      this(
          period,
          year,
          turnoverUsd,
          exportsUsd,
          importsUsd,
          sourceIds,
          conflicts,
          turnoverUsd == null ? null : "exact",
          turnoverUsd,
          turnoverUsd);
    }

    /** The turnover as an amount, its bound kept. */
    public Amount turnover() {
      return new Amount(
          turnoverUsd, period, sourceIds, turnoverBound, turnoverLowUsd, turnoverHighUsd);
    }
  }

  /**
   * A statement left out of the year's consistent set: {@code part} is the one it would have filled
   * ({@code total}, or a direction such as {@code KAZ->IRN}), {@code sourceIds} every source that
   * quoted it.
   */
  public record Conflict(String part, double valueUsd, List<String> sourceIds) {
    public Conflict {
      sourceIds = List.copyOf(sourceIds);
    }
  }

  /** What one side sells the other: composition and concentration. */
  public record Basket(
      String from,
      String to,
      String side,
      double totalUsd,
      List<Share> sections,
      List<Share> chapters,
      List<Share> headings,
      List<Share> products,
      List<Share> sectors,
      Concentration concentration,
      List<Concentration> trend,
      List<String> sourceIds) {
    public Basket {
      trend = List.copyOf(trend);
      sections = List.copyOf(sections);
      chapters = List.copyOf(chapters);
      headings = List.copyOf(headings);
      products = List.copyOf(products);
      sectors = List.copyOf(sectors);
      sourceIds = List.copyOf(sourceIds);
    }
  }

  /** A slice of a basket: HS section, chapter (HS2), heading (HS4), product (HS6) or sector. */
  public record Share(String code, String name, String parent, double valueUsd, double share) {}

  /** Concentration of a basket over HS6 products (see the indicators page for formulas). */
  public record Concentration(
      String period,
      int products,
      double hhi,
      double hhiNormalized,
      double top1Share,
      double top5Share,
      double theil) {}

  /** A's declared exports to B beside B's declared imports from A, in total and by product. */
  public record Mirror(
      String from, String to, double exportsUsd, double importsUsd, List<MirrorRow> rows) {
    public Mirror {
      rows = List.copyOf(rows);
    }
  }

  /**
   * ratio = importer's figure / exporter's figure (CIF over FOB is usually a little above 1); a
   * figure is null where that side did not report the product, and the ratio then too.
   */
  public record MirrorRow(
      String product,
      String name,
      Double exportsUsd,
      Double importsUsd,
      Double ratio,
      double gapUsd) {}
}
