package caravan.registry;

import java.util.List;
import java.util.Set;

/**
 * A record kept in the registry. Each carries its id ({@code AGR-001}; null before it is created),
 * the version it was read at (for optimistic locking; 0 before it is created) and its sources.
 */
public interface RegistryRecord {
  /** The languages titles and names are kept in. */
  Set<String> LANGUAGES = Set.of("en", "ru", "kk", "fa");

  String id();

  int version();

  List<Source> sources();

  /** The two countries the record belongs to; null only before the registry gives it its pair. */
  Pair pair();

  /** True when no source has both a quote and a date (or there is no source). */
  default boolean thinSource() {
    return sources().stream().allMatch(Source::thin);
  }

  /**
   * Problems this record has on its own, each {@code field: reason}; empty when fine. Rules that
   * need other records (a known country, an existing session) are checked by the service.
   */
  default List<String> problems() {
    return problemTexts().stream().map(caravan.text.Text::english).toList();
  }

  /**
   * {@link #problems} for a door to word in its reader's language. A kind overrides one of the two:
   * a kind that words its own problems only in English gives them as literals.
   */
  default List<caravan.text.Text> problemTexts() {
    return problems().stream().map(caravan.text.Text::literal).toList();
  }

  /**
   * The other records it names, by field, that must exist (a heritage item's agreements): checked
   * on every save and import. The registry's own kinds check theirs in {@code CrossChecks}.
   */
  default List<Linked> linked() {
    return List.of();
  }

  /** Ids in {@code field} naming records of {@code type}. */
  record Linked(String field, Class<? extends RegistryRecord> type, List<String> ids) {}
}
