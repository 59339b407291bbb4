package caravan.web;

import caravan.registry.Agreement;
import caravan.registry.CommissionSession;
import caravan.registry.Decision;
import caravan.registry.Event;
import caravan.registry.HeritageItem;
import caravan.registry.Indicator;
import caravan.registry.Organisation;
import caravan.registry.PartnerRequest;
import caravan.registry.Project;
import caravan.registry.RegistryRecord;
import caravan.web.RegistryPage.Cell;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The registry's entities as the pages name them ({@code /registry/agreements}…): the record type,
 * the list columns, the value the kind filter matches (the same value the store files as the
 * record's kind) and the countries the country filter matches.
 */
final class RegistryPageEntities {
  private RegistryPageEntities() {}

  /** A list column: the field it shows and how, in a language. */
  record Column<T>(String field, BiFunction<T, String, Cell> cell) {}

  record Entity<T extends RegistryRecord>(
      String slug,
      Class<T> type,
      List<Column<T>> columns,
      Function<T, String> kind,
      Function<T, List<String>> countries) {

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

    @SuppressWarnings("unchecked")
    Cell cell(Column<?> column, RegistryRecord r, String lang) {
      return ((Column<T>) column).cell().apply((T) r, lang);
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
    add(
        new Entity<>(
            "agreements",
            Agreement.class,
            List.of(
                col("title", (Agreement a, String l) -> a.title(l)),
                col("kind", (a, l) -> a.kind()),
                col("signedOn", (a, l) -> text(a.signedOn())),
                col("status", (a, l) -> a.status().label())),
            Agreement::kind,
            a -> List.of()));
    add(
        new Entity<>(
            "sessions",
            CommissionSession.class,
            List.of(
                col("number", (CommissionSession s, String l) -> String.valueOf(s.number())),
                col("startDate", (s, l) -> text(s.startDate())),
                col("place", (s, l) -> s.place()),
                col("outcomes", (s, l) -> s.outcomes())),
            s -> null,
            s -> List.of()));
    add(
        new Entity<>(
            "decisions",
            Decision.class,
            List.of(
                new Column<>(
                    "sessionNumber",
                    (Decision d, String l) ->
                        new Cell(
                            String.valueOf(d.sessionNumber()),
                            "/registry/sessions/" + CommissionSession.idOf(d.sessionNumber()))),
                col("text", (d, l) -> d.text()),
                col("deadline", (d, l) -> text(d.deadline())),
                col("status", (d, l) -> text(d.status()))),
            d -> text(d.status()),
            d -> List.of()));
    add(
        new Entity<>(
            "indicators",
            Indicator.class,
            List.of(
                col("indicator", (Indicator i, String l) -> i.indicator()),
                col("title", (i, l) -> i.title()),
                col("unit", (i, l) -> Units.unit(i.unit(), l)),
                col("target", (i, l) -> plain(i.target())),
                col("targetYear", (i, l) -> text(i.targetYear()))),
            Indicator::indicator,
            i -> List.of()));
    add(
        new Entity<>(
            "projects",
            Project.class,
            List.of(
                col("title", (Project p, String l) -> p.title()),
                col("sectorText", (p, l) -> p.sectorText()),
                col("region", (p, l) -> p.region()),
                col("stage", (p, l) -> p.stage().map(Enum::name).orElse(null)),
                col(
                    "amount",
                    (p, l) -> Units.money(p.amountLow(), p.amountHigh(), p.currency(), l))),
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
            List.of(
                col("names", (Organisation o, String l) -> o.name(l)),
                col("kind", (o, l) -> o.kind()),
                col(
                    "country",
                    (o, l) ->
                        o.country() == null ? o.countryNote() : Units.country(o.country(), l)),
                col("role", (o, l) -> o.role())),
            Organisation::kind,
            o -> o.country() == null ? List.of() : List.of(o.country())));
    add(
        new Entity<>(
            "requests",
            PartnerRequest.class,
            List.of(
                col("direction", (PartnerRequest r, String l) -> text(r.direction())),
                new Column<>(
                    "organisationId",
                    (r, l) ->
                        new Cell(
                            r.organisationId(),
                            r.organisationId() == null
                                ? null
                                : "/registry/organisations/" + r.organisationId())),
                col("text", (r, l) -> r.text()),
                col("expires", (r, l) -> text(r.expires()))),
            r -> text(r.direction()),
            r -> List.of()));
    add(
        new Entity<>(
            "events",
            Event.class,
            List.of(
                col("kind", (Event e, String l) -> e.kind()),
                col("title", (e, l) -> e.title()),
                col("startDate", (e, l) -> text(e.startDate())),
                col("place", (e, l) -> e.place())),
            Event::kind,
            e -> List.of()));
    add(
        new Entity<>(
            "heritage",
            HeritageItem.class,
            List.of(
                col("title", (HeritageItem h, String l) -> h.title()),
                col("originalTitle", (h, l) -> h.ownTitle()),
                col("holder", (h, l) -> h.holder()),
                col("date", (h, l) -> h.dateText())),
            HeritageItem::kind,
            h -> List.of()));
  }

  private static void add(Entity<?> e) {
    ALL.put(e.slug(), e);
  }

  private static <T> Column<T> col(String field, BiFunction<T, String, String> text) {
    return new Column<>(field, (r, l) -> Cell.of(text.apply(r, l)));
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
