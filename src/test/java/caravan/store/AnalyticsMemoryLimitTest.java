package caravan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.text.CaravanException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * DuckDB's memory outside the heap is bounded, so a file of garbage rows spills instead of growing.
 */
class AnalyticsMemoryLimitTest {

  @Test
  void aStoreOpensWithTheDefaultLimitInForce() throws Exception {
    try (AnalyticsStore store = AnalyticsStore.inMemory();
        Connection c = store.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_setting('memory_limit')")) {
      rs.next();
      // DuckDB reports 1GB in binary units as 953.6 MiB (10^9 / 2^20 = 953.67); without the limit
      // it would be 80 % of this machine's memory, gigabytes
      assertThat(rs.getString(1)).isEqualTo("953.6 MiB");
    }
  }

  @Test
  void anAmountOfMemoryIsTakenAsWritten() {
    assertThat(AnalyticsStore.memoryLimit("512MB")).isEqualTo("512MB");
    assertThat(AnalyticsStore.memoryLimit(" 2 GiB ")).isEqualTo("2 GiB");
    assertThat(AnalyticsStore.memoryLimit(null)).isEqualTo(AnalyticsStore.DEFAULT_MEMORY);
    assertThat(AnalyticsStore.memoryLimit("")).isEqualTo(AnalyticsStore.DEFAULT_MEMORY);
  }

  @Test
  void anythingElseIsRefusedInWordsBeforeItReachesTheDatabase() {
    for (String bad : new String[] {"lots", "512", "1GB'; DROP TABLE x; --", "-1GB", "1e9MB"}) {
      assertThatThrownBy(() -> AnalyticsStore.memoryLimit(bad))
          .isInstanceOf(CaravanException.class)
          .hasMessageContaining("CARAVAN_DUCKDB_MEMORY")
          .hasMessageContaining("write it like 512MB");
    }
  }
}
