package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.bench.LoadBench;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caravan bench --load} run briefly (two connections, half a second a target) against a test
 * server: every target answers without an error and gets a line. Its speed is the bench's to
 * report, not a test's to assert.
 */
class LoadBenchRunTest {
  @RegisterExtension static final TestServer web = new TestServer();

  @TempDir Path dir;

  @Test
  void every_target_answers_and_is_reported_beside_the_static_file() throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    List<LoadBench.Result> results =
        new LoadBench(new PrintStream(text, true, StandardCharsets.UTF_8), false)
            // cached answers and a window of 1.5 s: an uncached view on a loaded runner may take
            // longer than a short window, and a request still out when it ends is not counted
            .run(web.base(), ProcessHandle.current().pid(), dir, 2, 0.5, 1.5, List.of());
    assertThat(results).hasSize(LoadBench.TARGETS.size());
    for (LoadBench.Result r : results) {
      assertThat(r.requests()).as(r.target().name()).isPositive();
      assertThat(r.errors()).as(r.target().name()).isZero();
    }
    String report = text.toString(StandardCharsets.UTF_8);
    for (LoadBench.Target t : LoadBench.TARGETS) assertThat(report).contains(t.name());
    assertThat(report).contains("ratio to static").contains("server resident memory");
  }
}
