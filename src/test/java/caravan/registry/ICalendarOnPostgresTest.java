package caravan.registry;

import caravan.store.RelationalStore;
import caravan.store.TestStores;

/** Every {@link ICalendarTest} again, on a real (embedded) PostgreSQL. */
class ICalendarOnPostgresTest extends ICalendarTest {
  @Override
  RelationalStore newStore() {
    return TestStores.postgres();
  }
}
