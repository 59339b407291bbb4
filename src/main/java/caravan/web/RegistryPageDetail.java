package caravan.web;

import caravan.heritage.HeritageItem;
import caravan.registry.Agreement;
import caravan.registry.AuditEntry;
import caravan.registry.CommissionSession;
import caravan.registry.Decision;
import caravan.registry.Event;
import caravan.registry.Fields;
import caravan.registry.PartialDate;
import caravan.registry.PartnerRequest;
import caravan.registry.Project;
import caravan.registry.RecordField;
import caravan.registry.RegistryRecord;
import caravan.registry.Source;
import caravan.web.RegistryPage.Cell;
import caravan.web.RegistryPage.Change;
import caravan.web.RegistryPage.Field;
import caravan.web.RegistryPage.SourceView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A record as a detail page shows it: every field of the record (read from its components, so a
 * field added to a record shows without a change here), ids of other records as links, the derived
 * values (an agreement's status, a decision's overdue flag), its sources, and its audit trail with
 * what each change did to each field.
 */
final class RegistryPageDetail {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_VALUE = 160;

  private RegistryPageDetail() {}

  static List<Field> fields(RegistryRecord r, RegistryPage page, LocalDate today) {
    List<Field> fields = new ArrayList<>();
    fields.add(field(page, "id", List.of(Cell.of(r.id()))));
    if (r instanceof Agreement a) {
      String status = a.status().name();
      fields.add(
          field(page, "status", List.of(Cell.of(page.word(RecordField.valueKey(status), status)))));
    } else if (r instanceof Decision d && d.overdue(today)) {
      fields.add(field(page, "overdue", List.of(Cell.of(page.m().get("registry.overdue.yes")))));
    } else if (r instanceof Project p) {
      fields.add(
          field(
              page,
              "stage",
              List.of(
                  Cell.of(
                      p.stage()
                          .map(x -> page.word(RecordField.valueKey(x.name()), x.name()))
                          .orElse("—")))));
    }
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      String name = c.getName();
      if (name.equals("id") || name.equals("sources")) continue;
      Object value;
      try {
        value = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + r.id(), e);
      }
      fields.add(field(page, name, cells(r, name, value, page)));
    }
    return fields;
  }

  private static Field field(RegistryPage page, String name, List<Cell> values) {
    return new Field(name, page.label(name), values);
  }

  private static List<Cell> cells(RegistryRecord r, String name, Object value, RegistryPage page) {
    if (value == null) return List.of();
    if (r instanceof Decision && name.equals("sessionNumber")) {
      int n = (Integer) value;
      return List.of(
          new Cell(String.valueOf(n), "/registry/sessions/" + CommissionSession.idOf(r.pair(), n)));
    }
    if (r instanceof PartnerRequest && name.equals("organisationId")
        || r instanceof Event && name.equals("agreementIds")
        || r instanceof HeritageItem && (name.equals("agreementIds") || name.equals("eventIds"))) {
      List<?> ids = value instanceof List<?> l ? l : List.of(value);
      return ids.stream()
          .map(String::valueOf)
          .map(id -> new Cell(id, RegistryPageEntities.hrefOf(id)))
          .toList();
    }
    if (name.equals("unit") && value instanceof String code) {
      return List.of(Cell.of(Units.unit(code, page.m().lang())));
    }
    if (name.equals("country") && value instanceof String code) {
      return List.of(Cell.of(Units.country(code, page.m().lang())));
    }
    if (name.equals("currency") && value instanceof String code) {
      return List.of(Cell.of(Units.currency(code, page.m().lang())));
    }
    if (value instanceof Enum<?> e) {
      return List.of(Cell.of(page.word("registry.enum." + e.name(), e.name())));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> cell(v, page)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> Cell.of(e.getKey() + ": " + e.getValue())).toList();
    }
    // a coded value of the kind's description (a unit such as USD_million) shows its label
    Optional<RecordField> described = Fields.named(r.getClass(), name);
    if (value instanceof String s
        && described.isPresent()
        && described.get().values().contains(s)) {
      return List.of(Cell.of(page.word(described.get().keyOf(s), s)));
    }
    return List.of(cell(value, page));
  }

  /** One value: a link to another record, an evidence URL, or text. */
  private static Cell cell(Object v, RegistryPage page) {
    if (v instanceof Decision.Link l) {
      return new Cell(l.type() + " " + l.targetId(), RegistryPageEntities.hrefOf(l.targetId()));
    }
    if (v instanceof String s && (s.startsWith("https://") || s.startsWith("http://"))) {
      return new Cell(s, s);
    }
    if (v instanceof Record rec && !(v instanceof PartialDate)) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent c : rec.getClass().getRecordComponents()) {
        try {
          Object x = c.getAccessor().invoke(rec);
          if (x != null) parts.add(x instanceof Source s ? s.url() : word(x, page));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return Cell.of(String.join(" · ", parts));
    }
    return Cell.of(plain(v));
  }

  /**
   * A part of a nested value: a coded one (an action's type, a stage, a party that is both sides)
   * by its label, other values as they are.
   */
  private static String word(Object x, RegistryPage page) {
    if (x instanceof Enum<?> e) return page.word(RecordField.valueKey(e.name()), e.name());
    if (Agreement.BOTH.equals(x))
      return page.word(RecordField.valueKey(Agreement.BOTH), Agreement.BOTH);
    return plain(x);
  }

  private static String plain(Object v) {
    return v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
  }

  static List<SourceView> sources(RegistryRecord r) {
    return r.sources().stream()
        .map(
            s ->
                new SourceView(
                    s.url(), s.date() == null ? null : s.date().toString(), s.quote(), s.thin()))
        .toList();
  }

  /**
   * The audit log, newest first, each update with its changed fields as "field: before → after".
   */
  static List<Change> changes(List<AuditEntry> audit, caravan.text.Formats formats) {
    List<Change> out = new ArrayList<>();
    for (AuditEntry e : audit) {
      out.add(
          new Change(
              formats.dateTime(e.at().toInstant(java.time.ZoneOffset.UTC)),
              e.actor(),
              e.change(),
              e.version(),
              diffs(e.before(), e.after())));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  static List<String> diffs(String before, String after) {
    if (before == null || after == null) return List.of();
    try {
      JsonNode b = JSON.readTree(before);
      JsonNode a = JSON.readTree(after);
      TreeSet<String> names = new TreeSet<>();
      b.fieldNames().forEachRemaining(names::add);
      a.fieldNames().forEachRemaining(names::add);
      names.remove("version");
      List<String> diffs = new ArrayList<>();
      for (String n : names) {
        JsonNode x = b.get(n);
        JsonNode y = a.get(n);
        if (Objects.equals(x, y)) continue;
        diffs.add(n + ": " + show(x) + " → " + show(y));
      }
      return diffs;
    } catch (java.io.IOException e) {
      return List.of("(" + e.getMessage() + ")");
    }
  }

  private static String show(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return "—";
    String s = n.isTextual() ? n.asText() : n.toString();
    return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) + "…" : s;
  }
}
