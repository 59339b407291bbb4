package caravan.registry;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A target and the indicator that measures it: baseline, target value and year (nullable), unit,
 * the actuals with their period and source, and how actuals aggregate. When a stated figure holds
 * the target statement (figures feature, e.g. {@code target_trade_turnover}), {@code figureId}
 * links to it instead of copying it.
 */
public record Indicator(
    String id,
    int version,
    String indicator,
    String title,
    String unit,
    Aggregation aggregation,
    BigDecimal baseline,
    Integer baselineYear,
    BigDecimal target,
    Integer targetYear,
    String figureId,
    List<Actual> actuals,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  /**
   * The same indicator with another target statement: unit, target value and year, notes and
   * sources (what a linked stated figure supplies when shown, and takes back when stored).
   */
  Indicator withTarget(
      String unit, BigDecimal target, Integer targetYear, String notes, List<Source> sources) {
    return new Indicator(
        id,
        version,
        indicator,
        title,
        unit,
        aggregation,
        baseline,
        baselineYear,
        target,
        targetYear,
        figureId,
        actuals,
        notes,
        sources,
        pair);
  }

  /**
   * {@code FLOW_PER_PERIOD}: a value per period (trade turnover of a year), never summed across
   * years. {@code STOCK}: a level at a date (accumulated investment), the latest value counts.
   */
  public enum Aggregation {
    FLOW_PER_PERIOD,
    STOCK
  }

  /** One measured value for a period (a year, or a month of a year) with its source. */
  public record Actual(PartialDate period, BigDecimal value, Source source) {
    public Actual {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(value, "value");
    }
  }

  public Indicator {
    indicator = Records.clean(indicator);
    title = Records.clean(title);
    unit = Records.clean(unit);
    figureId = Records.clean(figureId);
    actuals = Records.list(actuals);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public Indicator(
      String id,
      int version,
      String indicator,
      String title,
      String unit,
      Aggregation aggregation,
      BigDecimal baseline,
      Integer baselineYear,
      BigDecimal target,
      Integer targetYear,
      String figureId,
      List<Actual> actuals,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        indicator,
        title,
        unit,
        aggregation,
        baseline,
        baselineYear,
        target,
        targetYear,
        figureId,
        actuals,
        notes,
        sources,
        null);
  }

  /**
   * The value of the actuals over the years {@code fromYear}–{@code toYear}. A flow is reported per
   * period: only one year may be asked for, whose value is the year's own actual, or the sum of its
   * monthly actuals when no whole-year actual exists; asking for several years fails rather than
   * summing them. A stock takes the latest actual whose period falls within the years. Empty when
   * no actual applies.
   */
  public Optional<BigDecimal> aggregate(int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw ValidationException.worded(
          caravan.text.Text.of("reg.ind.badRange"),
          List.of(
              ExportBatch.at(
                  "toYear",
                  caravan.text.Text.of(
                      "reg.ind.before", String.valueOf(toYear), String.valueOf(fromYear)))));
    }
    if (aggregation == Aggregation.FLOW_PER_PERIOD) {
      if (fromYear != toYear) {
        throw new RegistryException(
            caravan.text.Text.of(
                "reg.ind.flow", indicator, String.valueOf(fromYear), String.valueOf(toYear)),
            Map.of("field", "toYear", "value", toYear));
      }
      List<Actual> ofYear = actuals.stream().filter(a -> a.period().year() == fromYear).toList();
      Optional<Actual> whole = ofYear.stream().filter(a -> a.period().yearOnly()).findFirst();
      if (whole.isPresent()) return Optional.of(whole.get().value());
      return ofYear.stream().map(Actual::value).reduce(BigDecimal::add);
    }
    return actuals.stream()
        .filter(a -> a.period().year() >= fromYear && a.period().year() <= toYear)
        .max(Comparator.comparing((Actual a) -> a.period().end()))
        .map(Actual::value);
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    p.required("indicator", indicator);
    p.required("unit", unit);
    p.required("aggregation", aggregation);
    if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
      p.worded(
          "targetYear",
          "lang.rec.beforeBaseline",
          String.valueOf(targetYear),
          String.valueOf(baselineYear));
    }
    // values as V2 kept them: NUMERIC(24,6)
    p.decimal("baseline", baseline, 24, 6);
    p.decimal("target", target, 24, 6);
    for (int i = 0; i < actuals.size(); i++) {
      Actual a = actuals.get(i);
      p.decimal("actuals[" + i + "].value", a.value(), 24, 6);
      if (a.source() != null) {
        caravan.text.Text problem = Source.urlProblem(a.source().url());
        if (problem != null && a.source().url() != null) {
          p.add("actuals[" + i + "].source.url", problem);
        }
      }
    }
    p.sources(sources);
    return p.texts();
  }
}
