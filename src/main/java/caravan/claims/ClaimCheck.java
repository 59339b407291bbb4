package caravan.claims;

import caravan.claims.Claim.Kind;
import caravan.claims.Claim.Subject;
import caravan.claims.Verdict.Outcome;
import caravan.corridor.CorridorService;
import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
import caravan.text.Countries;
import caravan.text.Country;
import caravan.trade.FlowPeriod;
import caravan.trade.Profile;
import caravan.trade.ProfileRequest;
import caravan.trade.ProfileService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The claim check: finds the numeric claims of a Russian or English text and sets each against the
 * pair's data, read through the other features' public faces: the stated figures ({@link
 * FiguresService}: growth rates, turnover, exports, imports, FDI, targets, freight) and, where
 * product flows are imported for the pair, the profile computed from them ({@link ProfileService}).
 *
 * <p>A claim is SUPPORTED only when a figure of its series and period agrees within the claim's
 * tolerance, CONTRADICTED when such figures exist and none agrees, NOT_CHECKABLE otherwise, with
 * the reason. A stated figure whose quote is in the text itself is the text, not evidence for it.
 */
public final class ClaimCheck {
  private final FiguresService figures;
  private final ProfileService profiles;
  private final Countries countries;
  private final Clock clock;
  private final CorridorService corridor;

  /** {@code profiles} may be null: then only the stated figures are read. */
  public ClaimCheck(
      FiguresService figures, ProfileService profiles, Countries countries, Clock clock) {
    this(figures, profiles, countries, clock, null);
  }

  /** With the corridor's volumes for claims about a named port or crossing (null: none). */
  public ClaimCheck(
      FiguresService figures,
      ProfileService profiles,
      Countries countries,
      Clock clock,
      CorridorService corridor) {
    this.figures = figures;
    this.profiles = profiles;
    this.countries = countries;
    this.clock = clock;
    this.corridor = corridor;
  }

  /**
   * Checks {@code text} for the pair; {@code textLang} ru, en or null (told from the text); {@code
   * date} what "this year" means (null: the first date written in the text, else today).
   */
  public ClaimReport check(String a, String b, String text, String textLang, LocalDate date) {
    Checked in = validate(countries, clock, a, b, text, textLang, date);
    Country ca = in.a();
    Country cb = in.b();
    String checked = in.text();
    Language lang = in.lang();
    LocalDate today = LocalDate.now(clock);
    String from = "option";
    if (date == null) {
      date = Periods.dateIn(checked).filter(d -> !d.isAfter(today)).orElse(null);
      from = date == null ? "today" : "text";
      if (date == null) date = today;
    }
    java.util.function.Function<String, String> places =
        corridor == null ? null : w -> corridor.findNode(w).map(n -> n.id()).orElse(null);
    List<Claim> claims = new ClaimFinder(lang, date, ca, cb, places).find(checked);
    String plain = Quotes.plain(checked);
    List<Verdict> verdicts = new ArrayList<>();
    for (Claim c : claims) verdicts.add(judge(ca.iso3(), cb.iso3(), c, plain));
    return new ClaimReport(ca.iso3(), cb.iso3(), lang.code(), date, from, verdicts);
  }

  /** What {@link #validate} found: the two countries, the text and its language. */
  public record Checked(Country a, Country b, String text, Language lang) {}

  /**
   * Refuses what {@link #check} would refuse before any data is read: an unknown or doubled
   * country, an empty, binary or too long text, a language not read, a date after today. A door may
   * call it before it opens the stores.
   */
  public static Checked validate(
      Countries countries,
      Clock clock,
      String a,
      String b,
      String text,
      String textLang,
      LocalDate date) {
    Country ca = countries.require(a);
    Country cb = countries.require(b);
    if (ca.iso3().equals(cb.iso3())) {
      throw new ClaimException(
          400,
          caravan.text.Text.of("claim.error.samePair", ca.iso3()),
          Map.of("field", "pair", "value", a));
    }
    String checked = ClaimText.checked(text);
    LocalDate today = LocalDate.now(clock);
    if (date != null && date.isAfter(today)) {
      throw new ClaimException(
          400,
          caravan.text.Text.of("claim.error.futureDate", date.toString(), today.toString()),
          Map.of("field", "date", "value", date.toString()));
    }
    return new Checked(ca, cb, checked, Language.of(textLang, checked));
  }

  private static final Set<String> UNITS = Set.of("percent", "USD_million", "tonnes");

  private Verdict judge(String a, String b, Claim c, String plainText) {
    boolean atPoint = c.place() != null && corridor != null;
    if (!UNITS.contains(c.unit()) && !(atPoint && c.unit().equals("TEU"))) {
      return Verdict.notCheckable(c, "UNIT_UNKNOWN");
    }
    if (c.subject() == null) return Verdict.notCheckable(c, "NO_SUBJECT");
    // a named port or crossing: its own series in the corridor's volumes, not the pair's
    Predicate<StatedFigure> series = atPoint ? null : series(c);
    List<Evidence> flows = atPoint ? PointEvidence.of(corridor, c) : flows(a, b, c);
    if (series == null && flows.isEmpty()) return Verdict.notCheckable(c, "NO_SERIES");
    boolean anyPeriod = c.subject() == Subject.TARGET;
    if (!anyPeriod && c.period() == null) return Verdict.notCheckable(c, "NO_PERIOD");
    List<Evidence> matching = new ArrayList<>(flows);
    if (series != null) {
      for (StatedFigure f : figures.figures(a, b)) {
        if (!series.test(f)) continue;
        if (!anyPeriod
            && (f.period() == null || !c.period().covers(f.period().start(), f.period().end()))) {
          continue;
        }
        matching.add(Evidence.of(f, c.unit(), Quotes.in(f.quote(), plainText)));
      }
    }
    if (matching.isEmpty()) return Verdict.notCheckable(c, "NO_DATA_FOR_PERIOD");
    List<Evidence> independent = matching.stream().filter(e -> !e.thisText()).toList();
    if (independent.isEmpty()) {
      return new Verdict(c, Outcome.NOT_CHECKABLE, "ONLY_THIS_TEXT", matching, List.of());
    }
    List<Evidence> agree = independent.stream().filter(e -> e.agrees(c)).toList();
    if (!agree.isEmpty()) {
      List<Evidence> others = independent.stream().filter(e -> !e.agrees(c)).toList();
      return new Verdict(c, Outcome.SUPPORTED, "WITHIN_TOLERANCE", agree, others);
    }
    return new Verdict(c, Outcome.CONTRADICTED, "OUTSIDE_TOLERANCE", independent, List.of());
  }

  /** The stated figures of the claim's series (any period), or null when Caravan keeps none. */
  private static Predicate<StatedFigure> series(Claim c) {
    String dir = c.direction();
    return switch (c.kind()) {
      case CHANGE ->
          switch (c.subject()) {
            case TURNOVER -> indicator("trade_turnover_growth_yoy", "percent", null);
            case FREIGHT -> indicator("transport_volume_growth_yoy", "percent", null);
            default -> null;
          };
      case MONEY ->
          switch (c.subject()) {
            case TURNOVER -> indicator("trade_turnover", "USD_million", "total");
            case EXPORTS, IMPORTS ->
                f ->
                    (f.indicator().equals("exports") || f.indicator().equals("imports"))
                        && f.unit().equals("USD_million")
                        && f.direction().equals(dir);
            case FDI -> indicator("fdi_inflow", "USD_million", dir);
            case TARGET -> indicator("target_trade_turnover", "USD_million", null);
            default -> null;
          };
      case VOLUME ->
          switch (c.subject()) {
            case FREIGHT -> f -> freight(f) && tonnes(f);
            case TURNOVER -> indicator("trade_quantity_non_oil", null, null).and(Claims::tonnes);
            case EXPORTS, IMPORTS ->
                f ->
                    (f.indicator().equals("exports_quantity_non_oil")
                            || f.indicator().equals("imports_quantity_non_oil"))
                        && tonnes(f)
                        && f.direction().equals(dir);
            default -> null;
          };
    };
  }

  private static Predicate<StatedFigure> indicator(String name, String unit, String direction) {
    return f ->
        f.indicator().equals(name)
            && (unit == null || f.unit().equals(unit))
            && (direction == null || f.direction().equals(direction));
  }

  // the freight indicators that are volumes carried (not capacities or aims)
  private static boolean freight(StatedFigure f) {
    return f.indicator().equals("rail_trade_volume_irn_tkm_kaz");
  }

  private static boolean tonnes(StatedFigure f) {
    return Claims.tonnes(f);
  }

  /**
   * The pair's imported product flows for the claim's months, when there are any: turnover, exports
   * or imports in million USD, or the turnover's change in percent.
   */
  private List<Evidence> flows(String a, String b, Claim c) {
    ClaimPeriod p = c.period();
    if (profiles == null || p == null || p.toDate() || c.kind() == Kind.VOLUME) return List.of();
    if (c.subject() != Subject.TURNOVER
        && (c.kind() != Kind.MONEY
            || (c.subject() != Subject.EXPORTS && c.subject() != Subject.IMPORTS))) {
      return List.of();
    }
    if (p.start().getYear() != p.end().getYear()
        || p.start().getDayOfMonth() != 1
        || p.end().getDayOfMonth() != p.end().lengthOfMonth()
        || !profiles.hasFlows(a, b)) {
      return List.of();
    }
    FlowPeriod fp =
        new FlowPeriod(p.start().getYear(), p.start().getMonthValue(), p.end().getMonthValue());
    Profile profile =
        profiles.profile(new ProfileRequest(a, b, fp, ProfileRequest.Basis.FLOWS, 5, 2030));
    Double value;
    List<String> ids;
    if (c.kind() == Kind.CHANGE) {
      if (profile.change() == null || profile.change().rate() == null) return List.of();
      value = profile.change().rate() * 100;
      ids = profile.change().sourceIds();
    } else {
      Profile.Amount amount =
          switch (c.subject()) {
            case TURNOVER -> profile.turnover();
            case EXPORTS -> c.direction().startsWith(a) ? profile.exports() : profile.imports();
            default -> c.direction().startsWith(a) ? profile.exports() : profile.imports();
          };
      if (amount == null || amount.valueUsd() == null) return List.of();
      value = amount.valueUsd() / 1_000_000;
      ids = amount.sourceIds();
    }
    BigDecimal v =
        BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    String files =
        profile.sources().stream()
            .filter(s -> ids.contains(s.id()))
            .map(s -> s.label())
            .reduce((x, y) -> x + "; " + y)
            .orElse(String.join("; ", ids));
    return List.of(
        new Evidence("flows", v, v, c.unit(), fp.label(), files, null, null, null, false));
  }

  /** Small helpers the series share. */
  static final class Claims {
    private Claims() {}

    static boolean tonnes(StatedFigure f) {
      String u = f.unit().toLowerCase(Locale.ROOT);
      return u.equals("tonnes") || u.equals("million_tonnes");
    }
  }
}
