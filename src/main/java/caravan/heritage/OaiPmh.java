package caravan.heritage;

import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The catalogue's OAI-PMH 2.0 repository (www.openarchives.org/OAI/openarchivesprotocol.html): the
 * six verbs with {@code oai_dc}, selective harvesting by datestamp and set, lists cut into pages
 * with resumption tokens, and the protocol's errors, answered in the response (never as an HTTP
 * error), as the protocol asks.
 *
 * <p>Datestamps have seconds granularity; {@code from} and {@code until} are taken at either
 * granularity, a day meaning the whole day. Withdrawn records stay listed as deleted ({@code
 * deletedRecord} persistent): the store keeps their rows.
 */
public final class OaiPmh {
  public static final String NS = "http://www.openarchives.org/OAI/2.0/";
  static final String XSD = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
  static final String PREFIX = "oai_dc";
  static final String ID_PREFIX = "oai:caravan:";
  static final Set<String> VERBS =
      Set.of(
          "Identify",
          "ListMetadataFormats",
          "ListSets",
          "ListIdentifiers",
          "ListRecords",
          "GetRecord");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ISO_INSTANT;

  private final Supplier<List<PublishedItem>> items;
  private final Supplier<Map<String, Map<String, String>>> sets;
  private final Clock clock;
  private final int pageSize;
  private final Duration tokenLife;
  private final String adminEmail;
  private final OaiTokens tokens = new OaiTokens();

  /**
   * A repository over {@code catalogue}, {@code pageSize} records a page, each token valid for
   * {@code tokenLife}; {@code adminEmail} is the address Identify gives harvesters.
   */
  public OaiPmh(
      PublishedItems catalogue, Clock clock, int pageSize, Duration tokenLife, String adminEmail) {
    this(catalogue::all, catalogue::collections, clock, pageSize, tokenLife, adminEmail);
  }

  OaiPmh(
      Supplier<List<PublishedItem>> items,
      Supplier<Map<String, Map<String, String>>> sets,
      Clock clock,
      int pageSize,
      Duration tokenLife,
      String adminEmail) {
    if (pageSize < 1) throw new IllegalArgumentException("pageSize must be at least 1");
    this.items = items;
    this.sets = sets;
    this.clock = clock;
    this.pageSize = pageSize;
    this.tokenLife = tokenLife;
    this.adminEmail = adminEmail;
  }

  /** A protocol error: its code and the message for the harvester. */
  record Failure(String code, String message) {}

  private static final class Refused extends RuntimeException {
    final Failure failure;
    // badVerb and badArgument answers echo no arguments in <request>
    final boolean echo;

    Refused(String code, String key, Object... args) {
      super(code, null, false, false);
      this.failure = new Failure(code, words(key, args));
      this.echo = !code.equals("badVerb") && !code.equals("badArgument");
    }
  }

  /**
   * The answer to a request with {@code params} (each argument with every value it was given), for
   * a repository reached at {@code baseUrl} (its address without query; {@code base} the site's).
   */
  public String answer(String baseUrl, String base, Map<String, List<String>> params) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("", "OAI-PMH", NS);
      w.writeDefaultNamespace(NS);
      w.writeNamespace("xsi", DublinCore.XSI_NS);
      w.writeAttribute("xsi", DublinCore.XSI_NS, "schemaLocation", NS + " " + XSD);
      text(w, "responseDate", SECONDS.format(now));
      Request req = null;
      Failure failure = null;
      try {
        req = Request.of(params);
      } catch (Refused r) {
        failure = r.failure;
      }
      if (failure != null) {
        request(w, baseUrl, Map.of());
        error(w, failure);
      } else {
        Body body;
        try {
          body = body(req, baseUrl, base, now);
        } catch (Refused r) {
          body = null;
          failure = r.failure;
          request(w, baseUrl, r.echo ? req.args() : Map.of());
          error(w, failure);
        }
        if (body != null) {
          request(w, baseUrl, req.args());
          body.write(w);
        }
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the OAI-PMH answer", e);
    }
    return out.toString();
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /** A request's verb and arguments, checked against the verb's arguments. */
  private record Request(String verb, Map<String, String> args) {
    static Request of(Map<String, List<String>> params) {
      List<String> verbs = params.getOrDefault("verb", List.of());
      if (verbs.isEmpty()) throw new Refused("badVerb", "pub.oai.badVerb.missing", verbList());
      if (verbs.size() > 1) throw new Refused("badVerb", "pub.oai.badVerb.repeated");
      String verb = verbs.get(0);
      if (!VERBS.contains(verb)) {
        throw new Refused("badVerb", "pub.oai.badVerb.unknown", verb, verbList());
      }
      Map<String, String> args = new java.util.LinkedHashMap<>();
      args.put("verb", verb);
      Set<String> allowed = allowed(verb);
      for (Map.Entry<String, List<String>> e : params.entrySet()) {
        if (e.getKey().equals("verb")) continue;
        if (!allowed.contains(e.getKey())) {
          throw new Refused("badArgument", "pub.oai.badArgument.illegal", e.getKey(), verb);
        }
        if (e.getValue().size() > 1) {
          throw new Refused("badArgument", "pub.oai.badArgument.repeated", e.getKey());
        }
        args.put(e.getKey(), e.getValue().isEmpty() ? "" : e.getValue().get(0));
      }
      if (args.containsKey("resumptionToken") && args.size() > 2) {
        throw new Refused("badArgument", "pub.oai.badArgument.exclusive");
      }
      for (String r : required(verb)) {
        if (!args.containsKey("resumptionToken") && !args.containsKey(r)) {
          throw new Refused("badArgument", "pub.oai.badArgument.missing", verb, r);
        }
      }
      return new Request(verb, args);
    }

    String arg(String name) {
      return args.get(name);
    }

    private static Set<String> allowed(String verb) {
      return switch (verb) {
        case "ListMetadataFormats" -> Set.of("identifier");
        case "ListSets" -> Set.of("resumptionToken");
        case "ListIdentifiers", "ListRecords" ->
            Set.of("metadataPrefix", "from", "until", "set", "resumptionToken");
        case "GetRecord" -> Set.of("identifier", "metadataPrefix");
        default -> Set.of();
      };
    }

    private static List<String> required(String verb) {
      return switch (verb) {
        case "ListIdentifiers", "ListRecords" -> List.of("metadataPrefix");
        case "GetRecord" -> List.of("identifier", "metadataPrefix");
        default -> List.of();
      };
    }
  }

  private static String verbList() {
    return String.join(", ", VERBS.stream().sorted().toList());
  }

  private Body body(Request req, String baseUrl, String base, Instant now) {
    return switch (req.verb()) {
      case "Identify" -> identify(baseUrl);
      case "ListMetadataFormats" -> formats(req);
      case "ListSets" -> listSets(req);
      case "GetRecord" -> getRecord(req, base);
      default -> list(req, base, now);
    };
  }

  private Body identify(String baseUrl) {
    Instant earliest =
        items.get().stream()
            .map(PublishedItem::changed)
            .min(Instant::compareTo)
            .orElse(Instant.EPOCH)
            .truncatedTo(ChronoUnit.SECONDS);
    return w -> {
      w.writeStartElement(NS, "Identify");
      text(w, "repositoryName", words("pub.oai.repositoryName"));
      text(w, "baseURL", baseUrl);
      text(w, "protocolVersion", "2.0");
      text(w, "adminEmail", adminEmail);
      text(w, "earliestDatestamp", SECONDS.format(earliest));
      text(w, "deletedRecord", "persistent");
      text(w, "granularity", "YYYY-MM-DDThh:mm:ssZ");
      w.writeEndElement();
    };
  }

  private Body formats(Request req) {
    String id = req.arg("identifier");
    if (id != null) item(id);
    return w -> {
      w.writeStartElement(NS, "ListMetadataFormats");
      w.writeStartElement(NS, "metadataFormat");
      text(w, "metadataPrefix", PREFIX);
      text(w, "schema", DublinCore.OAI_DC_XSD);
      text(w, "metadataNamespace", DublinCore.OAI_DC_NS);
      w.writeEndElement();
      w.writeEndElement();
    };
  }

  private Body listSets(Request req) {
    // every set fits one page: a token can only be one this repository never gave
    if (req.arg("resumptionToken") != null) {
      throw new Refused("badResumptionToken", "pub.oai.badResumptionToken");
    }
    Map<String, Map<String, String>> all = sets.get();
    if (all.isEmpty()) throw new Refused("noSetHierarchy", "pub.oai.noSetHierarchy");
    return w -> {
      w.writeStartElement(NS, "ListSets");
      for (Map.Entry<String, Map<String, String>> s : new java.util.TreeMap<>(all).entrySet()) {
        w.writeStartElement(NS, "set");
        text(w, "setSpec", s.getKey());
        Map<String, String> names = s.getValue();
        text(
            w,
            "setName",
            names.getOrDefault(
                "en", names.isEmpty() ? s.getKey() : names.values().iterator().next()));
        w.writeEndElement();
      }
      w.writeEndElement();
    };
  }

  private Body getRecord(Request req, String base) {
    PublishedItem item = item(req.arg("identifier"));
    format(req.arg("metadataPrefix"));
    return w -> {
      w.writeStartElement(NS, "GetRecord");
      record(w, item, base);
      w.writeEndElement();
    };
  }

  private Body list(Request req, String base, Instant now) {
    boolean records = req.verb().equals("ListRecords");
    OaiTokens.State state;
    String token = req.arg("resumptionToken");
    if (token != null) {
      state =
          tokens
              .decode(token)
              .filter(s -> s.verb().equals(req.verb()))
              .filter(s -> s.expires().isAfter(now))
              .orElseThrow(() -> new Refused("badResumptionToken", "pub.oai.badResumptionToken"));
    } else {
      format(req.arg("metadataPrefix"));
      state =
          new OaiTokens.State(
              req.verb(), PREFIX, req.arg("from"), req.arg("until"), req.arg("set"), 0, now);
    }
    Instant from = bound(state.from(), "from", false);
    Instant until = bound(state.until(), "until", true);
    if (state.from() != null && state.until() != null) {
      if (state.from().length() != state.until().length()) {
        throw new Refused("badArgument", "pub.oai.badArgument.granularity");
      }
      if (from.isAfter(until)) {
        throw new Refused("badArgument", "pub.oai.badArgument.order", state.from(), state.until());
      }
    }
    if (state.set() != null && sets.get().isEmpty()) {
      throw new Refused("noSetHierarchy", "pub.oai.noSetHierarchy");
    }
    List<PublishedItem> matching =
        items.get().stream()
            .filter(i -> from == null || !stamp(i).isBefore(from))
            .filter(i -> until == null || !stamp(i).isAfter(until))
            .filter(i -> state.set() == null || inSet(i, state.set()))
            .toList();
    if (matching.isEmpty()) throw new Refused("noRecordsMatch", "pub.oai.noRecordsMatch");
    int cursor = state.cursor();
    if (cursor < 0 || cursor >= matching.size()) {
      throw new Refused("badResumptionToken", "pub.oai.badResumptionToken");
    }
    List<PublishedItem> page =
        matching.subList(cursor, Math.min(matching.size(), cursor + pageSize));
    int next = cursor + page.size();
    Instant expires = now.plus(tokenLife);
    String nextToken =
        next < matching.size()
            ? tokens.encode(
                new OaiTokens.State(
                    state.verb(),
                    state.prefix(),
                    state.from(),
                    state.until(),
                    state.set(),
                    next,
                    expires))
            : null;
    boolean paged = token != null || nextToken != null;
    return w -> {
      w.writeStartElement(NS, req.verb());
      for (PublishedItem i : page) {
        if (records) {
          record(w, i, base);
        } else {
          header(w, i);
        }
      }
      if (paged) {
        w.writeStartElement(NS, "resumptionToken");
        if (nextToken != null) w.writeAttribute("expirationDate", SECONDS.format(expires));
        w.writeAttribute("completeListSize", Integer.toString(matching.size()));
        w.writeAttribute("cursor", Integer.toString(cursor));
        if (nextToken != null) w.writeCharacters(nextToken);
        w.writeEndElement();
      }
      w.writeEndElement();
    };
  }

  private static boolean inSet(PublishedItem i, String set) {
    for (String c : i.collections()) {
      if (c.equals(set) || c.startsWith(set + ":")) return true;
    }
    return false;
  }

  private static Instant stamp(PublishedItem i) {
    return i.changed().truncatedTo(ChronoUnit.SECONDS);
  }

  /** A from or until argument as an instant (a day's first or last second), or null if absent. */
  private static Instant bound(String value, String name, boolean end) {
    if (value == null) return null;
    try {
      if (value.length() == 10) {
        LocalDate d = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        Instant start = d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return end ? start.plus(1, ChronoUnit.DAYS).minusSeconds(1) : start;
      }
      if (value.length() == 20 && value.endsWith("Z") && value.charAt(10) == 'T') {
        return Instant.parse(value);
      }
    } catch (DateTimeParseException e) {
      // told below, as for any other shape
    }
    throw new Refused("badArgument", "pub.oai.badArgument.date", value, name);
  }

  private void format(String prefix) {
    if (!PREFIX.equals(prefix)) {
      throw new Refused("cannotDisseminateFormat", "pub.oai.cannotDisseminateFormat", prefix);
    }
  }

  private PublishedItem item(String identifier) {
    Optional<PublishedItem> found =
        identifier != null && identifier.startsWith(ID_PREFIX)
            ? items.get().stream()
                .filter(i -> i.id().equals(identifier.substring(ID_PREFIX.length())))
                .findFirst()
            : Optional.empty();
    return found.orElseThrow(
        () -> new Refused("idDoesNotExist", "pub.oai.idDoesNotExist", identifier));
  }

  private static void record(XMLStreamWriter w, PublishedItem i, String base)
      throws XMLStreamException {
    w.writeStartElement(NS, "record");
    header(w, i);
    if (!i.deleted()) {
      w.writeStartElement(NS, "metadata");
      DublinCore.write(w, i, base);
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void header(XMLStreamWriter w, PublishedItem i) throws XMLStreamException {
    w.writeStartElement(NS, "header");
    if (i.deleted()) w.writeAttribute("status", "deleted");
    text(w, "identifier", ID_PREFIX + i.id());
    text(w, "datestamp", SECONDS.format(stamp(i)));
    for (String c : i.collections()) text(w, "setSpec", c);
    w.writeEndElement();
  }

  private static void request(XMLStreamWriter w, String baseUrl, Map<String, String> args)
      throws XMLStreamException {
    w.writeStartElement(NS, "request");
    for (Map.Entry<String, String> a : args.entrySet()) w.writeAttribute(a.getKey(), a.getValue());
    w.writeCharacters(baseUrl);
    w.writeEndElement();
  }

  private static void error(XMLStreamWriter w, Failure f) throws XMLStreamException {
    w.writeStartElement(NS, "error");
    w.writeAttribute("code", f.code());
    w.writeCharacters(f.message());
    w.writeEndElement();
  }

  private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(NS, name);
    if (value != null) w.writeCharacters(value);
    w.writeEndElement();
  }

  static String words(String key, Object... args) {
    String pattern = PublishWords.one("en", key);
    if (pattern == null) return key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }
}
