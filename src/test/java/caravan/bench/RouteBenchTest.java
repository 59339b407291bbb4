package caravan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route bench runs end to end at a tiny size and reports both figures; no timing is judged. */
class RouteBenchTest {
  @Test
  void reports_both_networks_beside_their_dijkstra() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<RouteBench.Figures> figures =
        new RouteBench(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(2_000, 20);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).nodes()).isEqualTo(45);
    // the generated network is about the size asked for: 2,000 nodes on lines of sqrt(5,000)
    assertThat(figures.get(1).nodes()).isBetween(1_900, 2_100);
    for (RouteBench.Figures f : figures) {
      assertThat(f.routesMedian()).isPositive();
      assertThat(f.labelsMedian()).isGreaterThanOrEqualTo(f.routesMedian());
      assertThat(f.truncated()).isZero();
    }
    assertThat(out)
        .contains("(a) route query", "(b) route query", "ratio p50 Pareto / Dijkstra", "memory:");
  }
}
