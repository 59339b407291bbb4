package caravan.web;

import caravan.access.User;
import caravan.text.Messages;
import caravan.text.RussianCases;
import caravan.trade.Profile;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;

/** What the dashboard template shows, with the formatting it needs. */
public record DashboardPage(
    Messages m,
    Profile profile,
    List<Map.Entry<String, String>> countries,
    String query,
    User user,
    String csrf) {

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
        + profile.period();
  }

  /**
   * Millions of US dollars, e.g. "340.0 m USD", "1 234,5 млн долл. США"; "no data" when missing.
   */
  public String usd(Double v) {
    if (v == null) return m.get("card.missing");
    return NumberFormatter.withLocale(ULocale.forLanguageTag(m.lang()))
            .precision(Precision.fixedFraction(1))
            .format(v / 1e6)
        + " "
        + m.get("unit.musd");
  }

  /**
   * A rate as a signed percentage with the language's separators (CLDR through ICU): "+12.3%" in
   * English, "+12,3 %" in Russian.
   */
  public String pct(Double v) {
    if (v == null) return m.get("card.missing");
    return NumberFormatter.withLocale(ULocale.forLanguageTag(m.lang()))
        .unit(MeasureUnit.PERCENT)
        .precision(Precision.fixedFraction(1))
        .sign(NumberFormatter.SignDisplay.EXCEPT_ZERO)
        .format(v * 100)
        .toString();
  }

  /**
   * A projection's pace in the page's language. The profile names its paces in English words ("CAGR
   * 2019–2024", "stated growth 2025-01..2025-10 (S01)"); their shape is read here so that a Russian
   * page says «среднегодовой рост 2019–2024», «заявленный рост …».
   */
  public String pace(String pace) {
    if (pace == null) return null;
    java.util.regex.Matcher cagr = java.util.regex.Pattern.compile("CAGR (.+)").matcher(pace);
    if (cagr.matches()) return m.get("pace.cagr", cagr.group(1));
    java.util.regex.Matcher stated =
        java.util.regex.Pattern.compile("stated growth (.+)").matcher(pace);
    if (stated.matches()) return m.get("pace.stated", stated.group(1));
    return pace;
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
