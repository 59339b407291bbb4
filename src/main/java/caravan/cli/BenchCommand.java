package caravan.cli;

import caravan.bench.Bench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--rows", defaultValue = "${env:CARAVAN_BENCH_ROWS:-11000000}")
  long rows;

  @Option(names = "--countries", defaultValue = "${env:CARAVAN_BENCH_COUNTRIES:-230}")
  int countries;

  @Option(names = "--products", defaultValue = "${env:CARAVAN_BENCH_PRODUCTS:-5000}")
  int products;

  @Option(names = "--repeats", defaultValue = "${env:CARAVAN_BENCH_REPEATS:-1000}")
  int repeats;

  @Option(names = "--dir", defaultValue = "${env:CARAVAN_BENCH_DIR:-target/bench}")
  Path dir;

  @picocli.CommandLine.Mixin LoadOptions load;

  @Option(
      names = "--start",
      arity = "0..1",
      defaultValue = "${env:CARAVAN_BENCH_START}",
      fallbackValue = "5",
      paramLabel = "ROUNDS")
  Integer startRounds;

  @Option(
      names = "--routes",
      arity = "0..1",
      defaultValue = "${env:CARAVAN_BENCH_ROUTES}",
      fallbackValue = "100000",
      paramLabel = "NODES")
  Integer routeNodes;

  @Option(names = "--complexity", defaultValue = "${env:CARAVAN_BENCH_COMPLEXITY:-false}")
  boolean complexity;

  @Option(names = "--naive", defaultValue = "${env:CARAVAN_BENCH_NAIVE:-false}")
  boolean naive;

  @Override
  public Integer call() throws Exception {
    if (complexity) {
      new caravan.bench.ComplexityBench(System.out)
          .run(countries, products, rows, repeats == 1000 ? 10 : repeats, naive);
      return 0;
    }
    if (routeNodes != null) {
      new caravan.bench.RouteBench(System.out).run(routeNodes, repeats);
      return 0;
    }
    if (load.load) return load.run(dir);
    if (startRounds != null) {
      new caravan.bench.StartBench(System.out).run(dir, startRounds);
      return 0;
    }
    new Bench(System.out).run(dir, rows, countries, products, repeats);
    return 0;
  }
}
