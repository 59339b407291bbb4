package caravan.web;

import caravan.access.User;
import caravan.figures.StatedFigure;
import caravan.text.Messages;
import caravan.text.RussianCases;
import caravan.trade.Profile;
import java.util.List;
import java.util.Map;

/** What the dashboard template shows, with the formatting it needs. */
public record DashboardPage(
    Messages m,
    Profile profile,
    List<Map.Entry<String, String>> countries,
    String query,
    User user,
    String csrf,
    List<StatedFigure> freight) {

  /**
   * A stated freight figure as said: a growth rate signed ("+53 %"), a range as a range, a bound as
   * a bound, in the figure's unit.
   */
  public String freightValue(StatedFigure f) {
    java.math.BigDecimal lo = f.valueLow(), hi = f.valueHigh();
    String unit = m.get("unit." + f.unit());
    boolean growth = f.indicator().endsWith("_growth_yoy");
    java.util.function.Function<java.math.BigDecimal, String> n =
        v -> (growth && v.signum() > 0 ? "+" : "") + formats().number(v);
    String v =
        switch (caravan.figures.Bound.of(f)) {
          case AT_MOST -> m.get("freight.upTo", n.apply(hi));
          case AT_LEAST -> "> " + n.apply(lo);
          case EXACT -> n.apply(lo);
          case RANGE -> n.apply(lo) + "–" + n.apply(hi);
        };
    return v + " " + unit;
  }

  /** Numbers and dates in the page's language and the calendar its {@code ?cal=} names. */
  public caravan.text.Formats formats() {
    return caravan.text.Formats.of(m.lang(), LanguageSwitch.param("/?" + query, "cal"));
  }

  /** The language switch: this dashboard, with its query, in each language. */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(
        m, "/pairs/" + pairPath() + (query == null || query.isEmpty() ? "" : "?" + query));
  }

  public String pairPath() {
    return profile.pair().a() + "-" + profile.pair().b();
  }

  /** A country's name in the page's language, as the pair picker lists it. */
  public String countryName(String iso3) {
    return countries.stream()
        .filter(c -> c.getKey().equals(iso3))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(iso3);
  }

  public String apiUrl() {
    return "/api/v1/pairs/"
        + pairPath()
        + "/profile?basis="
        + profile.basis()
        + "&year="
        + profile.period()
        + (profile.target() == null ? "" : "&targetYear=" + profile.target().byYear());
  }

  /**
   * Millions of US dollars, e.g. "340.0 m USD", "1 234,5 млн долл. США"; "no data" when missing.
   */
  public String usd(Double v) {
    if (v == null) return m.get("card.missing");
    return formats().fixed(v / 1e6, 1) + " " + m.get("unit.musd");
  }

  /** A conflict's part in words: the turnover, or the exports one way as the cards name them. */
  public String partName(String part) {
    String a = profile.pair().a();
    String b = profile.pair().b();
    if (part.equals(a + "->" + b)) return m.get("card.exports", a, b);
    if (part.equals(b + "->" + a)) return m.get("card.imports", a, b);
    return m.get("card.turnover");
  }

  /** An amount as stated: a range as "560,0–590,0", a lower bound as "> 340,0", in the locale. */
  public String amount(Profile.Amount a) {
    if (a.valueUsd() == null || a.bound() == null) return usd(a.valueUsd());
    return switch (a.bound()) {
      case "range" -> number(a.lowUsd()) + "–" + usd(a.highUsd());
      case "at_least" -> "> " + usd(a.lowUsd());
      case "at_most" -> "< " + usd(a.highUsd());
      default -> usd(a.valueUsd());
    };
  }

  private String number(Double v) {
    return formats().fixed(v / 1e6, 1);
  }

  /** A stated rate as stated: "> +20.0 %" for "more than 20 %", "< +20.0 %" for "up to 20 %". */
  public String rate(Profile.Change c) {
    String mark =
        switch (c.bound() == null ? "" : c.bound()) {
          case "at_least" -> "> ";
          case "at_most" -> "< ";
          default -> "";
        };
    return mark + pct(c.rate());
  }

  /**
   * A rate as a signed percentage with the language's separators (CLDR through ICU): "+12.3%" in
   * English, "+12,3 %" in Russian.
   */
  public String pct(Double v) {
    if (v == null) return m.get("card.missing");
    return formats().signedPercent(v * 100, 1);
  }

  /** The pair as a title: "Казахстан — Иран". */
  public String pairTitle() {
    return m.get("pair.title", countryName(profile.pair().a()), countryName(profile.pair().b()));
  }

  /**
   * "Товарооборот Казахстана и Ирана": the names in the genitive where the language needs a case
   * and it is known; otherwise the phrase is worded without one ("Товарооборот: Перу — Чили").
   */
  public String turnoverTitle() {
    String a = countryName(profile.pair().a());
    String b = countryName(profile.pair().b());
    if (!"ru".equals(m.lang())) return m.get("pair.turnoverOf", a, b);
    var ga = RussianCases.genitive(a);
    var gb = RussianCases.genitive(b);
    return ga.isPresent() && gb.isPresent()
        ? m.get("pair.turnoverOf", ga.get(), gb.get())
        : m.get("pair.turnoverPair", a, b);
  }

  /** The sources of a figure as "id: who, date" for the hover title. */
  public String sourcesOf(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (Profile.Source s : profile.sources()) {
      if (!ids.contains(s.id())) continue;
      if (sb.length() > 0) sb.append("\n");
      sb.append(s.id()).append(": ").append(s.label());
      if (s.date() != null) sb.append(", ").append(s.date());
      if (s.quote() != null) sb.append(" — «").append(s.quote()).append("»");
    }
    return sb.toString();
  }

  public String basisName() {
    return m.get("basis." + profile.basis());
  }
}
