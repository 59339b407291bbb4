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
  void the_readme_latin_spelling_finds_the_caspian_convention_first() {
    // "Kaspiyskoe" is Каспийское in BGN/PCGN romanization; AGR-019's Russian title says
    // "Каспийского моря", the same stem каспийск; no other agreement has a Russian Caspian title
    assertThat(registry.list(Agreement.class, RegistryFilter.text("Kaspiyskoe")))
        .extracting(Agreement::id)
        .first()
        .isEqualTo("AGR-019");
    assertThat(registry.search("Kaspiyskoe", 10))
        .extracting(SearchIndex.Hit::id)
        .first()
        .isEqualTo("AGR-019");
  }

  @Test
  void a_russian_stem_finds_the_longer_words_it_begins_and_the_english_caspian() {
    // "Каспий" stems to касп, the start of каспийск (AGR-019, "Каспийского"); its Latin skeleton
    // ksp begins that of "Caspian" (kspn), as in EVT-015 "Fifth Caspian Summit" and PRJ-006
    // "transport / Caspian shipping"
    assertThat(registry.list(Agreement.class, RegistryFilter.text("Каспий")))
        .extracting(Agreement::id)
        .first()
        .isEqualTo("AGR-019");
    assertThat(registry.search("Каспий", 20))
        .extracting(SearchIndex.Hit::id)
        .startsWith("AGR-019")
        .contains("EVT-015", "PRJ-006");
  }

  @Test
  void a_russian_word_finds_the_leather_plant_whose_source_names_it_in_its_address() {
    // PRJ-002 is in English ("Leather (hide-processing) plant"); its source, Kazakhstanskaya
    // Pravda, is at …/vozobnovil-rabotu-kozhevennyy-zavod/, and кожевенный is kozhevennyy in
    // BGN/PCGN
    assertThat(registry.list(Project.class, RegistryFilter.text("кожевенный")))
        .extracting(Project::id)
        .first()
        .isEqualTo("PRJ-002");
    assertThat(registry.search("кожевенный завод", 10))
        .extracting(SearchIndex.Hit::id)
        .first()
        .isEqualTo("PRJ-002");
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
