package caravan.trade;

import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
import caravan.trade.Profile.Missing;
import caravan.trade.Profile.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The turnover target as stated by officials, measured against a level and named paces. */
final class TargetView {
  static final String TARGET_INDICATOR = "target_trade_turnover";

  private final FiguresService figures;

  TargetView(FiguresService figures) {
    this.figures = figures;
  }

  private Optional<StatedFigure> stated(String a, String b) {
    return figures.latestTarget(a, b, TARGET_INDICATOR);
  }

  /**
   * The stated target, whatever period was chosen: progress of {@code level} toward it, the growth
   * needed to meet it by the year the source states, else by {@code chosenYear} (the user's
   * horizon), counted from {@code base}, and the year reached at each pace (name → yearly rate)
   * from {@code base}. {@code base} null: no whole year's level is known, so only the target and
   * the progress are given. {@code notes} says what the caller left out or measured otherwise; the
   * view adds its own.
   */
  Optional<Profile.Target> view(
      String a,
      String b,
      Level level,
      Base base,
      int chosenYear,
      List<Pace> paces,
      List<Missing> notes,
      java.util.Map<String, Profile.Source> sources) {
    return stated(a, b)
        .map(
            t -> {
              sources.put(t.id(), StatedSources.of(t));
              double target = Money.usd(t.value(), t.unit());
              List<Missing> said = new ArrayList<>(notes);
              // The horizon: the year the source states (a target whose period is a calendar
              // year), else the user's choice, and the page says which.
              Optional<Integer> statedYear =
                  t.period() == null ? Optional.empty() : t.period().calendarYear();
              int byYear = statedYear.orElse(chosenYear);
              said.add(
                  statedYear.isPresent()
                      ? Missing.of("targetYearStated", Integer.toString(byYear), t.id())
                      : Missing.of("targetYearChosen", Integer.toString(byYear), t.id()));
              if (t.isRange()) {
                said.add(
                    Missing.of(
                        "targetRange",
                        t.valueLow().toPlainString(),
                        t.valueHigh().toPlainString(),
                        t.value().toPlainString()));
              }
              Double needed = null;
              List<Projection> projections = new ArrayList<>();
              if (base == null) {
                said.add(Missing.of("targetNoBase", level.period()));
              } else if (base.usd() >= target) {
                // Met already: a pace would only name the base year itself, which says nothing.
                said.add(Missing.of("targetMet", Integer.toString(base.year())));
              } else {
                if (byYear > base.year()) {
                  OptionalDouble n =
                      Indicators.neededRate(base.usd(), target, byYear - base.year());
                  if (n.isPresent()) needed = n.getAsDouble();
                } else {
                  said.add(
                      Missing.of(
                          "targetYearNotAfter",
                          Integer.toString(byYear),
                          Integer.toString(base.year())));
                }
                for (Pace p : paces) {
                  OptionalInt reached =
                      Indicators.yearReached(base.usd(), base.year(), target, p.rate());
                  projections.add(
                      new Projection(
                          p.name(),
                          p.rate(),
                          reached.isPresent() ? reached.getAsInt() : null,
                          p.code(),
                          p.args()));
                }
              }
              return new Profile.Target(
                  target,
                  byYear,
                  level.usd(),
                  level.period(),
                  level.usd() == null ? null : level.usd() / target,
                  needed,
                  projections,
                  List.of(t.id()),
                  level.partYear(),
                  base == null ? null : base.year(),
                  base == null ? null : base.usd(),
                  said,
                  statedYear.isPresent());
            });
  }

  /**
   * The turnover the target is measured by: the chosen period's, or the latest whole year's before
   * it when the chosen one has none; {@code partYear} when it covers only some months of a year
   * (set against the yearly target as it is, not scaled up). {@code usd} null: not known.
   */
  record Level(Double usd, String period, boolean partYear) {}

  /** The whole year, and its turnover, from which the growth needed and years reached count. */
  record Base(int year, double usd) {}

  /**
   * A yearly rate with its name as a message: {@code code} names the bundle key {@code pace.code}
   * ({@code cagr}: period; {@code stated}: period, source ids; {@code growth}: from, to).
   */
  record Pace(String code, List<String> args, double rate) {
    Pace {
      args = List.copyOf(args);
    }

    static Pace of(String code, double rate, String... args) {
      return new Pace(code, List.of(args), rate);
    }

    /** The English name, for the terminal and the API. */
    String name() {
      return caravan.text.Messages.of("en").get("pace." + code, args.toArray());
    }
  }
}
