package caravan.claims;

import caravan.text.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A verdict in words of one language, for the terminal and the page alike. */
public final class ClaimWords {
  private final Messages m;

  public ClaimWords(Messages m) {
    this.m = m;
  }

  public String outcome(Verdict v) {
    return m.get("claim.outcome." + v.outcome());
  }

  public String subject(Claim c) {
    return c.subject() == null
        ? m.get("claim.subject.none")
        : m.get("claim.subject." + c.subject())
            + (c.direction().equals("total") ? "" : " " + c.direction());
  }

  public String period(Claim c) {
    return c.period() == null ? m.get("claim.period.none") : c.period().label();
  }

  /** The claim's value as the data holds it: "40 percent", "3000 USD_million". */
  public static String value(Claim c) {
    String sign =
        switch (c.bound()) {
          case AT_LEAST -> "> ";
          case AT_MOST -> "< ";
          case ABOUT -> "≈ ";
          default -> "";
        };
    return sign + plain(c.value()) + " " + c.unit();
  }

  public String reason(Verdict v) {
    return m.get(
        "claim.reason." + v.reason(), plain(v.claim().tolerance()) + " " + v.claim().unit());
  }

  /** What the data says: each deciding figure with its period and source, then the others. */
  public String data(Verdict v) {
    String main = figures(v.evidence());
    String rest = v.others().isEmpty() ? "" : "; " + m.get("claim.others", figures(v.others()));
    return main + rest;
  }

  public String evidence(Evidence e) {
    String source = e.reportedBy() == null ? "" : e.reportedBy();
    if (e.sourceUrl() != null) source += " " + e.sourceUrl();
    return m.get(
        "claim.evidence",
        e.id(),
        e.valueText() + " " + e.unit(),
        e.period() == null ? "—" : e.period(),
        source.strip());
  }

  private String figures(List<Evidence> es) {
    return es.stream().map(this::evidence).collect(Collectors.joining("; "));
  }

  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
