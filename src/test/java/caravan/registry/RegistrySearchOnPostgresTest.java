package caravan.registry;

import caravan.store.SearchIndex;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every {@link RegistrySearchTest} again, with the registry on a real (embedded) PostgreSQL: this
 * {@code load} hides the superclass's, so JUnit runs only this one.
 */
class RegistrySearchOnPostgresTest extends RegistrySearchTest {
  @BeforeAll
  static void load() {
    registry =
        new RegistryService(
            TestStores.postgres().jdbi(),
            Countries.shipped(),
            Clock.systemUTC(),
            SearchIndex.inMemory());
    registry.loadShipped();
    registry.reindex();
  }
}
