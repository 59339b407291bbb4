package caravan.cli;

import caravan.bench.Bench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Benchmarks with ratios against baselines measured in the same run (import vs read_csv, profile latency, cold start).")
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--rows",
      defaultValue = "${env:CARAVAN_BENCH_ROWS:-11000000}",
      description =
          "Rows of the generated BACI-shaped year (env CARAVAN_BENCH_ROWS; default ${DEFAULT-VALUE}).")
  long rows;

  @Option(
      names = "--countries",
      defaultValue = "${env:CARAVAN_BENCH_COUNTRIES:-230}",
      description = "Countries (env CARAVAN_BENCH_COUNTRIES; default ${DEFAULT-VALUE}).")
  int countries;

  @Option(
      names = "--products",
      defaultValue = "${env:CARAVAN_BENCH_PRODUCTS:-5000}",
      description = "HS6 products (env CARAVAN_BENCH_PRODUCTS; default ${DEFAULT-VALUE}).")
  int products;

  @Option(
      names = "--repeats",
      defaultValue = "${env:CARAVAN_BENCH_REPEATS:-1000}",
      description = "Timed profile runs (env CARAVAN_BENCH_REPEATS; default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(
      names = "--dir",
      defaultValue = "${env:CARAVAN_BENCH_DIR:-target/bench}",
      description = "Work directory (env CARAVAN_BENCH_DIR; default ${DEFAULT-VALUE}).")
  Path dir;

  @picocli.CommandLine.Mixin LoadOptions load;

  @Option(
      names = "--start",
      arity = "0..1",
      defaultValue = "${env:CARAVAN_BENCH_START}",
      fallbackValue = "5",
      paramLabel = "ROUNDS",
      description =
          "Only time the start (--version, profile, serve to its first page), ROUNDS times, default 5 (env CARAVAN_BENCH_START).")
  Integer startRounds;

  @Option(
      names = "--routes",
      arity = "0..1",
      defaultValue = "${env:CARAVAN_BENCH_ROUTES}",
      fallbackValue = "100000",
      paramLabel = "NODES",
      description =
          "Only the router: the Pareto search beside a plain Dijkstra on a corridor-sized network and on a generated one of NODES nodes, default 100000 (env CARAVAN_BENCH_ROUTES).")
  Integer routeNodes;

  @Option(
      names = "--complexity",
      defaultValue = "${env:CARAVAN_BENCH_COMPLEXITY:-false}",
      description =
          "Only economic complexity: the pass over a BACI-shaped year against bench/complexity_numpy.py, 512 MB heap; --repeats passes, best kept (env CARAVAN_BENCH_COMPLEXITY).")
  boolean complexity;

  @Option(
      names = "--naive",
      defaultValue = "${env:CARAVAN_BENCH_NAIVE:-false}",
      description =
          "With --complexity: also a plain triple-loop proximity, once (env CARAVAN_BENCH_NAIVE).")
  boolean naive;

  @Override
  public Integer call() throws Exception {
    if (complexity) {
      new caravan.bench.ComplexityBench(System.out)
          .run(countries, products, rows, repeats == 1000 ? 3 : repeats, naive);
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
