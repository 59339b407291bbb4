package caravan.registry;

import caravan.text.InvalidValueException;
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
      withOffered(
          new Entity("agreement", "agreements", Agreement.class),
          new Entity("session", "sessions", CommissionSession.class),
          new Entity("indicator", "indicators", Indicator.class),
          new Entity("project", "projects", Project.class),
          new Entity("organisation", "organisations", Organisation.class),
          new Entity("decision", "decisions", Decision.class),
          new Entity("partner-request", "partnerRequests", PartnerRequest.class),
          new Entity("event", "events", Event.class));

  /** The registry's own entities, then those other features offer (heritage items). */
  private static List<Entity> withOffered(Entity... own) {
    List<Entity> all = new java.util.ArrayList<>(List.of(own));
    for (RecordType<?> t : RecordTypes.OFFERED) {
      all.add(new Entity(t.exportName(), t.exportKey(), t.type()));
    }
    return List.copyOf(all);
  }

  /**
   * Each entity under its name, its plural ({@code projects}, {@code partner-requests}: what the
   * README and the API's paths say) and its JSON key ({@code partnerRequests}), all lower case.
   */
  private static final Map<String, Entity> BY_NAME =
      Map.ofEntries(
          ALL.stream()
              .flatMap(
                  e ->
                      java.util.stream.Stream.of(e.name(), e.name() + "s", e.key())
                          .map(n -> n.toLowerCase(Locale.ROOT))
                          .distinct()
                          .map(n -> Map.entry(n, e)))
              .toArray(Map.Entry[]::new));

  /**
   * The entity named {@code name}, singular or plural (case-insensitive); the message lists the
   * names. An unknown name is the caller's mistake, so the CLI exits 2 and the API answers 400.
   */
  static Entity named(String name) {
    Entity e = name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    if (e == null) {
      throw new InvalidValueException(
          caravan.text.Text.of("reg.exp.unknownEntity", String.valueOf(name), names()),
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
