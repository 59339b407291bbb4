package caravan.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How one record type is stored: its table, id prefix, entity name (in the audit log and links),
 * and the typed columns that lists and queries need beside the body (the one stored truth).
 */
final class Kind<T extends RegistryRecord> {
  /** A typed column value, so that nulls bind with their SQL type on PostgreSQL. */
  record Col(Object value, Class<?> type) {}

  final Class<T> type;
  final String entity;
  final String table;
  final String prefix;
  final String order;
  final Function<T, String> label;
  final Function<T, String> kind;
  final Function<T, Map<String, Col>> columns;

  Kind(
      Class<T> type,
      String entity,
      String table,
      String prefix,
      String order,
      Function<T, String> label,
      Function<T, String> kind,
      Function<T, Map<String, Col>> columns) {
    this.type = type;
    this.entity = entity;
    this.table = table;
    this.prefix = prefix;
    this.order = order;
    this.label = label;
    this.kind = kind;
    this.columns = columns;
  }

  /** A readable name for messages: "Decision DEC-1A2B3C4D". */
  String describe(String id) {
    return type.getSimpleName() + " " + id;
  }

  /**
   * The record in the reader's words rather than the class's, for a sentence a user acts on:
   * "partner request REQ-001".
   */
  String inWords(String id) {
    return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
        + " "
        + id;
  }

  static Map<String, Col> cols(Object... nameValueType) {
    Map<String, Col> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValueType.length; i += 3) {
      m.put(
          (String) nameValueType[i],
          new Col(nameValueType[i + 1], (Class<?>) nameValueType[i + 2]));
    }
    return m;
  }
}
