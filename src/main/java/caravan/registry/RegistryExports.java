package caravan.registry;

import caravan.text.Countries;
import caravan.trade.WorldDemand;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The registry in and out: JSON and CSV for every entity (export, and all-or-nothing import that
 * keeps ids), IATI 2.03 activity XML for projects, iCalendar for events and decision deadlines, and
 * partner matching for a partner request.
 *
 * <p>Formats:
 *
 * <ul>
 *   <li>JSON: one document, {@code {"format": "caravan-registry", "formatVersion": 1, "agreements":
 *       [...], "sessions": [...], "indicators": [...], "projects": [...], "organisations": [...],
 *       "decisions": [...], "partnerRequests": [...], "events": [...], "heritageItems": [...]}},
 *       each record as Jackson writes it (its components, with id and version).
 *   <li>CSV: one file per entity, a column per record component in declaration order. Plain values
 *       are plain cells; <b>nested values (lists, language maps, investors, stages, sources,
 *       actuals, links) are a JSON cell</b>. Empty cells are null.
 *   <li>IATI: see {@link #exportIati(OutputStream, String, String)}.
 *   <li>iCalendar: see {@link #exportICalendar(Writer)}.
 * </ul>
 *
 * <p>Imports keep the ids of the file, so links between records survive a round trip; an id already
 * in the registry (deleted ones included) makes the whole import fail. Every record is checked
 * first by the service's rules, links may point into the same import, and either all records are
 * written in one transaction or none.
 */
public final class RegistryExports {
  /**
   * A partner match: an {@code organisation} or a {@code partner-request} of the other side, its
   * score (higher is better: 3, 2 or 1 per HS code shared at subheading, heading or chapter level,
   * plus log10(1 + millions of USD) the buyer imports of those products from the world) and the
   * reasons in plain words.
   */
  public record Match(
      String kind,
      String id,
      String name,
      double score,
      @com.fasterxml.jackson.annotation.JsonIgnore List<caravan.text.Text> reasonTexts) {
    public Match {
      reasonTexts = List.copyOf(reasonTexts);
    }

    /** Why it fits, in English (the API's words). */
    @com.fasterxml.jackson.annotation.JsonProperty("reasons")
    public List<String> reasons() {
      return reasons("en");
    }

    /** Why it fits, in {@code lang}. */
    public List<String> reasons(String lang) {
      return reasonTexts.stream().map(t -> t.in(lang)).toList();
    }
  }

  private final RegistryService registry;
  private final ExportBatch batch;
  private final PartnerMatcher matcher;
  private final Countries countries;
  private final Clock clock;

  /**
   * @param registry the registry read for exports and matching
   * @param jdbi the registry's database, for imports that keep ids in one transaction
   * @param countries to check imported country codes, name countries in reasons and find an IATI
   *     recipient named in a project's region
   * @param demand what countries import from the world, for match evidence; null for none
   * @param clock the time written as generated, and "today" for expired requests
   */
  public RegistryExports(
      RegistryService registry, Jdbi jdbi, Countries countries, WorldDemand demand, Clock clock) {
    this.registry = registry;
    this.batch = new ExportBatch(jdbi, countries, clock, registry);
    this.matcher = new PartnerMatcher(registry, countries, demand, clock);
    this.countries = countries;
    this.clock = clock;
  }

  /**
   * The pair a user wrote ({@code KAZ-TUR} or {@code 398-792}), checked against the country list;
   * null or blank gives null (every pair).
   */
  public Pair pair(String text) {
    return registry.pair(text);
  }

  /** The entity names {@link #entity(String)} knows: agreement, session, indicator, … */
  public static List<String> entityNames() {
    return ExportEntities.ALL.stream().map(ExportEntities.Entity::name).toList();
  }

  /** The record type of an entity name such as {@code project} or {@code partner-request}. */
  public static Class<? extends RegistryRecord> entity(String name) {
    return ExportEntities.named(name).type();
  }

  /** Writes every live record as one JSON document (UTF-8); leaves {@code out} open. */
  public void exportJson(OutputStream out) {
    exportJson(null, out);
  }

  /**
   * Writes the live records of {@code pair} (null: of every pair), each with its pair, as one JSON
   * document (UTF-8); leaves {@code out} open.
   */
  public void exportJson(Pair pair, OutputStream out) {
    ExportJson.write(t -> registry.list(t, RegistryFilter.pair(pair)), out);
  }

  /**
   * Imports a document written by {@link #exportJson(OutputStream)}, all or nothing; returns the
   * records written. A {@link ValidationException} lists every problem (as {@code projects[3]:
   * field: reason} or {@code Project PRJ-001: field: reason}) and nothing is written.
   */
  public int importJson(InputStream in, String user) {
    return importJson(in, null, user);
  }

  /**
   * As {@link #importJson(InputStream, String)}, the document named {@code file} in problems
   * ({@code file:line: document: reason}).
   */
  public int importJson(InputStream in, String file, String user) {
    return batch.insertAll(ExportJson.read(in, file), user);
  }

  /** Writes the live records of one entity as CSV (RFC 4180, CRLF); leaves {@code out} open. */
  public <T extends RegistryRecord> void exportCsv(Class<T> type, Writer out) {
    exportCsv(type, null, out);
  }

  /** As {@link #exportCsv(Class, Writer)}, the records of {@code pair} only (null: every pair). */
  public <T extends RegistryRecord> void exportCsv(Class<T> type, Pair pair, Writer out) {
    ExportCsv.write(type, registry.list(type, RegistryFilter.pair(pair)), out);
  }

  /**
   * Imports a CSV written by {@link #exportCsv(Class, Writer)}, all or nothing; returns the records
   * written. Problems name the line: {@code line 3: sources: not JSON (…)}.
   */
  public <T extends RegistryRecord> int importCsv(Class<T> type, Reader in, String user) {
    return batch.insertAll(ExportCsv.read(type, in), user);
  }

  /**
   * As {@link #importCsv(Class, Reader, String)}, from the file's bytes: decoded strictly as UTF-8
   * (a Latin-1, UTF-16 or binary file is refused in words, a leading byte order mark dropped), its
   * problems named {@code file:line: column: reason}.
   */
  public <T extends RegistryRecord> int importCsv(
      Class<T> type, InputStream in, String file, String user) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw CsvText.refused(
          file,
          List.of(
              CsvText.at(
                  file,
                  1,
                  "file",
                  caravan.text.Text.of("reg.json.unreadable", String.valueOf(e.getMessage())))));
    }
    return batch.insertAll(ExportCsv.read(type, CsvText.decode(bytes, file), file), user);
  }

  /**
   * Writes the live projects as IATI 2.03 activities (UTF-8), valid against {@code
   * iati-activities-schema.xsd}: one {@code iati-activity} per project, identified {@code
   * {reportingOrgRef}-{project id}}, with the indicators that a commission decision links to the
   * project as {@code result} elements. What each element is made from is documented on {@code
   * IatiWriter}. The reporting organisation is the publisher's: without its identifier and name an
   * {@link caravan.text.InvalidValueException} says so (Caravan writes no placeholder). Projects
   * with no known date are left out and named in the returned report.
   */
  public IatiExport exportIati(OutputStream out, String reportingOrgRef, String reportingOrgName) {
    return exportIati(null, out, reportingOrgRef, reportingOrgName);
  }

  /** As {@link #exportIati(OutputStream, String, String)}, the projects of {@code pair} only. */
  public IatiExport exportIati(
      Pair pair, OutputStream out, String reportingOrgRef, String reportingOrgName) {
    RegistryFilter f = RegistryFilter.pair(pair);
    List<Project> projects = registry.list(Project.class, f);
    List<Decision> decisions = registry.list(Decision.class, f);
    List<Indicator> indicators = registry.list(Indicator.class, f);
    return new IatiWriter(reportingOrgRef, reportingOrgName, countries, clock.instant())
        .write(projects, IatiResults.linked(projects, decisions, indicators), out);
  }

  /**
   * Refuses (an {@link caravan.text.InvalidValueException} naming the option) a missing or
   * malformed IATI reporting organisation, so a door can check before any work.
   */
  public static void checkReportingOrg(String reportingOrgRef, String reportingOrgName) {
    IatiWriter.checkReportingOrg(reportingOrgRef, reportingOrgName);
  }

  /**
   * Writes events with a start date and decisions with a deadline as an RFC 5545 calendar: one
   * all-day VEVENT each, UID {@code {id}@caravan} (a deadline's {@code {id}-deadline@caravan}),
   * stable across exports; CRLF lines folded at 75 octets.
   */
  public void exportICalendar(Writer out) {
    exportICalendar(null, out);
  }

  /** As {@link #exportICalendar(Writer)}, the events and deadlines of {@code pair} only. */
  public void exportICalendar(Pair pair, Writer out) {
    RegistryFilter f = RegistryFilter.pair(pair);
    List<Event> events = new ArrayList<>(registry.list(Event.class, f));
    List<Decision> decisions = registry.list(Decision.class, f);
    new ICalendarWriter(clock.instant()).write(events, decisions, out);
  }

  /**
   * Organisations of the other side, and its partner requests of the opposite direction (an offer
   * matches demands), that share HS codes with the request, best first, within the request's pair.
   * The request's organisation must have a country of the pair to tell the sides apart. Expired
   * requests are left out. A {@code NotFoundException} when the request does not exist.
   */
  public List<Match> match(String requestId) {
    return matcher.match(null, requestId);
  }

  /**
   * As {@link #match(String)} for a request of {@code pair} (null: the request's own pair); a
   * request of another pair is not found in this one.
   */
  public List<Match> match(Pair pair, String requestId) {
    return matcher.match(pair, requestId);
  }
}
