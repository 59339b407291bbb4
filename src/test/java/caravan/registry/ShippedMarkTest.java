package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.figures.FiguresService;
import caravan.store.DataVersion;
import caravan.store.RelationalStore;
import caravan.store.ShippedMark;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shipped registry is read only when the store does not hold this build's files (issue 10 §2),
 * and the stated targets only when one of their indicators is missing: on H2 and PostgreSQL.
 */
class ShippedMarkTest {
  @Nested
  class OnH2 extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.h2();
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.postgres();
    }
  }

  abstract static class Contract {
    abstract RelationalStore newStore();

    RelationalStore store;
    RegistryService registry;
    DataVersion version;

    @BeforeEach
    void open() {
      store = newStore();
      registry = new RegistryService(store.jdbi(), Countries.shipped(), Clock.systemUTC());
      version = new DataVersion(store.jdbi());
    }

    @AfterEach
    void close() {
      store.close();
    }

    String recorded() {
      return store
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery("SELECT digest FROM shipped_mark WHERE name = 'registry'")
                      .mapTo(String.class)
                      .one());
    }

    void forget(String table, String id) {
      // outside the application (which deletes softly): only a load that runs can put it back
      store.jdbi().useHandle(h -> h.execute("DELETE FROM " + table + " WHERE id = ?", id));
    }

    @Test
    void aLoadRecordsTheFilesItLoadedAndTheNextStartReadsNone() {
      assertThat(recorded()).isEmpty(); // V12 makes the row with a digest no files have
      long before = version.current();
      assertThat(registry.loadShipped()).isEqualTo(135); // as RegistryServiceTest counts them
      assertThat(version.current()).isGreaterThan(before); // a load that runs is a write
      assertThat(recorded())
          .isEqualTo(ShippedMark.of("registry", RegistryCsv.shippedFiles()).digest())
          .hasSize(64);

      // proof that the second load does not read the files: a record removed behind the
      // application's back stays removed, where a load that ran would insert it again
      forget("agreement", "AGR-001");
      long loaded = version.current();
      assertThat(registry.loadShipped()).isZero();
      assertThat(version.current()).isEqualTo(loaded); // a skipped load writes nothing
      assertThat(count("agreement", "AGR-001")).isZero();
    }

    @Test
    void filesOtherThanTheRecordedOnesAreLoadedAgain() {
      registry.loadShipped();
      // as if an older build had loaded other files: the digest differs, so this build loads
      store.jdbi().useHandle(h -> h.execute("UPDATE shipped_mark SET digest = 'older build'"));
      forget("agreement", "AGR-001");
      long before = version.current();
      assertThat(registry.loadShipped()).isEqualTo(1);
      assertThat(count("agreement", "AGR-001")).isEqualTo(1);
      assertThat(version.current()).isGreaterThan(before);
      assertThat(recorded())
          .isEqualTo(ShippedMark.of("registry", RegistryCsv.shippedFiles()).digest());
    }

    @Test
    void statedTargetsAreReadOnlyWhenOneOfTheirIndicatorsIsMissing() {
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      Pair pair = Pair.of("KAZ-IRN");
      // four target statements in data/figures/stated-figures.csv (see StatedTargetsTest)
      assertThat(registry.loadStatedTargets(figures, pair)).isEqualTo(4);
      assertThat(StatedTargets.ids())
          .containsExactlyInAnyOrder(
              "IND-TRADE-TURNOVER",
              "IND-AGRI-TRADE",
              "IND-CORRIDOR-CAPACITY",
              "IND-KAZ-CARGO-VIA-INSTC");
      long loaded = version.current();
      assertThat(registry.loadStatedTargets(figures, pair)).isZero();
      assertThat(version.current()).isEqualTo(loaded);
      forget("indicator", "IND-AGRI-TRADE");
      assertThat(registry.loadStatedTargets(figures, pair)).isEqualTo(1);
      assertThat(count("indicator", "IND-AGRI-TRADE")).isEqualTo(1);
    }

    long count(String table, String id) {
      return store
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
                      .bind("id", id)
                      .mapTo(Long.class)
                      .one());
    }
  }
}
