package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.AnalyticsStore;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valid BACI header over tens of MB of one-field lines, imported by {@code caravan import} in a
 * JVM of its own with a small heap (issue 11 §1): refused with the first lines as {@code file:line:
 * field: reason}, the store's rows as they were. Before, every such line was set aside by DuckDB
 * (5.9 GB resident for 30 MB) and worded in its reader's words.
 */
class ImportGarbageTest {
  @TempDir Path tmp;

  @Test
  void tens_of_mb_of_one_field_lines_are_refused_under_a_small_heap() throws Exception {
    Path data = tmp.resolve("data");
    // a store with one BACI row (398 KAZ to 364 IRN, wheat 100190 of HS 1992), so that
    // "unchanged" means something
    Path seed = tmp.resolve("BACI_HS92_Y2021_V202301.csv");
    Files.writeString(seed, "t,i,j,k,v,q\n2021,398,364,100190,5,1.5\n");
    ChildProcess seeded = importBaci(data, seed);
    assertThat(seeded.exit()).as(seeded.out()).isZero();
    String before = storeRows(data);

    Path garbage = tmp.resolve("BACI_HS92_Y2022_V202301.csv");
    try (BufferedWriter w = Files.newBufferedWriter(garbage, StandardCharsets.UTF_8)) {
      w.write("t,i,j,k,v,q\n");
      for (int n = 0; n < 1_500_000; n++) w.write("garbagegarbagegarbage\n");
    }
    assertThat(Files.size(garbage)).isGreaterThan(30_000_000L);

    ChildProcess run = importBaci(data, garbage);

    assertThat(run.exit()).as(run.out()).isNotZero();
    assertThat(run.out())
        .contains(garbage + " refused: 50 of the first 50 rows (by line 51)")
        .contains(garbage + ":2: i: missing: the line has 1 field where the header has 6")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out().lines().count()).isLessThan(60);
    assertThat(storeRows(data)).isEqualTo(before);
  }

  private static ChildProcess importBaci(Path data, Path file) throws Exception {
    return ChildProcess.caravan(
        List.of("-Xmx256m"),
        "--data-dir",
        data.toString(),
        "import",
        "--format",
        "baci",
        file.toString());
  }

  /**
   * Every row of the three trade tables, hashed and summed, with their counts (the file's bytes
   * change whenever DuckDB opens and closes it, whatever is imported).
   */
  private static String storeRows(Path data) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (AnalyticsStore store = AnalyticsStore.file(data);
        Connection c = store.connect();
        Statement s = c.createStatement()) {
      for (String table : new String[] {"trade_flow", "baci_flow", "import_batch"}) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) || ':' || coalesce(sum(hash(x)), 0) FROM " + table + " x")) {
          r.next();
          sb.append(table).append('=').append(r.getString(1)).append(' ');
        }
      }
    }
    return sb.toString();
  }
}
