package caravan.cli;

import caravan.bench.LoadBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code caravan bench --load}: a closed-loop load test of a server. */
final class LoadOptions {
  @Option(
      names = "--load",
      defaultValue = "${env:CARAVAN_BENCH_LOAD:-false}",
      description =
          "Load-test a server instead (static CSS file as the baseline, dashboard, profile API,"
              + " registry lists and search): requests/s, p50, p99, ratio, resident memory (env"
              + " CARAVAN_BENCH_LOAD).")
  boolean load;

  @Option(
      names = "--url",
      defaultValue = "${env:CARAVAN_BENCH_URL}",
      description =
          "The server to load, e.g. http://localhost:7070 (env CARAVAN_BENCH_URL; default: start"
              + " caravan serve on a fresh data directory under --dir).")
  String url;

  @Option(
      names = "--pid",
      defaultValue = "${env:CARAVAN_BENCH_PID:-0}",
      description =
          "The process id of the server at --url, for its resident memory (env CARAVAN_BENCH_PID).")
  long pid;

  @Option(
      names = "--connections",
      defaultValue = "${env:CARAVAN_BENCH_CONNECTIONS:-50}",
      description =
          "Keep-alive connections (env CARAVAN_BENCH_CONNECTIONS; default ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--seconds",
      defaultValue = "${env:CARAVAN_BENCH_SECONDS:-15}",
      description =
          "Timed seconds per target (env CARAVAN_BENCH_SECONDS; default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--warmup",
      defaultValue = "${env:CARAVAN_BENCH_WARMUP:-5}",
      description =
          "Warm-up seconds per target, not timed (env CARAVAN_BENCH_WARMUP; default"
              + " ${DEFAULT-VALUE}).")
  double warmup;

  @Option(
      names = "--only",
      split = ",",
      defaultValue = "${env:CARAVAN_BENCH_ONLY}",
      description =
          "Targets whose name contains one of these words (the baseline always runs; env"
              + " CARAVAN_BENCH_ONLY).")
  List<String> only;

  @Option(
      names = "--uncached",
      defaultValue = "${env:CARAVAN_BENCH_UNCACHED:-false}",
      description =
          "Give each request a query parameter of its own, so that every answer is computed (the"
              + " static baseline stays as it is; env CARAVAN_BENCH_UNCACHED).")
  boolean uncached;

  int run(Path dir) throws Exception {
    Files.createDirectories(dir);
    new LoadBench(System.out, uncached).run(url, pid, dir, connections, warmup, seconds, only);
    return 0;
  }
}
