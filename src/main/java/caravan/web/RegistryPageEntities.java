package caravan.web;

import caravan.heritage.HeritageItem;
import caravan.registry.Agreement;
import caravan.registry.CommissionSession;
import caravan.registry.Decision;
import caravan.registry.Event;
import caravan.registry.Fields;
import caravan.registry.Indicator;
import caravan.registry.Organisation;
import caravan.registry.PartnerRequest;
import caravan.registry.Project;
import caravan.registry.RecordField;
import caravan.registry.RegistryRecord;
import caravan.web.RegistryPage.Cell;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry's entities as the pages name them ({@code /registry/agreements}…): the record type,
 * the value the kind filter matches (the same value the store files as the record's kind) and the
 * countries the country filter matches. The list columns are the fields the kind's description
 * marks as listed ({@link Fields#listed}); coded values show their label in the page's language.
 */
final class RegistryPageEntities {
  private RegistryPageEntities() {}

  record Entity<T extends RegistryRecord>(
      String slug, Class<T> type, Function<T, String> kind, Function<T, List<String>> countries) {

    boolean hasKind() {
      return type != CommissionSession.class;
    }

    boolean hasCountry() {
      return type == Organisation.class || type == Project.class;
    }

    /** The kind-filter field's name: what the store files as kind is a status for some. */
    String kindField() {
      if (type == Decision.class) return "status";
      if (type == Project.class) return "stage";
      if (type == PartnerRequest.class) return "direction";
      if (type == Indicator.class) return "indicator";
      return "kind";
    }

    /** The list columns: the listed fields of the kind's description. */
    List<RecordField> columns() {
      return Fields.listed(type);
    }

    @SuppressWarnings("unchecked")
    String kindOf(RegistryRecord r) {
      return kind.apply((T) r);
    }

    @SuppressWarnings("unchecked")
    List<String> countriesOf(RegistryRecord r) {
      return countries.apply((T) r);
    }
  }

  static final Map<String, Entity<?>> ALL = new LinkedHashMap<>();

  static {
    add(new Entity<>("agreements", Agreement.class, Agreement::kind, a -> List.of()));
    add(new Entity<>("sessions", CommissionSession.class, s -> null, s -> List.of()));
    add(new Entity<>("decisions", Decision.class, d -> text(d.status()), d -> List.of()));
    add(new Entity<>("indicators", Indicator.class, Indicator::indicator, i -> List.of()));
    add(
        new Entity<>(
            "projects",
            Project.class,
            p -> p.stage().map(Enum::name).orElse(null),
            p ->
                p.investors().stream()
                    .map(Project.Investor::country)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList()));
    add(
        new Entity<>(
            "organisations",
            Organisation.class,
            Organisation::kind,
            o -> o.country() == null ? List.of() : List.of(o.country())));
    add(new Entity<>("requests", PartnerRequest.class, r -> text(r.direction()), r -> List.of()));
    add(new Entity<>("events", Event.class, Event::kind, e -> List.of()));
    add(new Entity<>("heritage", HeritageItem.class, HeritageItem::kind, h -> List.of()));
  }

  private static void add(Entity<?> e) {
    ALL.put(e.slug(), e);
  }

  /**
   * One list cell: text in the page's language (a title in that language, a coded value by its
   * label), linked when it names another record.
   */
  static Cell cell(RecordField f, RegistryRecord r, RegistryPage page) {
    Object v = Fields.value(f, r, true);
    if (v == null) return Cell.of(null);
    if (r instanceof Decision d && f.name().equals("sessionNumber")) {
      return new Cell(
          String.valueOf(v), "/registry/sessions/" + CommissionSession.idOf(d.pair(), (int) v));
    }
    if (f.type() == RecordField.Type.ID) return new Cell(v.toString(), hrefOf(v.toString()));
    if (r instanceof Project p && f.name().equals("amount")) {
      return Cell.of(Units.money(p.amountLow(), p.amountHigh(), p.currency(), page.m().lang()));
    }
    // a country by its name in the page's language (Казахстан), not its ISO3 code
    if (f.name().equals("country") && v instanceof String code && code.matches("[A-Z]{3}")) {
      return Cell.of(Units.country(code, page.m().lang()));
    }
    return Cell.of(show(f, v, page));
  }

  /** A value as a reader sees it: a coded one by its label, a language map in the page's. */
  static String show(RecordField f, Object v, RegistryPage page) {
    if (v instanceof Map<?, ?> m && f.type() == RecordField.Type.LANGUAGES) {
      Object text = m.get(page.m().lang());
      if (text == null) text = m.get("en");
      if (text == null && !m.isEmpty()) text = m.values().iterator().next();
      return text == null ? null : text.toString();
    }
    if (v instanceof BigDecimal b) return plain(b);
    String s = v instanceof Enum<?> e ? e.name() : v.toString();
    return f.values().contains(s) ? page.word(f.keyOf(s), s) : s;
  }

  static Optional<Entity<?>> bySlug(String slug) {
    return Optional.ofNullable(ALL.get(slug));
  }

  static Entity<?> of(Class<?> type) {
    return ALL.values().stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No registry page for " + type));
  }

  /** The detail page of a record id, by its prefix ({@code AGR-001}); null when unknown. */
  static String hrefOf(String id) {
    if (id == null) return null;
    String prefix = id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
    String slug =
        switch (prefix) {
          case "AGR" -> "agreements";
          case "SES" -> "sessions";
          case "DEC" -> "decisions";
          case "IND" -> "indicators";
          case "PRJ" -> "projects";
          case "ORG" -> "organisations";
          case "REQ" -> "requests";
          case "EVT" -> "events";
          case "HER" -> "heritage";
          default -> null;
        };
    return slug == null ? null : "/registry/" + slug + "/" + id;
  }

  static String text(Object o) {
    return o == null ? null : o.toString();
  }

  static String plain(BigDecimal b) {
    return b == null ? null : b.stripTrailingZeros().toPlainString();
  }
}
