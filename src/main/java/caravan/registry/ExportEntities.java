package caravan.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entities an export holds, in the order they are written and imported: each with the name the
 * CLI and CSV files use ({@code project}) and the key of its array in the JSON document ({@code
 * projects}). Records that others point to come first, so a reader can check links in one pass.
 */
final class ExportEntities {
  private ExportEntities() {}

  /** One exported entity. */
  record Entity(String name, String key, Class<? extends RegistryRecord> type) {}

  static final List<Entity> ALL =
      List.of(
          new Entity("agreement", "agreements", Agreement.class),
          new Entity("session", "sessions", CommissionSession.class),
          new Entity("indicator", "indicators", Indicator.class),
          new Entity("project", "projects", Project.class),
          new Entity("organisation", "organisations", Organisation.class),
          new Entity("decision", "decisions", Decision.class),
          new Entity("partner-request", "partnerRequests", PartnerRequest.class),
          new Entity("event", "events", Event.class),
          new Entity("heritage-item", "heritageItems", HeritageItem.class));

  private static final Map<String, Entity> BY_NAME =
      Map.ofEntries(ALL.stream().map(e -> Map.entry(e.name(), e)).toArray(Map.Entry[]::new));

  /** The entity named {@code name} (case-insensitive); the message lists the names. */
  static Entity named(String name) {
    Entity e = name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    if (e == null) {
      throw new RegistryException(
          "Unknown entity '" + name + "': use one of " + names(),
          Map.of("field", "entity", "value", String.valueOf(name)));
    }
    return e;
  }

  static Entity of(Class<? extends RegistryRecord> type) {
    return ALL.stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not a registry record type: " + type));
  }

  static String names() {
    return String.join(", ", ALL.stream().map(Entity::name).toList());
  }
}
