package caravan.registry;

import caravan.text.Text;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole registry as one JSON document: {@code {"format": "caravan-registry", "formatVersion":
 * 1, "agreements": [...], "sessions": [...], ...}}, one array per entity in {@link ExportEntities}
 * order, each record as Jackson writes the record (the same JSON the store keeps, with id and
 * version). Partial dates are strings ({@code "2012-06"}), so no java.time module is needed.
 */
final class ExportJson {
  private ExportJson() {}

  static final String FORMAT = "caravan-registry";
  static final int FORMAT_VERSION = 1;

  /** Reads records strictly: a field the record does not have is a problem, not ignored. */
  static final ObjectMapper STRICT =
      RegistryStore.JSON.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static void write(
      Function<Class<? extends RegistryRecord>, List<? extends RegistryRecord>> list,
      OutputStream out) {
    ObjectNode doc = RegistryStore.JSON.createObjectNode();
    doc.put("format", FORMAT);
    doc.put("formatVersion", FORMAT_VERSION);
    for (ExportEntities.Entity e : ExportEntities.ALL) {
      ArrayNode a = doc.putArray(e.key());
      for (RegistryRecord r : list.apply(e.type())) a.add(RegistryStore.JSON.valueToTree(r));
    }
    try {
      RegistryStore.JSON
          .writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, doc);
    } catch (IOException e) {
      throw new RegistryException(
          Text.of("reg.io.json", String.valueOf(e.getMessage())), Map.of(), e);
    }
  }

  /** All records of the document, in entity order; every problem is collected and thrown. */
  static List<RegistryRecord> read(InputStream in) {
    return read(in, null);
  }

  /**
   * As {@link #read(InputStream)}; {@code file} names the document in problems ({@code file:line:
   * document: reason}), null for none.
   */
  static List<RegistryRecord> read(InputStream in, String file) {
    JsonNode doc;
    try {
      doc = RegistryStore.JSON.readTree(in);
    } catch (JsonProcessingException e) {
      // the parser's own message ends in a second line about its source; the place is enough
      var at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      Text why =
          at == null
              ? Text.of("reg.json.notJson", JsonReasons.parser(e))
              : Text.of(
                  "reg.json.notJsonAt",
                  String.valueOf(line),
                  String.valueOf(at.getColumnNr()),
                  JsonReasons.parser(e));
      throw refused(List.of(document(file, line, why)));
    } catch (IOException e) {
      throw refused(
          List.of(
              document(file, 1, Text.of("reg.json.unreadable", String.valueOf(e.getMessage())))));
    }
    if (doc == null || doc.isMissingNode()) {
      throw refused(
          List.of(
              document(file, 1, Text.of("reg.json.empty", "{\"format\": \"" + FORMAT + "\", …}"))));
    }
    // an empty list of records is nothing to import, as a header-only CSV is
    if (doc.isArray() && doc.isEmpty()) return List.of();
    List<Text> problems = new ArrayList<>();
    if (!doc.isObject()) {
      throw refused(
          List.of(
              document(
                  file,
                  1,
                  doc.isArray()
                      ? Text.of("reg.json.foundArray")
                      : Text.of(
                          "reg.json.found",
                          doc.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)))));
    }
    if (!FORMAT.equals(doc.path("format").asText(null))) {
      problems.add(
          ExportBatch.at(
              "format", Text.of("reg.json.format", FORMAT, String.valueOf(doc.get("format")))));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
    List<String> keys = new ArrayList<>(List.of("format", "formatVersion"));
    ExportEntities.ALL.forEach(e -> keys.add(e.key()));
    while (fields.hasNext()) {
      String k = fields.next().getKey();
      if (!keys.contains(k)) {
        problems.add(ExportBatch.at(k, Text.of("reg.json.unknownEntity", String.join(", ", keys))));
      }
    }
    List<RegistryRecord> out = new ArrayList<>();
    for (ExportEntities.Entity e : ExportEntities.ALL) {
      JsonNode a = doc.get(e.key());
      if (a == null || a.isNull()) continue;
      if (!a.isArray()) {
        problems.add(ExportBatch.at(e.key(), Text.of("reg.json.notArray")));
        continue;
      }
      for (int i = 0; i < a.size(); i++) {
        try {
          out.add(STRICT.treeToValue(a.get(i), e.type()));
        } catch (JsonProcessingException | RegistryException | IllegalArgumentException x) {
          problems.add(ExportBatch.at(e.key() + "[" + i + "]", reason(x)));
        }
      }
    }
    if (!problems.isEmpty()) throw refused(problems);
    return out;
  }

  private static ValidationException refused(List<Text> problems) {
    return ValidationException.worded(Text.of("reg.json.refused"), problems);
  }

  /** {@code file:line: document: reason}. */
  private static Text document(String file, int line, Text why) {
    return CsvText.at(file, line, "document", why);
  }

  /** A short reason for a record that cannot be read: the field path and what went wrong. */
  static Text reason(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    if (root instanceof ValidationException v) return ValidationException.joined(v.problemTexts());
    if (e instanceof JsonProcessingException p) return JsonReasons.describeText(p);
    if (e instanceof RegistryException r) return r.text();
    return Text.of("reg.json.notRecord");
  }
}
