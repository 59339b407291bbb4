package caravan.web;

import caravan.registry.Fields;
import caravan.registry.PartialDate;
import caravan.registry.RecordField;
import caravan.registry.RegistryRecord;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import caravan.web.RegistryPage.Option;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry kind's form, made from its field descriptions ({@link Fields}): one input per stored
 * field, by its type (a select for coded values, an input per language or per side, lines for lists
 * and nested items), derived fields shown read-only; the typed values read back into the record
 * through its JSON form, each value that cannot be read a {@code field: reason} problem.
 */
final class DescribedForm<T extends RegistryRecord> implements RegistryForm.Spec<T> {
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Class<T> type;

  DescribedForm(Class<T> type) {
    this.type = type;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public Map<String, String> values(T record) {
    Map<String, String> v = FormFields.values();
    JsonNode json = JSON.valueToTree(record);
    for (RecordField f : Fields.of(type)) {
      if (!f.stored()) continue;
      Object value = Fields.value(f, record, false);
      JsonNode node = json.get(f.name());
      switch (f.type()) {
        case LANGUAGES -> FormFields.putLanguages(f.name(), map(value), v);
        case SIDES -> FormFields.putSides(f.name(), map(value), v);
        case LIST, IDS -> v.put(f.name(), RegistryForm.joinLines(strings(value)));
        case CODES -> v.put(f.name(), String.join(", ", strings(value)));
        case ITEMS -> v.put(f.name(), ItemLines.of(type, f.name()).lines((List<?>) value));
        case DECIMAL -> v.put(f.name(), FormFields.plain((BigDecimal) value));
        case REAL -> v.put(f.name(), FormFields.plain((Double) value));
        default -> v.put(f.name(), node == null || node.isNull() ? "" : node.asText());
      }
    }
    return v;
  }

  @Override
  public T read(Map<String, String> v, List<Source> sources, List<String> problems) {
    ObjectNode node = JSON.createObjectNode();
    for (RecordField f : Fields.of(type)) {
      if (!f.stored()) continue;
      String name = f.name();
      String text = v.get(name);
      switch (f.type()) {
        case TEXT, LONG_TEXT, ID -> node.put(name, text);
        case CODE -> node.put(name, FormFields.code(text));
        case INTEGER -> {
          Integer n = RegistryForm.number(name, text, problems);
          if (n != null) node.put(name, n);
        }
        case DECIMAL -> {
          BigDecimal d = FormFields.decimal(name, text, problems);
          if (d != null) node.put(name, d);
        }
        case REAL -> {
          Double d = FormFields.real(name, text, problems);
          if (d != null) node.put(name, d);
        }
        case DATE -> {
          PartialDate d = RegistryForm.date(name, text, problems);
          if (d != null) node.put(name, d.toString());
        }
        case ENUM -> {
          String value = text == null ? "" : text.trim();
          if (value.isEmpty()) break;
          if (f.values().contains(value)) {
            node.put(name, value);
          } else {
            FormProblems.add(
                problems, name, "lang.form.unknownValue", value, String.valueOf(f.values()));
          }
        }
        case LANGUAGES -> node.set(name, JSON.valueToTree(FormFields.readLanguages(name, v)));
        case SIDES -> node.set(name, JSON.valueToTree(FormFields.readSides(name, v)));
        case LIST -> node.set(name, JSON.valueToTree(RegistryForm.lines(text, false)));
        case IDS, CODES -> node.set(name, JSON.valueToTree(RegistryForm.lines(text, true)));
        case ITEMS ->
            node.set(name, JSON.valueToTree(ItemLines.of(type, name).read().apply(text, problems)));
        case DERIVED -> {}
      }
    }
    node.set("sources", JSON.valueToTree(sources));
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException("The form of " + type.getSimpleName() + " built " + node, e);
    }
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    List<Input> inputs = new ArrayList<>();
    T preview = null;
    for (RecordField f : Fields.of(type)) {
      String name = f.name();
      Input input =
          switch (f.type()) {
            case LANGUAGES -> FormFields.languages(page, name, v, p);
            case SIDES -> FormFields.sides(page, name, v, p);
            case ENUM ->
                FormFields.input(page, name, "select", v, p, options(page, f, v.get(name)));
            case INTEGER -> FormFields.input(page, name, "number", v, p);
            case LONG_TEXT, LIST, IDS, ITEMS -> FormFields.input(page, name, "textarea", v, p);
            case DERIVED -> null;
            default -> FormFields.input(page, name, "text", v, p);
          };
      if (input == null && f.listed()) {
        // a derived value the typed fields give (an agreement's status from its actions)
        if (preview == null) preview = read(v, List.of(), new ArrayList<>());
        Object value = Fields.value(f, preview, false);
        Map<String, String> shown = new HashMap<>(v);
        shown.put(name, value == null ? "" : RegistryPageEntities.show(f, value, page));
        input = FormFields.input(page, name, "readonly", shown, p);
      }
      if (input != null) inputs.add(input);
    }
    return inputs;
  }

  /** The coded values as options, each labelled by its message; a blank first. */
  private static List<Option> options(RegistryPage page, RecordField f, String current) {
    List<Option> out = new ArrayList<>();
    out.add(new Option("", "—", current == null || current.isBlank()));
    for (String value : f.values()) {
      String label =
          page.word("registry.form.enum." + value, page.word(RecordField.valueKey(value), value));
      out.add(new Option(value, label, value.equals(current)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> map(Object value) {
    return value == null ? Map.of() : (Map<String, String>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
