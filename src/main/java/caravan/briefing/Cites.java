package caravan.briefing;

import caravan.figures.Bound;
import caravan.figures.StatedFigure;
import caravan.trade.Profile;
import java.math.BigDecimal;
import java.util.List;

/** Sources of the features as the note's citations, and stated values as they were said. */
final class Cites {
  private Cites() {}

  /** The profile's sources with these ids, in the order given. */
  static List<Section.Cite> of(Profile p, List<String> ids) {
    return ids.stream()
        .map(id -> p.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null))
        .filter(java.util.Objects::nonNull)
        .map(
            s ->
                new Section.Cite(
                    s.label() + " [" + s.id() + "]", web(s.url()), s.date(), s.quote()))
        .toList();
  }

  static Section.Cite of(StatedFigure f) {
    return new Section.Cite(
        f.reportedBy() + " [" + f.id() + "]",
        web(f.sourceUrl()),
        f.sourceDate() == null ? null : f.sourceDate().toString(),
        f.quote());
  }

  /** A registry record's source, labelled by the record it backs. */
  static Section.Cite of(String record, caravan.registry.Source s) {
    return new Section.Cite(
        record, s.link(), s.date() == null ? null : s.date().toString(), s.quote());
  }

  /** An address a reader can open; anything else (an unknown or a file) is no address. */
  static String web(String url) {
    return url != null && url.matches("(?i)https?://\\S+") ? url : null;
  }

  /**
   * A stated figure's value as said, in its unit: a range as a range, a bound as a bound ("more
   * than 226 m USD", "up to 15 m tonnes a year"); a growth rate signed.
   */
  static String value(StatedFigure f, Words w) {
    boolean growth = f.unit().equals("percent");
    java.util.function.Function<BigDecimal, String> n =
        v -> (growth && v.signum() > 0 ? "+" : "") + w.number(v.doubleValue(), 2);
    String v =
        switch (Bound.of(f)) {
          case AT_MOST -> w.get("brief.upTo", n.apply(f.valueHigh()));
          case AT_LEAST -> w.get("brief.moreThan", n.apply(f.valueLow()));
          case EXACT -> n.apply(f.valueLow());
          case RANGE -> n.apply(f.valueLow()) + "–" + n.apply(f.valueHigh());
        };
    String unitKey = "unit." + f.unit();
    return v + " " + (w.has(unitKey) ? w.get(unitKey) : f.unit());
  }

  /** A stated figure's period, or "undated". */
  static String period(StatedFigure f, Words w) {
    return f.period() == null ? w.get("brief.undated") : w.digits(f.period().label());
  }

  /** A profile amount as stated: "more than 340.0 m USD", a range as a range. */
  static String amount(Profile.Amount a, Words w) {
    if (a.valueUsd() == null) return w.get("brief.noData");
    if (a.bound() == null) return w.musd(a.valueUsd());
    return switch (a.bound()) {
      case "range" -> w.musd(a.lowUsd()) + " – " + w.musd(a.highUsd());
      case "at_least" -> w.get("brief.moreThan", w.musd(a.lowUsd()));
      case "at_most" -> w.get("brief.upTo", w.musd(a.highUsd()));
      default -> w.musd(a.valueUsd());
    };
  }

  /** A profile rate as stated: "more than +20.0 %" for a lower bound. */
  static String rate(Profile.Change c, Words w) {
    String r = w.rate(c.rate());
    return switch (c.bound() == null ? "exact" : c.bound()) {
      case "at_least" -> w.get("brief.moreThan", r);
      case "at_most" -> w.get("brief.upTo", r);
      default -> r;
    };
  }

  /** A profile's "missing" note in the note's language, with its command where it has one. */
  static Section.Missing missing(Profile.Missing m, Words w) {
    String key = "missing." + m.code();
    String text = w.has(key) ? w.get(key, m.args().toArray()) : m.text();
    return new Section.Missing(text, null);
  }
}
