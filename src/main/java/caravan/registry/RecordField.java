package caravan.registry;

import java.util.List;
import java.util.function.Function;

/**
 * One field of a registry record kind, described once: the record component it is (or, for a
 * derived field, how it is computed), its type, whether a record needs it, the coded values it
 * takes (each labelled by the message {@code registry.enum.VALUE}), and whether lists show it. The
 * web form, the list columns, the CSV columns and the OpenAPI schema are all made from these
 * descriptions ({@link Fields}); its label is the message {@code registry.field.NAME} and its help
 * {@code registry.form.hint.NAME}.
 *
 * @param name the record component (and JSON property, CSV column, form input) name
 * @param type how the value is kept and typed
 * @param required true when a record without it is refused
 * @param values the coded values (enum constants, unit codes); empty when free
 * @param listed true when list pages show it as a column
 * @param codeKeys the prefix of its coded values' message keys: {@code registry.enum.} for the
 *     registry's own codes, {@code unit.} for the units stated figures share with the dashboard
 * @param shown for a derived field, how the value is computed from the record; for a stored field
 *     shown in lists otherwise than as stored (a fallback), how; null: the component itself
 */
public record RecordField(
    String name,
    Type type,
    boolean required,
    List<String> values,
    boolean listed,
    Function<RegistryRecord, Object> shown,
    String codeKeys) {

  /** How a field's value is kept (in the record and its JSON) and typed (in a form). */
  public enum Type {
    /** One line of text. */
    TEXT,
    /** Text of several lines. */
    LONG_TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number (an amount), written without exponent. */
    DECIMAL,
    /** A real number (a coordinate). */
    REAL,
    /** A partial date: 2012, 2012-06 or 2012-06-27. */
    DATE,
    /** One of {@link RecordField#values()}. */
    ENUM,
    /** An upper-case code (a country's ISO3, a currency's ISO 4217). */
    CODE,
    /** Text per language (en, ru, kk, fa). */
    LANGUAGES,
    /** Text per side of the pair, keyed by the side's ISO3 code. */
    SIDES,
    /** Text items, one a line. */
    LIST,
    /** Codes (HS codes), separated by commas or lines. */
    CODES,
    /** The id of another record. */
    ID,
    /** Ids of other records, one a line. */
    IDS,
    /** Nested items (actions, investors, stages…), one a line in a form, JSON in CSV. */
    ITEMS,
    /** Computed from the record; never typed, stored or imported. */
    DERIVED
  }

  public RecordField {
    values = List.copyOf(values);
  }

  /** A stored field. */
  public static RecordField of(String name, Type type) {
    return new RecordField(name, type, false, List.of(), false, null, ENUM_KEYS);
  }

  /** A field computed from the record, shown in lists. */
  public static RecordField derived(
      String name, List<String> values, Function<RegistryRecord, Object> how) {
    return new RecordField(name, Type.DERIVED, false, values, true, how, ENUM_KEYS);
  }

  /** A field computed from the record, not shown in lists (the API shows it). */
  public static RecordField computed(String name, Function<RegistryRecord, Object> how) {
    return new RecordField(name, Type.DERIVED, false, List.of(), false, how, ENUM_KEYS);
  }

  public RecordField needed() {
    return new RecordField(name, type, true, values, listed, shown, codeKeys);
  }

  public RecordField inLists() {
    return new RecordField(name, type, required, values, true, shown, codeKeys);
  }

  /** Listed, shown by {@code how} (a fallback for an empty value, say). */
  public RecordField listedAs(Function<RegistryRecord, Object> how) {
    return new RecordField(name, type, required, values, true, how, codeKeys);
  }

  public RecordField coded(List<String> codes) {
    return new RecordField(name, type, required, codes, listed, shown, codeKeys);
  }

  /** Coded values labelled by the messages {@code PREFIX + value}. */
  RecordField coded(List<String> codes, String keys) {
    return new RecordField(name, type, required, codes, listed, shown, keys);
  }

  static <E extends Enum<E>> List<String> names(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /** True for a field kept in the record (and its JSON, CSV and form); false for a derived one. */
  public boolean stored() {
    return type != Type.DERIVED;
  }

  /** The message key of its label. */
  public String labelKey() {
    return "registry.field." + name;
  }

  /** The message key of its help in a form. */
  public String helpKey() {
    return "registry.form.hint." + name;
  }

  private static final String ENUM_KEYS = "registry.enum.";

  /** The message key of a registry code's label (a status, a stage, a party). */
  public static String valueKey(String value) {
    return ENUM_KEYS + value;
  }

  /** The message key of the label of one of this field's coded values. */
  public String keyOf(String value) {
    return codeKeys + value;
  }

  /** True for a value kept as one plain cell in CSV (text, number, date, code, enum). */
  public boolean plainCell() {
    return switch (type) {
      case TEXT, LONG_TEXT, INTEGER, DECIMAL, REAL, DATE, ENUM, CODE, ID -> true;
      default -> false;
    };
  }
}
