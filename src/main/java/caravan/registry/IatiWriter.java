package caravan.registry;

import caravan.text.Countries;
import caravan.text.InvalidValueException;
import caravan.text.SafeText;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes projects as IATI 2.03 activities, children in the schema's sequence order:
 *
 * <ol>
 *   <li>iati-identifier {@code {reporting-org ref}-{project id}}; reporting-org;
 *   <li>title (the English title; the activity's {@code xml:lang} is en); description type 1
 *       (sector, region, the amount as stated, the stage's wording, notes);
 *   <li>participating-org per investor (role from the role text, see {@link IatiCodes#role}); no
 *       type, since the registry does not record ownership; a project without named investors gets
 *       one Funding org "Investor not named in the source" with the investors' country;
 *   <li>activity-status (see {@link IatiCodes#status});
 *   <li>activity-date: see {@link IatiDates}; a project without any date is left out and named in
 *       the export's report and in a comment at the head of the document;
 *   <li>recipient-country, one or both sides of the project's pair (see {@link
 *       IatiCodes#recipients}), 50 % each when both;
 *   <li>sector: vocabulary 4 (NACE) for a NACE-shaped code, else 99 (reporting organisation's own)
 *       with the text as narrative;
 *   <li>budget per yearly budget (type 1 Original, status 1 Indicative);
 *   <li>transaction 11 Incoming Commitment for the stated amount, once financing, construction or
 *       operation is reached: the low bound of a range, the range in its description;
 *   <li>document-link per source (category A12, the quote as description);
 *   <li>result (type 2 Outcome) per indicator linked through a decision, measure 1 Unit with the
 *       unit in the title, baseline, a target period and a period per actual.
 * </ol>
 */
final class IatiWriter {
  private static final Set<Project.Stage> COMMITTED =
      Set.of(Project.Stage.FINANCING, Project.Stage.CONSTRUCTION, Project.Stage.OPERATING);

  private final String ref;
  private final String name;
  private final Countries countries;
  private final Instant now;

  IatiWriter(String ref, String name, Countries countries, Instant now) {
    checkReportingOrg(ref, name);
    this.ref = ref;
    this.name = name;
    this.countries = countries;
    this.now = now.truncatedTo(ChronoUnit.SECONDS);
  }

  /** Refuses a missing or malformed reporting organisation, naming the option that sets it. */
  static void checkReportingOrg(String ref, String name) {
    // Caravan has no IATI identifier of its own: the publisher names itself, and no placeholder
    // is ever written as if it were a registered organisation.
    if (ref == null || ref.isBlank()) {
      throw new InvalidValueException(
          caravan.text.Text.of("reg.iati.noRef"), Map.of("field", "reportingOrgRef", "value", ""));
    }
    if (!ref.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
      throw new InvalidValueException(
          caravan.text.Text.of("reg.iati.badRef", ref),
          Map.of("field", "reportingOrgRef", "value", ref));
    }
    if (name == null || name.isBlank()) {
      throw new InvalidValueException(
          caravan.text.Text.of("reg.iati.noName"),
          Map.of("field", "reportingOrgName", "value", ""));
    }
  }

  IatiExport write(List<Project> projects, Map<String, List<Indicator>> results, OutputStream out) {
    List<caravan.text.Text> left = new ArrayList<>();
    for (Project p : projects) {
      if (IatiDates.start(p).isEmpty()) left.add(IatiDates.leftOut(p));
    }
    List<String> leftOut = left.stream().map(caravan.text.Text::english).toList();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      Xml w = new Xml(x);
      x.writeStartDocument("UTF-8", "1.0");
      if (!leftOut.isEmpty()) {
        x.writeCharacters("\n");
        // "--" may not appear in an XML comment
        x.writeComment(
            " Left out, IATI requires an activity date and none is known: "
                + SafeText.xml(String.join("; ", leftOut)).replace("--", "- -")
                + " ");
      }
      w.start("iati-activities").attr("version", "2.03").attr("generated-datetime", now);
      int written = 0;
      for (Project p : projects) {
        var start = IatiDates.start(p);
        if (start.isEmpty()) continue;
        activity(w, p, start.get(), results.getOrDefault(p.id(), List.of()));
        written++;
      }
      w.end();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      return new IatiExport(written, left);
    } catch (XMLStreamException e) {
      throw new RegistryException(
          caravan.text.Text.of("reg.io.iati", String.valueOf(e.getMessage())),
          java.util.Map.of(),
          e);
    }
  }

  private void activity(Xml w, Project p, IatiDates.Start start, List<Indicator> indicators)
      throws XMLStreamException {
    w.start("iati-activity").attr("last-updated-datetime", now).lang("en");
    if (p.currency() != null) w.attr("default-currency", p.currency());
    w.text("iati-identifier", ref + "-" + p.id());
    w.start("reporting-org").attr("ref", ref).attr("type", IatiCodes.reporterType(ref));
    w.narrative(name).end();
    w.start("title").narrative(p.title()).end();
    w.start("description").attr("type", 1).narrative(description(p)).end();
    participants(w, p);
    w.empty("activity-status").attr("code", IatiCodes.status(p));
    w.start("activity-date").attr("type", start.type()).attr("iso-date", start.isoDate());
    w.narrative(start.narrative()).end();
    List<String> recipients = IatiCodes.recipients(p, countries);
    for (String c : recipients) {
      w.empty("recipient-country").attr("code", c);
      if (recipients.size() > 1) w.attr("percentage", 100 / recipients.size());
    }
    sector(w, p);
    for (Project.Budget b : p.budgets()) {
      w.start("budget").attr("type", 1).attr("status", 1);
      w.empty("period-start").attr("iso-date", LocalDate.of(b.year(), 1, 1));
      w.empty("period-end").attr("iso-date", LocalDate.of(b.year(), 12, 31));
      value(w, b.amount(), b.currency(), LocalDate.of(b.year(), 1, 1));
      w.end();
    }
    commitment(w, p);
    for (Source s : p.sources()) documentLink(w, s);
    for (Indicator i : indicators) result(w, i);
    w.end();
  }

  private static String description(Project p) {
    List<String> parts = new ArrayList<>();
    if (p.sectorText() != null) parts.add("Sector: " + p.sectorText() + ".");
    if (p.region() != null) parts.add("Region: " + p.region() + ".");
    if (p.amountLow() != null) parts.add("Amount as stated: " + amount(p) + ".");
    if (!p.stages().isEmpty()) {
      Project.StageChange last = p.stages().get(p.stages().size() - 1);
      parts.add(
          "Stage: "
              + last.stage().name().toLowerCase()
              + (last.note() == null ? "" : " (" + last.note() + ")")
              + (last.date() == null ? "" : ", " + last.date())
              + ".");
    }
    if (p.jobs() != null) parts.add("Jobs: " + p.jobs() + ".");
    if (p.notes() != null) parts.add(p.notes());
    return parts.isEmpty() ? p.title() : String.join("\n", parts);
  }

  private static String amount(Project p) {
    String low = number(p.amountLow());
    boolean range = p.amountHigh() != null && p.amountHigh().compareTo(p.amountLow()) != 0;
    return (range ? low + "–" + number(p.amountHigh()) : low) + " " + p.currency();
  }

  private static void participants(Xml w, Project p) throws XMLStreamException {
    if (p.investors().isEmpty()) {
      List<String> cs = IatiCodes.investorCountries(p);
      String from = cs.isEmpty() ? "" : " (" + String.join(", ", cs) + ")";
      w.start("participating-org").attr("role", 1);
      w.narrative("Investor not named in the source" + from).end();
      return;
    }
    for (Project.Investor i : p.investors()) {
      w.start("participating-org").attr("role", IatiCodes.role(i.role()));
      w.narrative(i.name()).end();
    }
  }

  private static void sector(Xml w, Project p) throws XMLStreamException {
    if (p.sectorCode() != null && IatiCodes.nace(p.sectorCode())) {
      w.start("sector").attr("vocabulary", 4).attr("code", p.sectorCode());
      w.narrative(p.sectorText() == null ? "NACE " + p.sectorCode() : p.sectorText()).end();
    } else if (p.sectorCode() != null || p.sectorText() != null) {
      String code =
          p.sectorCode() != null ? p.sectorCode() : IatiCodes.ownSectorCode(p.sectorText());
      w.start("sector").attr("vocabulary", 99).attr("code", code);
      w.narrative(p.sectorText() == null ? p.sectorCode() : p.sectorText()).end();
    }
  }

  private static void commitment(Xml w, Project p) throws XMLStreamException {
    if (p.amountLow() == null || p.stage().isEmpty() || !COMMITTED.contains(p.stage().get())) {
      return;
    }
    PartialDate when = null;
    for (Project.StageChange s : p.stages()) {
      if (when == null && s.date() != null && COMMITTED.contains(s.stage())) when = s.date();
    }
    boolean reported = when == null;
    if (reported) {
      when = p.sources().stream().map(Source::date).filter(d -> d != null).findFirst().orElse(null);
    }
    if (when == null) return;
    w.start("transaction");
    w.empty("transaction-type").attr("code", 11);
    w.empty("transaction-date").attr("iso-date", when.start());
    value(w, p.amountLow(), p.currency(), when.start());
    boolean range = p.amountHigh() != null && p.amountHigh().compareTo(p.amountLow()) != 0;
    w.start("description")
        .narrative(
            "Investment as stated: "
                + amount(p)
                + (range ? " (the low bound is reported)" : "")
                + (reported ? "; not dated, reported on " : "; date ")
                + when
                + (when.day() == null ? " (first day of the period given)" : ""))
        .end();
    if (!p.investors().isEmpty()) {
      w.start("provider-org").narrative(p.investors().get(0).name()).end();
    }
    w.end();
  }

  private static void value(Xml w, BigDecimal amount, String currency, LocalDate date)
      throws XMLStreamException {
    w.start("value").attr("value-date", date);
    if (currency != null) w.attr("currency", currency);
    w.chars(number(amount)).end();
  }

  private static void documentLink(Xml w, Source s) throws XMLStreamException {
    // only a web address is a link: a record stored before the check may hold javascript:
    String url = s.link();
    if (url == null) return;
    w.start("document-link").attr("url", url).attr("format", IatiCodes.format(url));
    String host = host(url);
    w.start("title").narrative(host + (s.date() == null ? "" : ", " + s.date())).end();
    if (s.quote() != null) w.start("description").narrative(s.quote()).end();
    w.empty("category").attr("code", "A12");
    if (s.date() != null) w.empty("document-date").attr("iso-date", s.date().start());
    w.end();
  }

  /** A number without exponent or trailing zeros: 1200.0 → 1200. */
  private static String number(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? url : h.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static void result(Xml w, Indicator i) throws XMLStreamException {
    String title = i.title() != null ? i.title() : i.indicator();
    w.start("result").attr("type", 2);
    w.start("title").narrative(title).end();
    w.start("indicator").attr("measure", 1);
    w.start("title").narrative(title + " (" + i.unit() + ")").end();
    if (i.target() != null && i.targetYear() == null) {
      // a period needs dates: a target stated without a year can only be said in words
      w.start("description")
          .narrative(
              "Target as stated: "
                  + number(i.target())
                  + " "
                  + i.unit()
                  + "; no year was stated, so no target period is given")
          .end();
    }
    if (i.baseline() != null && i.baselineYear() != null) {
      w.empty("baseline").attr("year", i.baselineYear()).attr("value", number(i.baseline()));
    }
    if (i.target() != null && i.targetYear() != null) {
      w.start("period");
      w.empty("period-start").attr("iso-date", LocalDate.of(i.targetYear(), 1, 1));
      w.empty("period-end").attr("iso-date", LocalDate.of(i.targetYear(), 12, 31));
      w.empty("target").attr("value", number(i.target()));
      w.end();
    }
    for (Indicator.Actual a : i.actuals()) {
      w.start("period");
      w.empty("period-start").attr("iso-date", a.period().start());
      w.empty("period-end").attr("iso-date", a.period().end());
      w.empty("actual").attr("value", number(a.value()));
      w.end();
    }
    w.end();
    w.end();
  }

  /** XMLStreamWriter with indentation and chaining; {@code empty} elements close themselves. */
  private static final class Xml {
    private final XMLStreamWriter x;
    private int depth;
    private boolean textOnly;

    Xml(XMLStreamWriter x) {
      this.x = x;
    }

    Xml start(String element) throws XMLStreamException {
      indent();
      x.writeStartElement(element);
      depth++;
      return this;
    }

    Xml empty(String element) throws XMLStreamException {
      indent();
      x.writeEmptyElement(element);
      return this;
    }

    Xml attr(String name, Object value) throws XMLStreamException {
      x.writeAttribute(name, SafeText.xml(String.valueOf(value)));
      return this;
    }

    Xml lang(String lang) throws XMLStreamException {
      x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
      return this;
    }

    Xml text(String element, String text) throws XMLStreamException {
      start(element).chars(text);
      return end();
    }

    Xml narrative(String text) throws XMLStreamException {
      return text("narrative", text);
    }

    /** Text content: the element closes on the same line. */
    Xml chars(String text) throws XMLStreamException {
      x.writeCharacters(SafeText.xml(text));
      textOnly = true;
      return this;
    }

    Xml end() throws XMLStreamException {
      depth--;
      if (!textOnly) indent();
      textOnly = false;
      x.writeEndElement();
      return this;
    }

    private void indent() throws XMLStreamException {
      x.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
