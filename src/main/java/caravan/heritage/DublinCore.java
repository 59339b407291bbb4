package caravan.heritage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A record in simple Dublin Core (the fifteen elements, as OAI-PMH's {@code oai_dc} carries them),
 * as XML and as JSON-LD. Titles carry their language; the holder and shelfmark are the {@code
 * source} the copy derives from; the pages the facts were read from, the manifest and the holder's
 * pages are {@code relation}s.
 */
public final class DublinCore {
  public static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  public static final String OAI_DC_XSD = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
  public static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One element's value, with its language where known. */
  public record Value(String element, String text, String lang) {}

  private DublinCore() {}

  /** The values of {@code item}, published under {@code base}. */
  public static List<Value> values(PublishedItem item, String base) {
    List<Value> v = new ArrayList<>();
    item.titles()
        .forEach((lang, t) -> v.add(new Value("title", t, lang.equals("und") ? null : lang)));
    add(v, "creator", item.author());
    add(v, "type", item.kind());
    add(v, "date", item.date());
    add(v, "language", item.language());
    add(v, "description", item.description());
    if (item.holder() != null) {
      add(
          v,
          "source",
          item.shelfmark() == null ? item.holder() : item.holder() + ", " + item.shelfmark());
    }
    add(v, "identifier", base + "/heritage/" + IiifManifest.segment(item.id()));
    if (!item.images().isEmpty()) add(v, "relation", IiifManifest.url(base, item.id()));
    for (String link : item.links()) add(v, "relation", link);
    for (String s : item.sources()) add(v, "relation", s);
    add(v, "rights", IiifManifest.rights(item.rights()));
    return v;
  }

  private static void add(List<Value> v, String element, String text) {
    if (text != null && !text.isBlank()) v.add(new Value(element, text, null));
  }

  /** The {@code oai_dc:dc} element of {@code item}, written into {@code w}. */
  static void write(XMLStreamWriter w, PublishedItem item, String base) throws XMLStreamException {
    w.writeStartElement("oai_dc", "dc", OAI_DC_NS);
    w.writeNamespace("oai_dc", OAI_DC_NS);
    w.writeNamespace("dc", DC_NS);
    w.writeNamespace("xsi", XSI_NS);
    w.writeAttribute("xsi", XSI_NS, "schemaLocation", OAI_DC_NS + " " + OAI_DC_XSD);
    for (Value v : values(item, base)) {
      w.writeStartElement("dc", v.element(), DC_NS);
      if (v.lang() != null)
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", v.lang());
      w.writeCharacters(v.text());
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  /** {@code item} as a standalone oai_dc XML document. */
  public static String xml(PublishedItem item, String base) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      write(w, item, base);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write Dublin Core of " + item.id(), e);
    }
    return out.toString();
  }

  /** {@code item} as JSON-LD: each element an array of values, a title with its language. */
  public static ObjectNode json(PublishedItem item, String base) {
    ObjectNode doc = JSON.createObjectNode();
    doc.putObject("@context").put("dc", DC_NS);
    doc.put("@id", base + "/heritage/" + IiifManifest.segment(item.id()));
    Map<String, ArrayNode> arrays = new LinkedHashMap<>();
    for (Value v : values(item, base)) {
      ArrayNode a = arrays.computeIfAbsent(v.element(), e -> doc.putArray("dc:" + e));
      if (v.lang() == null) {
        a.add(v.text());
      } else {
        a.addObject().put("@value", v.text()).put("@language", v.lang());
      }
    }
    return doc;
  }
}
