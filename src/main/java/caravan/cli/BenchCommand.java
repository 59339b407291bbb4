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
      defaultValue = "11000000",
      description = "Rows of the generated BACI-shaped year (default ${DEFAULT-VALUE}).")
  long rows;

  @Option(
      names = "--countries",
      defaultValue = "230",
      description = "Countries (default ${DEFAULT-VALUE}).")
  int countries;

  @Option(
      names = "--products",
      defaultValue = "5000",
      description = "HS6 products (default ${DEFAULT-VALUE}).")
  int products;

  @Option(
      names = "--repeats",
      defaultValue = "200",
      description = "Timed profile runs (default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(
      names = "--dir",
      defaultValue = "${env:CARAVAN_BENCH_DIR:-target/bench}",
      description = "Work directory (env CARAVAN_BENCH_DIR; default ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    new Bench(System.out).run(dir, rows, countries, products, repeats);
    return 0;
  }
}
