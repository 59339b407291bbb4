package caravan.bench;

import caravan.App;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long Caravan takes to start, as ratios to the bare start of the same jar ({@code java -jar
 * caravan.jar --version}) measured in the same run: {@code caravan profile KAZ IRN} to its last
 * line, {@code caravan serve} to its first dashboard page, with and without the class-data sharing
 * archive that the build records (target/caravan.jsa). The runs of one round follow each other, so
 * a machine busy with other work slows all of a round alike; the first start, which fills the data
 * directory, is reported on its own.
 */
public final class StartBench {
  /** What the {@code caravan} launcher gives the JVM when the archive is there. */
  static List<String> archiveOptions(Path archive) {
    return List.of(
        "-XX:SharedArchiveFile=" + archive,
        "-Xshare:auto",
        "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off");
  }

  private final PrintStream out;

  public StartBench(PrintStream out) {
    this.out = out;
  }

  public void run(Path dir, int rounds) throws Exception {
    Path jar = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!jar.toString().endsWith(".jar")) {
      out.println("start bench skipped: run it from the packaged jar (./caravan bench --start)");
      return;
    }
    Path archive = jar.resolveSibling("caravan.jsa");
    Path data = dir.resolve("start-data");
    deleteTree(data);
    Files.createDirectories(dir);

    double first = secs(() -> command(List.of(), jar, "--data-dir", data, "profile", "KAZ", "IRN"));
    out.printf("first start (fills %s): profile KAZ IRN %.2f s%n", data, first);

    Map<String, List<Double>> runs = new LinkedHashMap<>();
    List<List<String>> jvms = new ArrayList<>();
    jvms.add(List.of());
    if (Files.isRegularFile(archive)) jvms.add(archiveOptions(archive));
    else out.println("no " + archive + ": measured without the archive only");
    for (int round = 0; round < rounds; round++) {
      time(runs, "--version (baseline)", () -> command(List.of(), jar, "--version"));
      for (List<String> jvm : jvms) {
        String with = jvm.isEmpty() ? "" : " + archive";
        time(
            runs,
            "profile KAZ IRN" + with,
            () -> command(jvm, jar, "--data-dir", data, "profile", "KAZ", "IRN"));
        time(runs, "serve to first page" + with, () -> serve(jvm, jar, data));
      }
    }
    double base = median(runs.get("--version (baseline)"));
    out.printf(
        "start of the same jar, %d rounds, median seconds and ratio to --version (goals: serve"
            + " <= 6x, profile <= 3x)%n",
        rounds);
    for (Map.Entry<String, List<Double>> e : runs.entrySet()) {
      double m = median(e.getValue());
      out.printf("  %-32s %6.2f s  %5.1fx%n", e.getKey(), m, m / base);
    }
  }

  private interface Run {
    void run() throws Exception;
  }

  private static void time(Map<String, List<Double>> runs, String what, Run run) throws Exception {
    runs.computeIfAbsent(what, k -> new ArrayList<>()).add(secs(run));
  }

  private static double secs(Run run) throws Exception {
    long t = System.nanoTime();
    run.run();
    return (System.nanoTime() - t) / 1e9;
  }

  private static Process start(List<String> jvm, Path jar, Object... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(jar.toString());
    for (Object a : args) cmd.add(a.toString());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void command(List<String> jvm, Path jar, Object... args) throws Exception {
    Process p = start(jvm, jar, args);
    int code = p.waitFor();
    if (code != 0) {
      throw new IllegalStateException(
          "caravan "
              + String.join(" ", Arrays.stream(args).map(String::valueOf).toList())
              + " exited with "
              + code);
    }
  }

  private static void serve(List<String> jvm, Path jar, Path data) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process p = start(jvm, jar, "--data-dir", data, "serve", "--port", port, "--host", "127.0.0.1");
    try {
      HttpClient http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      HttpRequest page =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
      while (true) {
        try {
          if (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
        } catch (IOException notYet) {
          if (!p.isAlive()) throw new IOException("caravan serve exited with " + p.exitValue());
        }
        Thread.sleep(10);
      }
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  private static double median(List<Double> xs) {
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var paths = Files.walk(dir)) {
      for (Path x : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
