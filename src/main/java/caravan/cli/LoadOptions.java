package caravan.cli;

import caravan.bench.LoadBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code caravan bench --load}: a closed-loop load test of a server. */
final class LoadOptions {
  @Option(names = "--load", defaultValue = "${env:CARAVAN_BENCH_LOAD:-false}")
  boolean load;

  @Option(names = "--url", defaultValue = "${env:CARAVAN_BENCH_URL}")
  String url;

  @Option(names = "--pid", defaultValue = "${env:CARAVAN_BENCH_PID:-0}")
  long pid;

  @Option(names = "--connections", defaultValue = "${env:CARAVAN_BENCH_CONNECTIONS:-50}")
  int connections;

  @Option(names = "--seconds", defaultValue = "${env:CARAVAN_BENCH_SECONDS:-15}")
  double seconds;

  @Option(names = "--warmup", defaultValue = "${env:CARAVAN_BENCH_WARMUP:-5}")
  double warmup;

  @Option(names = "--only", split = ",", defaultValue = "${env:CARAVAN_BENCH_ONLY}")
  List<String> only;

  @Option(names = "--uncached", defaultValue = "${env:CARAVAN_BENCH_UNCACHED:-false}")
  boolean uncached;

  int run(Path dir) throws Exception {
    Files.createDirectories(dir);
    new LoadBench(System.out, uncached).run(url, pid, dir, connections, warmup, seconds, only);
    return 0;
  }
}
