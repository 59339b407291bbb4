package caravan.heritage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The IIIF Presentation 3.0 rules for a Manifest, checked BY HAND (no copy of the published JSON
 * Schema {@code iiif_3_0.json} could be had offline from a package; see
 * src/test/resources/schemas/PROVENANCE.md). Each rule names the specification's section
 * (iiif.io/api/presentation/3.0/): the same constraints the schema encodes for the properties
 * Caravan writes, as problems in words.
 */
public final class IiifRules {
  static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
  private static final Pattern LANG = Pattern.compile("^[a-zA-Z-][a-zA-Z-]*$");
  private static final Pattern FORMAT = Pattern.compile("^[a-z][a-z]*/.*$");
  private static final Set<String> DIRECTIONS =
      Set.of("left-to-right", "right-to-left", "top-to-bottom", "bottom-to-top");
  private static final Set<String> BEHAVIORS =
      Set.of(
          "auto-advance",
          "no-auto-advance",
          "repeat",
          "no-repeat",
          "unordered",
          "individuals",
          "continuous",
          "paged",
          "facing-pages",
          "non-paged",
          "multi-part",
          "together",
          "sequence",
          "thumbnail-nav",
          "no-nav",
          "hidden");

  private IiifRules() {}

  /** What is wrong with {@code m} as a Manifest; empty when nothing is. */
  public static List<String> problems(JsonNode m) {
    List<String> p = new ArrayList<>();
    // §4.1 @context: the Presentation 3 context (last, if several)
    JsonNode ctx = m.path("@context");
    String last = ctx.isArray() ? ctx.path(ctx.size() - 1).asText() : ctx.asText();
    if (!CONTEXT.equals(last)) p.add("@context: not the Presentation 3 context");
    klass(p, "manifest", m, "Manifest");
    // §3.1 label: required on a Manifest, a language map
    if (!m.has("label")) p.add("label: required on a Manifest");
    else languageMap(p, "label", m.get("label"));
    if (m.has("summary")) languageMap(p, "summary", m.get("summary"));
    // §3.1 metadata: label/value pairs of language maps
    if (m.has("metadata")) {
      if (!m.get("metadata").isArray()) p.add("metadata: must be an array");
      int i = 0;
      for (JsonNode e : m.path("metadata")) keyValue(p, "metadata[" + i++ + "]", e);
    }
    if (m.has("requiredStatement")) keyValue(p, "requiredStatement", m.get("requiredStatement"));
    // §3.3 rights: a Creative Commons or RightsStatements.org URI, over http
    if (m.has("rights")) {
      String r = m.get("rights").asText();
      if (!(r.startsWith("http://creativecommons.org/licenses/")
          || r.startsWith("http://creativecommons.org/publicdomain/")
          || r.startsWith("http://rightsstatements.org/vocab/"))) {
        p.add("rights: '" + r + "' is not a Creative Commons or RightsStatements.org URI");
      }
    }
    if (m.has("viewingDirection") && !DIRECTIONS.contains(m.get("viewingDirection").asText())) {
      p.add("viewingDirection: not one of " + DIRECTIONS);
    }
    for (JsonNode b : m.path("behavior")) {
      if (!BEHAVIORS.contains(b.asText())) p.add("behavior: '" + b.asText() + "' is unknown");
    }
    for (String link : List.of("homepage", "seeAlso")) {
      if (!m.has(link)) continue;
      if (!m.get(link).isArray()) p.add(link + ": must be an array");
      for (JsonNode r : m.get(link)) {
        klass(p, link, r, null);
        if (r.has("label")) languageMap(p, link + ".label", r.get("label"));
        if (r.has("format") && !FORMAT.matcher(r.get("format").asText()).matches()) {
          p.add(link + ".format: not a media type");
        }
      }
    }
    // §3.4 items: a Manifest has at least one Canvas
    JsonNode items = m.path("items");
    if (!items.isArray() || items.isEmpty()) p.add("items: a Manifest needs at least one Canvas");
    int c = 0;
    for (JsonNode canvas : items) canvas(p, "items[" + c++ + "]", canvas);
    return p;
  }

  private static void canvas(List<String> p, String at, JsonNode canvas) {
    klass(p, at, canvas, "Canvas");
    if (canvas.has("label")) languageMap(p, at + ".label", canvas.get("label"));
    // §3.2 a Canvas with a height must have a width, and the other way round; both positive
    dimensions(p, at, canvas);
    JsonNode pages = canvas.path("items");
    if (!pages.isArray() || pages.isEmpty()) p.add(at + ".items: no AnnotationPage");
    int i = 0;
    for (JsonNode page : pages) {
      String pat = at + ".items[" + i++ + "]";
      klass(p, pat, page, "AnnotationPage");
      int j = 0;
      for (JsonNode anno : page.path("items")) {
        String aat = pat + ".items[" + j++ + "]";
        klass(p, aat, anno, "Annotation");
        if (!"painting".equals(anno.path("motivation").asText())) {
          p.add(aat + ".motivation: a Canvas's content is painted");
        }
        JsonNode body = anno.path("body");
        klass(p, aat + ".body", body, null);
        if (body.has("format") && !FORMAT.matcher(body.get("format").asText()).matches()) {
          p.add(aat + ".body.format: not a media type");
        }
        dimensions(p, aat + ".body", body);
        if (!canvas.path("id").asText().equals(anno.path("target").asText())) {
          p.add(aat + ".target: not its Canvas");
        }
      }
    }
  }

  private static void dimensions(List<String> p, String at, JsonNode n) {
    if (n.has("height") != n.has("width")) p.add(at + ": height and width go together");
    for (String d : List.of("height", "width")) {
      if (n.has(d) && !(n.get(d).isIntegralNumber() && n.get(d).asLong() > 0)) {
        p.add(at + "." + d + ": must be a positive integer");
      }
    }
  }

  // §3.1 every resource: an id that is an http(s) URI, and a type
  private static void klass(List<String> p, String at, JsonNode n, String type) {
    if (!n.isObject()) {
      p.add(at + ": must be an object");
      return;
    }
    if (!n.path("id").isTextual() || !n.get("id").asText().startsWith("http")) {
      p.add(at + ".id: required, an http(s) URI");
    }
    if (!n.path("type").isTextual()) p.add(at + ".type: required");
    else if (type != null && !type.equals(n.get("type").asText())) {
      p.add(at + ".type: must be " + type);
    }
  }

  private static void keyValue(List<String> p, String at, JsonNode e) {
    if (!e.has("label") || !e.has("value")) p.add(at + ": needs label and value");
    else {
      languageMap(p, at + ".label", e.get("label"));
      languageMap(p, at + ".value", e.get("value"));
    }
  }

  // §4.3 language maps: language tags (or "none") to arrays of strings
  private static void languageMap(List<String> p, String at, JsonNode map) {
    if (!map.isObject() || map.isEmpty()) {
      p.add(at + ": must be a language map");
      return;
    }
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) map::fields) {
      if (!LANG.matcher(e.getKey()).matches()) p.add(at + ": '" + e.getKey() + "' is no language");
      if (!e.getValue().isArray()) p.add(at + "." + e.getKey() + ": must be an array");
      for (JsonNode s : e.getValue()) {
        if (!s.isTextual()) p.add(at + "." + e.getKey() + ": must hold strings");
      }
    }
  }
}
