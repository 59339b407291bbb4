package caravan.web;

import caravan.access.User;
import caravan.claims.ClaimReport;
import caravan.claims.ClaimWords;
import caravan.claims.Verdict;
import caravan.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the claim page shows: the form as sent, and, once a text was checked, the text cut into
 * plain runs and claims (each marked with its verdict and number) and the verdicts with their data.
 */
public record ClaimsPage(
    Messages m,
    User user,
    String csrf,
    String pairPath,
    String title,
    String text,
    String date,
    ClaimReport report,
    String problem) {

  /** A run of the text: plain ({@code verdict} null) or a claim with its number (1-based). */
  public record Run(String text, Verdict verdict, int number) {
    public String outcomeClass() {
      return verdict == null ? null : "claim-" + verdict.outcome().name().toLowerCase();
    }
  }

  public List<Run> runs() {
    List<Run> out = new ArrayList<>();
    if (report == null) return out;
    int at = 0;
    int n = 1;
    for (Verdict v : report.verdicts()) {
      int s = v.claim().start();
      int e = v.claim().end();
      if (s < at || e > text.length()) continue;
      if (s > at) out.add(new Run(text.substring(at, s), null, 0));
      out.add(new Run(text.substring(s, e), v, n++));
      at = e;
    }
    if (at < text.length()) out.add(new Run(text.substring(at), null, 0));
    return out;
  }

  public ClaimWords words() {
    return new ClaimWords(m);
  }

  public String summary() {
    return report == null
        ? ""
        : m.get(
            "claim.summary",
            report.verdicts().size(),
            report.count(Verdict.Outcome.SUPPORTED),
            report.count(Verdict.Outcome.CONTRADICTED),
            report.count(Verdict.Outcome.NOT_CHECKABLE),
            report.date().toString(),
            m.get("claim.dateFrom." + report.dateFrom()));
  }

  public String value(Verdict v) {
    return ClaimWords.value(v.claim());
  }

  /** The language switch: this page, with its query, in each language (and the calendars). */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(
        m,
        "/pairs/" + pairPath + "/claims" + (date == null || date.isBlank() ? "" : "?date=" + date));
  }
}
