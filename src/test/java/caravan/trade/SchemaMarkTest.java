package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.AnalyticsStore;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * A start skips making the trade tables only for the build that recorded its mark: a store with no
 * mark, another build's mark, or no build known (run from classes) does the work.
 */
class SchemaMarkTest {
  @Test
  void only_the_build_that_made_the_tables_skips_them() throws Exception {
    try (AnalyticsStore store = AnalyticsStore.inMemory();
        Connection c = store.connect()) {
      assertThat(SchemaMark.matches(c, "caravan.jar 100 1")).as("no mark yet").isFalse();
      SchemaMark.record(c, "caravan.jar 100 1");
      assertThat(SchemaMark.matches(c, "caravan.jar 100 1")).isTrue();
      assertThat(SchemaMark.matches(c, "caravan.jar 100 2")).as("a rebuilt jar").isFalse();
      assertThat(SchemaMark.matches(c, null)).as("run from classes").isFalse();
      SchemaMark.record(c, "caravan.jar 100 2");
      assertThat(SchemaMark.matches(c, "caravan.jar 100 1")).as("one mark, the last").isFalse();
      assertThat(SchemaMark.matches(c, "caravan.jar 100 2")).isTrue();
    }
  }

  @Test
  void tests_run_from_classes_so_they_always_make_the_tables() {
    // the mark is the jar's; Maven runs these tests from target/classes
    assertThat(SchemaMark.ofThisBuild()).isNull();
  }
}
