package caravan.heritage;

import caravan.text.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A record's IIIF Presentation 3.0 manifest: one canvas per image, sized from the image file, the
 * labels and metadata labels in Russian, English, Kazakh and Persian, right to left where the codex
 * reads so. Identifiers are absolute URLs under {@code base} (the address Caravan is reached at),
 * as the specification requires.
 */
public final class IiifManifest {
  static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";

  /**
   * Used where the catalogue names no licence or rights statement: "Copyright Not Evaluated", the
   * honest statement for copies whose rights no source settles.
   */
  public static final String RIGHTS_NOT_EVALUATED = "http://rightsstatements.org/vocab/CNE/1.0/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private IiifManifest() {}

  /** The manifest's address for record {@code id}. */
  public static String url(String base, String id) {
    return base + "/iiif/" + segment(id) + "/manifest";
  }

  /** The address image {@code name} of record {@code id} is served at. */
  public static String imageUrl(String base, String id, String name) {
    StringBuilder b = new StringBuilder(base + "/iiif/" + segment(id) + "/images");
    for (String part : name.split("/")) b.append('/').append(segment(part));
    return b.toString();
  }

  /**
   * The manifest of {@code item}; a NotFoundException when it has no images of its own (its
   * holder's page is where they are seen) or was withdrawn.
   */
  public static ObjectNode of(PublishedItem item, ImageFolder folder, String base) {
    if (item.deleted() || item.images().isEmpty()) {
      throw new NotFoundException(
          item.links().isEmpty()
              ? caravan.text.Text.of("her.iiif.none", item.id())
              : caravan.text.Text.of(
                  "her.iiif.noneSee", item.id(), String.join(", ", item.links())),
          Map.of("field", "id", "value", item.id()));
    }
    String self = url(base, item.id());
    String prefix = base + "/iiif/" + segment(item.id());
    ObjectNode m = JSON.createObjectNode();
    m.put("@context", CONTEXT);
    m.put("id", self);
    m.put("type", "Manifest");
    m.set("label", languageMap(item.titles()));
    if (item.description() != null) m.set("summary", none(item.description()));
    ArrayNode metadata = m.putArray("metadata");
    entry(metadata, "pub.field.author", item.author());
    entry(metadata, "pub.field.kind", item.kind());
    entry(metadata, "pub.field.date", item.date());
    entry(metadata, "pub.field.language", item.language());
    entry(metadata, "pub.field.script", item.script());
    entry(metadata, "pub.field.holder", item.holder());
    entry(metadata, "pub.field.shelfmark", item.shelfmark());
    ObjectNode required = m.putObject("requiredStatement");
    required.set("label", languageMap(PublishWords.all("pub.field.heldBy")));
    required.set("value", none(heldBy(item)));
    m.put("rights", rights(item.rights()));
    m.put("viewingDirection", item.rightToLeft() ? "right-to-left" : "left-to-right");
    m.putArray("behavior").add("paged");
    ObjectNode home = m.putArray("homepage").addObject();
    home.put("id", base + "/heritage/" + segment(item.id()));
    home.put("type", "Text");
    home.set("label", languageMap(item.titles()));
    home.put("format", "text/html");
    ObjectNode dc = m.putArray("seeAlso").addObject();
    dc.put("id", base + "/heritage/" + segment(item.id()) + ".dc.xml");
    dc.put("type", "Dataset");
    dc.set("label", languageMap(PublishWords.all("pub.dc.label")));
    dc.put("format", "application/xml");
    dc.put("profile", DublinCore.OAI_DC_NS);
    ArrayNode canvases = m.putArray("items");
    List<String> images = item.images();
    for (int i = 0; i < images.size(); i++) {
      String name = images.get(i);
      ImageFolder.Image img = folder.read(name);
      String canvasId = prefix + "/canvas/p" + (i + 1);
      ObjectNode canvas = canvases.addObject();
      canvas.put("id", canvasId);
      canvas.put("type", "Canvas");
      canvas.set("label", none(String.valueOf(i + 1)));
      canvas.put("height", img.height());
      canvas.put("width", img.width());
      ObjectNode page = canvas.putArray("items").addObject();
      page.put("id", prefix + "/page/p" + (i + 1));
      page.put("type", "AnnotationPage");
      ObjectNode anno = page.putArray("items").addObject();
      anno.put("id", prefix + "/annotation/p" + (i + 1));
      anno.put("type", "Annotation");
      anno.put("motivation", "painting");
      ObjectNode body = anno.putObject("body");
      body.put("id", imageUrl(base, item.id(), name));
      body.put("type", "Image");
      body.put("format", img.mediaType());
      body.put("height", img.height());
      body.put("width", img.width());
      anno.put("target", canvasId);
    }
    return m;
  }

  /**
   * The record's rights URI where it is one IIIF takes (Creative Commons or RightsStatements.org,
   * over http as both publish them); otherwise "Copyright Not Evaluated".
   */
  static String rights(String given) {
    if (given != null) {
      String r = given.trim().replaceFirst("^https://", "http://");
      if (r.startsWith("http://creativecommons.org/licenses/")
          || r.startsWith("http://creativecommons.org/publicdomain/")
          || r.startsWith("http://rightsstatements.org/vocab/")) {
        return r;
      }
    }
    return RIGHTS_NOT_EVALUATED;
  }

  private static String heldBy(PublishedItem item) {
    String holder = item.holder() == null ? "—" : item.holder();
    return item.shelfmark() == null ? holder : holder + ", " + item.shelfmark();
  }

  private static void entry(ArrayNode metadata, String key, String value) {
    if (value == null) return;
    ObjectNode e = metadata.addObject();
    e.set("label", languageMap(PublishWords.all(key)));
    e.set("value", none(value));
  }

  private static ObjectNode languageMap(Map<String, String> texts) {
    ObjectNode map = JSON.createObjectNode();
    texts.forEach((lang, text) -> map.putArray(lang).add(text));
    return map;
  }

  // values are given in the language the catalogue keeps them in, which it does not tag
  private static ObjectNode none(String text) {
    ObjectNode map = JSON.createObjectNode();
    map.putArray("none").add(text);
    return map;
  }

  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
