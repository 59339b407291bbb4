package caravan.registry;

import static caravan.registry.RecordField.Type.CODE;
import static caravan.registry.RecordField.Type.CODES;
import static caravan.registry.RecordField.Type.DATE;
import static caravan.registry.RecordField.Type.DECIMAL;
import static caravan.registry.RecordField.Type.ENUM;
import static caravan.registry.RecordField.Type.ID;
import static caravan.registry.RecordField.Type.IDS;
import static caravan.registry.RecordField.Type.INTEGER;
import static caravan.registry.RecordField.Type.ITEMS;
import static caravan.registry.RecordField.Type.LANGUAGES;
import static caravan.registry.RecordField.Type.LIST;
import static caravan.registry.RecordField.Type.LONG_TEXT;
import static caravan.registry.RecordField.Type.REAL;
import static caravan.registry.RecordField.Type.SIDES;
import static caravan.registry.RecordField.Type.TEXT;
import static caravan.registry.RecordField.names;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every registry kind's fields, described once, in the order of the record's components (a derived
 * field after the fields it comes from). The bookkeeping every record has (id, version, sources,
 * pair) is not repeated here. Adding a field to a kind means: the record component, its line here,
 * its messages ({@code registry.field.NAME}, {@code registry.form.hint.NAME}), and a migration only
 * when a query filters or orders by it.
 */
public final class Fields {
  private Fields() {}

  /**
   * The units stated figures are given in (the figures feature's vocabulary), which targets linked
   * to stated figures carry.
   */
  static final List<String> UNITS =
      List.of(
          "USD_million", "percent", "count", "million_tonnes", "million_tonnes_per_year", "tonnes");

  private static final Map<Class<? extends RegistryRecord>, List<RecordField>> BY_TYPE =
      new LinkedHashMap<>();

  static {
    put(
        Agreement.class,
        RecordField.of("titles", LANGUAGES).needed().inLists(),
        RecordField.of("kind", TEXT).needed().inLists(),
        RecordField.of("domains", LIST),
        RecordField.of("signedOn", DATE).inLists(),
        RecordField.of("place", TEXT),
        RecordField.of("signatories", LIST),
        RecordField.of("actions", ITEMS),
        RecordField.derived(
            "status", names(Agreement.Status.class), r -> ((Agreement) r).status().name()),
        RecordField.of("notes", LONG_TEXT));
    put(
        CommissionSession.class,
        RecordField.of("number", INTEGER).needed().inLists(),
        RecordField.of("startDate", DATE).needed().inLists(),
        RecordField.of("endDate", DATE),
        RecordField.of("place", TEXT).inLists(),
        RecordField.of("coChairs", SIDES),
        RecordField.of("outcomes", LONG_TEXT).inLists(),
        RecordField.of("notes", LONG_TEXT));
    put(
        Decision.class,
        RecordField.of("sessionNumber", INTEGER).needed().inLists(),
        RecordField.of("itemNo", TEXT),
        RecordField.of("text", LONG_TEXT).needed().inLists(),
        RecordField.of("owners", SIDES),
        RecordField.of("deadline", DATE).inLists(),
        RecordField.of("status", ENUM).coded(names(Decision.Status.class)).needed().inLists(),
        // the deadline passed today (UTC) and the decision is neither done nor dropped
        RecordField.computed(
            "overdue",
            r -> ((Decision) r).overdue(java.time.LocalDate.now(java.time.ZoneOffset.UTC))),
        RecordField.of("evidence", LIST),
        RecordField.of("links", ITEMS),
        RecordField.of("notes", LONG_TEXT));
    put(
        Indicator.class,
        RecordField.of("indicator", TEXT).needed().inLists(),
        RecordField.of("title", TEXT).inLists(),
        RecordField.of("unit", TEXT).coded(UNITS, "unit.").needed().inLists(),
        RecordField.of("aggregation", ENUM).coded(names(Indicator.Aggregation.class)).needed(),
        RecordField.of("baseline", DECIMAL),
        RecordField.of("baselineYear", INTEGER),
        RecordField.of("target", DECIMAL).inLists(),
        RecordField.of("targetYear", INTEGER).inLists(),
        RecordField.of("figureId", TEXT),
        RecordField.of("actuals", ITEMS),
        RecordField.of("notes", LONG_TEXT));
    put(
        Project.class,
        RecordField.of("title", TEXT).needed().inLists(),
        RecordField.of("investors", ITEMS),
        RecordField.of("sectorCode", TEXT),
        RecordField.of("sectorText", TEXT).inLists(),
        RecordField.of("region", TEXT).inLists(),
        RecordField.of("amountLow", DECIMAL),
        RecordField.of("amountHigh", DECIMAL),
        RecordField.of("currency", CODE),
        RecordField.of("budgets", ITEMS),
        RecordField.of("stages", ITEMS),
        RecordField.derived(
            "stage",
            names(Project.Stage.class),
            r -> ((Project) r).stage().map(Enum::name).orElse(null)),
        RecordField.derived("amount", List.of(), r -> amount((Project) r)),
        RecordField.of("jobs", INTEGER),
        RecordField.of("latitude", REAL),
        RecordField.of("longitude", REAL),
        RecordField.of("notes", LONG_TEXT));
    put(
        Organisation.class,
        RecordField.of("names", LANGUAGES).needed().inLists(),
        RecordField.of("country", CODE)
            .listedAs(
                r -> {
                  Organisation o = (Organisation) r;
                  return o.country() == null ? o.countryNote() : o.country();
                }),
        RecordField.of("countryNote", TEXT),
        RecordField.of("kind", TEXT).needed().inLists(),
        RecordField.of("region", TEXT),
        RecordField.of("role", TEXT).inLists(),
        RecordField.of("hsCodes", CODES),
        RecordField.of("sectors", LIST),
        RecordField.of("contacts", LIST),
        RecordField.of("notes", LONG_TEXT));
    put(
        PartnerRequest.class,
        RecordField.of("direction", ENUM)
            .coded(names(PartnerRequest.Direction.class))
            .needed()
            .inLists(),
        RecordField.of("organisationId", ID).needed().inLists(),
        RecordField.of("partnershipType", TEXT),
        RecordField.of("hsCodes", CODES),
        RecordField.of("text", LONG_TEXT).needed().inLists(),
        RecordField.of("expires", DATE).inLists());
    put(
        Event.class,
        RecordField.of("kind", TEXT).needed().inLists(),
        RecordField.of("title", TEXT).needed().inLists(),
        RecordField.of("startDate", DATE).inLists(),
        RecordField.of("endDate", DATE),
        RecordField.of("place", TEXT).inLists(),
        RecordField.of("participants", LIST),
        RecordField.of("agreementIds", IDS),
        RecordField.of("notes", LONG_TEXT));
    for (RecordType<?> t : RecordTypes.OFFERED) {
      put(t.type(), t.fields().toArray(RecordField[]::new));
    }
  }

  private static void put(Class<? extends RegistryRecord> type, RecordField... fields) {
    BY_TYPE.put(type, List.of(fields));
  }

  /** The described fields of a kind, stored and derived, in order. */
  public static List<RecordField> of(Class<? extends RegistryRecord> type) {
    List<RecordField> f = BY_TYPE.get(type);
    if (f == null) throw new IllegalArgumentException("No fields described for " + type);
    return f;
  }

  /** The kinds described, in the registry's order. */
  public static List<Class<? extends RegistryRecord>> kinds() {
    return List.copyOf(BY_TYPE.keySet());
  }

  /** The fields a list page shows as columns, in order. */
  public static List<RecordField> listed(Class<? extends RegistryRecord> type) {
    return of(type).stream().filter(RecordField::listed).toList();
  }

  /**
   * The CSV columns of a kind: id and version, the stored fields in order, then sources and pair
   * (the JSON export's properties too).
   */
  public static List<String> columns(Class<? extends RegistryRecord> type) {
    List<String> out = new ArrayList<>(List.of("id", "version"));
    of(type).stream().filter(RecordField::stored).map(RecordField::name).forEach(out::add);
    out.add("sources");
    out.add("pair");
    return out;
  }

  /** The field named {@code name} of a kind, if described. */
  public static java.util.Optional<RecordField> named(
      Class<? extends RegistryRecord> type, String name) {
    return of(type).stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * A field's value in a record: the derived or list value for a field that has one ({@code
   * forList}), else the component.
   */
  public static Object value(RecordField field, RegistryRecord r, boolean forList) {
    if (field.shown() != null && (forList || !field.stored())) return field.shown().apply(r);
    return component(r, field.name());
  }

  /** A record component's value by name. */
  static Object component(RegistryRecord r, String name) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + name + " of " + r.id(), e);
        }
      }
    }
    throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no field " + name);
  }

  /** {@code 100000000–150000000 USD}, a single amount when low and high agree; null for none. */
  static String amount(Project p) {
    if (p.amountLow() == null) return null;
    String low = plain(p.amountLow());
    String range =
        p.amountHigh() == null || p.amountHigh().compareTo(p.amountLow()) == 0
            ? low
            : low + "–" + plain(p.amountHigh());
    return range + (p.currency() == null ? "" : " " + p.currency());
  }

  private static String plain(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }
}
