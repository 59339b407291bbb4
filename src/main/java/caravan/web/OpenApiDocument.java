package caravan.web;

import caravan.registry.Fields;
import caravan.registry.RecordField;
import caravan.registry.RegistryRecord;
import caravan.text.ShippedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The API's OpenAPI document: the paths as written in {@code openapi.json}, and a schema per
 * registry kind made from its field descriptions ({@link Fields}), so the document cannot drift
 * from what the records hold.
 */
final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

  private OpenApiDocument() {}

  /** The served text, built once on first request: it changes only with a new release. */
  static String text() {
    return Text.VALUE;
  }

  private static final class Text {
    static final String VALUE = document().toString();
  }

  /** The whole document as served at /api/v1/openapi.json. */
  static ObjectNode document() {
    ObjectNode doc;
    try (InputStream in = ShippedData.class.getResourceAsStream("/caravan/web/openapi.json")) {
      doc = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read openapi.json from the jar", e);
    }
    CorridorOpenApi.addTo(doc);
    BriefingOpenApi.addTo(doc);
    ClaimsOpenApi.addTo(doc);
    OpportunitiesOpenApi.addTo(doc);
    ObjectNode schemas = ((ObjectNode) doc.with("components")).putObject("schemas");
    ArrayNode any = schemas.putObject("RegistryRecord").putArray("oneOf");
    schemas.set("Source", source());
    for (Class<? extends RegistryRecord> type : Fields.kinds()) {
      schemas.set(type.getSimpleName(), schema(type));
      any.addObject().put("$ref", "#/components/schemas/" + type.getSimpleName());
    }
    return doc;
  }

  /** A kind's schema: bookkeeping, then each described field by its type. */
  static ObjectNode schema(Class<? extends RegistryRecord> type) {
    ObjectNode s = JSON.createObjectNode().put("type", "object");
    ObjectNode props = s.putObject("properties");
    props
        .putObject("id")
        .put("type", "string")
        .put("description", "Kept by an import; new records get one");
    props.putObject("version").put("type", "integer").put("description", "The version read");
    ArrayNode required = JSON.createArrayNode();
    for (RecordField f : Fields.of(type)) {
      ObjectNode p = props.putObject(f.name());
      field(f, p);
      if (f.required()) required.add(f.name());
    }
    props
        .putObject("sources")
        .put("type", "array")
        .putObject("items")
        .put("$ref", "#/components/schemas/Source");
    props
        .putObject("pair")
        .put("type", "string")
        .put("pattern", "^[A-Z]{3}-[A-Z]{3}$")
        .put("description", "The two countries, ISO3; none: ?pair= or the shipped data set's pair");
    props
        .putObject("thinSource")
        .put("type", "boolean")
        .put("readOnly", true)
        .put("description", "No source has both a quote and a date");
    s.set("required", required);
    return s;
  }

  private static void field(RecordField f, ObjectNode p) {
    switch (f.type()) {
      case TEXT, LONG_TEXT, ID -> p.put("type", "string");
      case CODE -> p.put("type", "string").put("pattern", "^[A-Z0-9]{2,3}$");
      case INTEGER -> p.put("type", "integer");
      case DECIMAL, REAL -> p.put("type", "number");
      case DATE -> p.put("type", "string").put("pattern", DATE);
      case ENUM -> p.put("type", "string");
      case LANGUAGES -> {
        p.put("type", "object").putObject("additionalProperties").put("type", "string");
        ArrayNode langs = p.putObject("propertyNames").putArray("enum");
        List.of("en", "ru", "kk", "fa").forEach(langs::add);
      }
      case SIDES -> {
        p.put("type", "object").putObject("additionalProperties").put("type", "string");
        p.putObject("propertyNames").put("pattern", "^[A-Z]{3}$");
        p.put("description", "One entry per side of the pair, keyed by its ISO3 code");
      }
      case LIST, IDS, CODES -> p.put("type", "array").putObject("items").put("type", "string");
      case ITEMS -> p.put("type", "array").putObject("items").put("type", "object");
      case DERIVED -> p.put("readOnly", true).put("description", "Derived from the record");
    }
    if (!f.values().isEmpty()) {
      ArrayNode values = JSON.createArrayNode();
      f.values().forEach(values::add);
      if (f.type() == RecordField.Type.ENUM) {
        p.set("enum", values);
      } else {
        // a free field with known codes (a unit) or a derived one: its codes, not a closed list
        p.set("examples", values);
      }
    }
  }

  private static ObjectNode source() {
    ObjectNode s = JSON.createObjectNode().put("type", "object");
    ObjectNode props = s.putObject("properties");
    props.putObject("url").put("type", "string");
    props.putObject("date").put("type", "string").put("pattern", DATE);
    props.putObject("quote").put("type", "string");
    s.putArray("required").add("url");
    return s;
  }
}
