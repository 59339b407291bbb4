package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.SearchIndex;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Full-text search over the shipped registry, through RegistryService's text filter. */
class RegistrySearchTest {
  static RegistryService registry;

  @BeforeAll
  static void load() {
    registry =
        new RegistryService(
            TestStores.h2().jdbi(), Countries.shipped(), Clock.systemUTC(), SearchIndex.inMemory());
    registry.loadShipped();
    registry.reindex();
  }

  @Test
  void an_english_word_finds_the_cheese_plant_by_its_stem() {
    // PRJ-001's title says "cheese plant"; "cheeses" stems to the same word
    assertThat(registry.list(Project.class, RegistryFilter.text("cheeses")))
        .extracting(Project::id)
        .contains("PRJ-001");
  }

  @Test
  void a_russian_word_in_another_case_finds_the_caspian_convention() {
    // title_ru "Конвенция о правовом статусе Каспийского моря": "каспийское" shares its stem
    assertThat(registry.list(Agreement.class, RegistryFilter.text("каспийское море")))
        .extracting(Agreement::id)
        .isNotEmpty()
        .allSatisfy(id -> assertThat(id).startsWith("AGR-"));
  }

  @Test
  void a_latin_spelling_finds_a_cyrillic_title_across_scripts() {
    // "Kaspiyskogo" folds to the same Latin key as "Каспийского"
    assertThat(registry.list(Agreement.class, RegistryFilter.text("Kaspiyskogo"))).isNotEmpty();
  }

  @Test
  void a_deleted_record_leaves_the_index() {
    Project p = registry.get(Project.class, "PRJ-001");
    Project copy = registry.create(p, "tester");
    assertThat(registry.list(Project.class, RegistryFilter.text("cheese")))
        .extracting(Project::id)
        .contains(copy.id());
    registry.delete(Project.class, copy.id(), copy.version(), "tester");
    assertThat(registry.list(Project.class, RegistryFilter.text("cheese")))
        .extracting(Project::id)
        .doesNotContain(copy.id());
  }

  @Test
  void search_across_kinds_names_each_hit() {
    assertThat(registry.search("Solico", 10)).extracting(SearchIndex.Hit::kind).contains("project");
  }
}
