package caravan.heritage;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The OAI-PMH 2.0 response schema (OAI-PMH.xsd) and the oai_dc schema (oai_dc.xsd with
 * simpledc20021212.xsd), checked BY HAND: no copy of the published XSD files could be had offline
 * from a package (see src/test/resources/schemas/PROVENANCE.md). Each rule below is one of the
 * schemas' element sequences, enumerations or patterns, for the parts Caravan writes.
 */
public final class OaiRules {
  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
  static final Set<String> VERBS =
      Set.of(
          "Identify",
          "ListMetadataFormats",
          "ListSets",
          "GetRecord",
          "ListIdentifiers",
          "ListRecords");
  static final Set<String> CODES =
      Set.of(
          "cannotDisseminateFormat",
          "idDoesNotExist",
          "badArgument",
          "badVerb",
          "noMetadataFormats",
          "noRecordsMatch",
          "badResumptionToken",
          "noSetHierarchy");
  static final Set<String> DC_ELEMENTS =
      Set.of(
          "title",
          "creator",
          "subject",
          "description",
          "publisher",
          "contributor",
          "date",
          "type",
          "format",
          "identifier",
          "source",
          "language",
          "relation",
          "coverage",
          "rights");
  static final String SET_SPEC =
      "([A-Za-z0-9\\-_\\.!~\\*'\\(\\)])+(:[A-Za-z0-9\\-_\\.!~\\*'\\(\\)]+)*";

  private OaiRules() {}

  public static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** What in {@code xml} the OAI-PMH schema refuses; empty when nothing. */
  public static List<String> problems(String xml) throws Exception {
    List<String> p = new ArrayList<>();
    Element root = parse(xml).getDocumentElement();
    if (!OAI.equals(root.getNamespaceURI()) || !"OAI-PMH".equals(root.getLocalName())) {
      p.add("root: must be OAI-PMH in " + OAI);
      return p;
    }
    List<Element> kids = children(root);
    if (kids.size() < 3) {
      p.add("OAI-PMH: responseDate, request, then errors or the verb's element");
      return p;
    }
    name(p, kids.get(0), "responseDate");
    if (!text(kids.get(0)).matches(UTC)) p.add("responseDate: not a UTC date-time");
    Element request = kids.get(1);
    name(p, request, "request");
    NamedNodeMap attrs = request.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      String a = ((Attr) attrs.item(i)).getName();
      if (!Set.of("verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken")
          .contains(a)) {
        p.add("request: attribute " + a + " is not in the schema");
      }
    }
    if (request.hasAttribute("verb") && !VERBS.contains(request.getAttribute("verb"))) {
      p.add("request: verb not in the enumeration");
    }
    List<Element> rest = kids.subList(2, kids.size());
    if (rest.get(0).getLocalName().equals("error")) {
      for (Element e : rest) {
        name(p, e, "error");
        if (!CODES.contains(e.getAttribute("code"))) p.add("error: code not in the enumeration");
      }
      return p;
    }
    if (rest.size() != 1) p.add("OAI-PMH: exactly one verb element after request");
    Element body = rest.get(0);
    if (!VERBS.contains(body.getLocalName()))
      p.add("OAI-PMH: " + body.getLocalName() + " is no verb");
    switch (body.getLocalName()) {
      case "Identify" -> identify(p, body);
      case "ListMetadataFormats" -> {
        for (Element f : children(body)) {
          name(p, f, "metadataFormat");
          List<Element> fk = children(f);
          sequence(p, fk, "metadataPrefix", "schema", "metadataNamespace");
        }
      }
      case "ListSets" -> listOf(p, body, "set");
      case "GetRecord" -> {
        List<Element> r = children(body);
        if (r.size() != 1) p.add("GetRecord: one record");
        for (Element e : r) record(p, e);
      }
      case "ListIdentifiers" -> listOf(p, body, "header");
      case "ListRecords" -> listOf(p, body, "record");
      default -> {}
    }
    return p;
  }

  private static void identify(List<String> p, Element body) {
    List<Element> k = children(body);
    List<String> names = k.stream().map(Element::getLocalName).toList();
    int emails = (int) names.stream().filter("adminEmail"::equals).count();
    List<String> expected =
        new ArrayList<>(List.of("repositoryName", "baseURL", "protocolVersion"));
    for (int i = 0; i < Math.max(1, emails); i++) expected.add("adminEmail");
    expected.addAll(List.of("earliestDatestamp", "deletedRecord", "granularity"));
    if (!names.subList(0, Math.min(names.size(), expected.size())).equals(expected)) {
      p.add("Identify: children must be " + expected + ", are " + names);
      return;
    }
    for (Element e : k) {
      String t = text(e);
      switch (e.getLocalName()) {
        case "protocolVersion" -> {
          if (!t.equals("2.0")) p.add("protocolVersion: must be 2.0");
        }
        case "adminEmail" -> {
          if (!t.matches("\\S+@(\\S+\\.)+\\S+")) p.add("adminEmail: not an address");
        }
        case "earliestDatestamp" -> {
          if (!t.matches(UTC) && !t.matches("\\d{4}-\\d\\d-\\d\\d")) p.add("earliestDatestamp");
        }
        case "deletedRecord" -> {
          if (!Set.of("no", "persistent", "transient").contains(t)) p.add("deletedRecord");
        }
        case "granularity" -> {
          if (!Set.of("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ").contains(t)) p.add("granularity");
        }
        default -> {}
      }
    }
  }

  private static void listOf(List<String> p, Element body, String item) {
    List<Element> k = children(body);
    if (k.isEmpty()) p.add(body.getLocalName() + ": at least one " + item);
    for (int i = 0; i < k.size(); i++) {
      Element e = k.get(i);
      if (e.getLocalName().equals("resumptionToken")) {
        if (i != k.size() - 1) p.add("resumptionToken: must come last");
        token(p, e);
        continue;
      }
      name(p, e, item);
      switch (item) {
        case "header" -> header(p, e);
        case "record" -> record(p, e);
        case "set" -> {
          List<Element> s = children(e);
          if (s.size() < 2) p.add("set: setSpec and setName");
          else {
            name(p, s.get(0), "setSpec");
            name(p, s.get(1), "setName");
            if (!text(s.get(0)).matches(SET_SPEC)) p.add("setSpec: pattern");
          }
        }
        default -> {}
      }
    }
  }

  private static void token(List<String> p, Element t) {
    if (t.hasAttribute("expirationDate") && !t.getAttribute("expirationDate").matches(UTC)) {
      p.add("resumptionToken: expirationDate");
    }
    if (t.hasAttribute("completeListSize")
        && !t.getAttribute("completeListSize").matches("[1-9]\\d*")) {
      p.add("resumptionToken: completeListSize");
    }
    if (t.hasAttribute("cursor") && !t.getAttribute("cursor").matches("\\d+")) {
      p.add("resumptionToken: cursor");
    }
  }

  private static void record(List<String> p, Element r) {
    name(p, r, "record");
    List<Element> k = children(r);
    if (k.isEmpty()) {
      p.add("record: header first");
      return;
    }
    name(p, k.get(0), "header");
    header(p, k.get(0));
    boolean deleted = "deleted".equals(k.get(0).getAttribute("status"));
    if (k.size() > 1) {
      name(p, k.get(1), "metadata");
      List<Element> md = children(k.get(1));
      if (md.size() != 1) p.add("metadata: one element");
      else p.addAll(dcProblems(md.get(0)));
    } else if (!deleted) {
      p.add("record: metadata, unless deleted");
    }
  }

  private static void header(List<String> p, Element h) {
    if (h.hasAttribute("status") && !h.getAttribute("status").equals("deleted")) {
      p.add("header: status must be deleted");
    }
    List<Element> k = children(h);
    if (k.size() < 2) {
      p.add("header: identifier and datestamp");
      return;
    }
    name(p, k.get(0), "identifier");
    name(p, k.get(1), "datestamp");
    if (!text(k.get(1)).matches(UTC) && !text(k.get(1)).matches("\\d{4}-\\d\\d-\\d\\d")) {
      p.add("datestamp: not a UTC datestamp");
    }
    for (Element s : k.subList(2, k.size())) {
      name(p, s, "setSpec");
      if (!text(s).matches(SET_SPEC)) p.add("setSpec: pattern");
    }
  }

  /** What oai_dc.xsd refuses in {@code dc}: only the fifteen elements, each plain text. */
  public static List<String> dcProblems(Element dc) {
    List<String> p = new ArrayList<>();
    if (!OAI_DC.equals(dc.getNamespaceURI()) || !"dc".equals(dc.getLocalName())) {
      p.add("metadata: must be oai_dc:dc");
      return p;
    }
    for (Element e : children(dc)) {
      if (!DC.equals(e.getNamespaceURI()) || !DC_ELEMENTS.contains(e.getLocalName())) {
        p.add("oai_dc: " + e.getTagName() + " is not a Dublin Core element");
      }
      if (!children(e).isEmpty()) p.add("oai_dc: " + e.getTagName() + " must be text only");
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Attr a = (Attr) attrs.item(i);
        if (!"lang".equals(a.getLocalName())
            || !"http://www.w3.org/XML/1998/namespace".equals(a.getNamespaceURI())) {
          p.add("oai_dc: attribute " + a.getName() + " is not xml:lang");
        }
      }
    }
    return p;
  }

  private static void sequence(List<String> p, List<Element> k, String... names) {
    List<String> got = k.stream().map(Element::getLocalName).toList();
    if (!got.equals(List.of(names))) p.add("expected " + List.of(names) + ", got " + got);
  }

  private static void name(List<String> p, Element e, String name) {
    if (!OAI.equals(e.getNamespaceURI()) || !name.equals(e.getLocalName())) {
      p.add(e.getTagName() + ": expected " + name + " in the OAI namespace");
    }
  }

  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) out.add(el);
    }
    return out;
  }

  static String text(Element e) {
    return e.getTextContent().strip();
  }
}
