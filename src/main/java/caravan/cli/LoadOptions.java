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
      required = true,
      description =
          "Load-test a server instead (static CSS file as the baseline, dashboard, profile API,"
              + " registry lists and search): requests/s, p50, p99, ratio, resident memory.")
  boolean load;

  @Option(
      names = "--url",
      description =
          "The server to load, e.g. http://localhost:7070 (default: start caravan serve on a fresh"
              + " data directory under --dir).")
  String url;

  @Option(
      names = "--pid",
      defaultValue = "0",
      description = "The process id of the server at --url, for its resident memory.")
  long pid;

  @Option(
      names = "--connections",
      defaultValue = "50",
      description = "Keep-alive connections (default ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--seconds",
      defaultValue = "15",
      description = "Timed seconds per target (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Warm-up seconds per target, not timed (default ${DEFAULT-VALUE}).")
  double warmup;

  @Option(
      names = "--only",
      split = ",",
      description = "Targets whose name contains one of these words (the baseline always runs).")
  List<String> only;

  @Option(
      names = "--uncached",
      description =
          "Give each request a query parameter of its own, so that every answer is computed (the"
              + " static baseline stays as it is).")
  boolean uncached;

  int run(Path dir) throws Exception {
    Files.createDirectories(dir);
    new LoadBench(System.out, uncached).run(url, pid, dir, connections, warmup, seconds, only);
    return 0;
  }
}
