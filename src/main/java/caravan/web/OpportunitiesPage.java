package caravan.web;

import caravan.access.User;
import caravan.opportunities.Opportunities;
import caravan.opportunities.OpportunityQuery;
import caravan.opportunities.PreferenceEffect;
import caravan.text.Messages;
import java.util.List;
import java.util.Locale;

/**
 * What the opportunities page shows: the answer (server-rendered, so the list and its reasons work
 * without script), the addresses its charts and CSV links read, and the words around them.
 */
public record OpportunitiesPage(
    Messages m,
    User user,
    String csrf,
    String nameA,
    String nameB,
    OpportunityQuery query,
    Opportunities answer,
    String problem) {

  public String pairPath() {
    return query.a() + "-" + query.b();
  }

  public String title() {
    return m.get("opp.page.title", nameA, nameB);
  }

  /** The API address of the answer as asked (without the language). */
  public String api() {
    StringBuilder q = new StringBuilder("/api/v1/pairs/" + pairPath() + "/opportunities");
    q.append("?limit=").append(query.limit());
    if (query.sector() != null) q.append("&sector=").append(query.sector());
    if (query.year() != null) q.append("&year=").append(query.year());
    q.append("&matrix=").append(query.matrix());
    return q.toString();
  }

  public String spaceApi() {
    return api().replace("/opportunities?", "/opportunities/space?");
  }

  public String csv(String part) {
    return api() + "&format=csv&part=" + part;
  }

  public String langHref(String lang) {
    return "/pairs/"
        + pairPath()
        + "/opportunities?"
        + api().substring(api().indexOf('?') + 1)
        + "&lang="
        + lang;
  }

  public List<String> sectors() {
    return List.of("agriculture", "mining_energy", "medicine", "advanced_technology", "other");
  }

  public String sectorName(String sector) {
    return sector == null ? "" : m.get("sector." + sector);
  }

  public String needs() {
    return String.join(
        ", ", answer.needsImportSide().stream().map(k -> m.get("opp.need." + k)).toList());
  }

  public String source() {
    return answer.importSide()
        ? m.get(
            "opp.source.store",
            String.valueOf(answer.year()),
            answer.exporters(),
            answer.classification())
        : m.get("opp.source.matrix", answer.source(), answer.classification(), answer.exporters());
  }

  /** A loaded BACI year with fewer exporters than a world has: said, not hidden. */
  public boolean partial() {
    return answer.importSide() && answer.exporters() < 100;
  }

  public String agreement(PreferenceEffect e) {
    return e.inForce() == null
        ? m.get("opp.preferences.agreementNoDate", e.agreement(), e.lines())
        : m.get("opp.preferences.agreement", e.agreement(), e.lines(), e.inForce().toString());
  }

  public static String num(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%.3f", d);
  }

  public static String money(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%,.0f", d).replace(',', '\u202f');
  }

  public static String percent(Double d) {
    return d == null ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * d);
  }

  public String dir() {
    return "fa".equals(m.lang()) ? "rtl" : "ltr";
  }

  /** The language switch: this page, with its query, in each language (and the calendars). */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(m, langHref(m.lang()));
  }
}
