package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.SearchIndex;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The search index is built from the store on first use, or in the background while a server
 * starts; either way a search sees every record, those written before the build included.
 */
class RegistryIndexBuildTest {
  private static RegistryService fresh() {
    RegistryService registry =
        new RegistryService(
            TestStores.h2().jdbi(), Countries.shipped(), Clock.systemUTC(), SearchIndex.inMemory());
    registry.loadShipped();
    return registry;
  }

  @Test
  void the_first_search_builds_the_index_with_what_was_written_before() {
    RegistryService registry = fresh();
    // written while no index is built: nothing to index yet, the build reads it from the store
    Project copy = registry.create(registry.get(Project.class, "PRJ-001"), "tester");
    assertThat(registry.list(Project.class, RegistryFilter.text("cheese")))
        .extracting(Project::id)
        .contains("PRJ-001", copy.id());
  }

  @Test
  void a_search_during_a_background_build_waits_for_it() {
    RegistryService registry = fresh();
    registry.reindexInBackground();
    // PRJ-001 is the cheese plant (shipped): found as soon as the build is done
    assertThat(registry.list(Project.class, RegistryFilter.text("cheese")))
        .extracting(Project::id)
        .contains("PRJ-001");
    // a change after the build goes into the index
    Project copy = registry.create(registry.get(Project.class, "PRJ-001"), "tester");
    assertThat(registry.list(Project.class, RegistryFilter.text("cheese")))
        .extracting(Project::id)
        .contains(copy.id());
  }
}
