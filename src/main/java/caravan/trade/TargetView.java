package caravan.trade;

import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
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
   * Progress of {@code level} (turnover of {@code year}, USD) toward the stated target, the growth
   * needed to meet it by {@code byYear}, and the year reached at each pace (name → yearly rate).
   */
  Optional<Profile.Target> view(
      String a,
      String b,
      double level,
      int year,
      String levelPeriod,
      int byYear,
      List<Pace> paces,
      java.util.Map<String, Profile.Source> sources) {
    return stated(a, b)
        .map(
            t -> {
              sources.put(t.id(), StatedSources.of(t));
              double target = Money.usd(t.value(), t.unit());
              OptionalDouble needed =
                  byYear > year
                      ? Indicators.neededRate(level, target, byYear - year)
                      : OptionalDouble.empty();
              List<Projection> projections = new ArrayList<>();
              for (Pace p : paces) {
                OptionalInt reached = Indicators.yearReached(level, year, target, p.rate());
                projections.add(
                    new Projection(
                        p.name(), p.rate(), reached.isPresent() ? reached.getAsInt() : null));
              }
              return new Profile.Target(
                  target,
                  byYear,
                  level,
                  levelPeriod,
                  level / target,
                  needed.isPresent() ? needed.getAsDouble() : null,
                  projections,
                  List.of(t.id()));
            });
  }

  record Pace(String name, double rate) {}
}
