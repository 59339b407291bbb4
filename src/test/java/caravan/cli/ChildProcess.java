package caravan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code caravan ARGS} in a JVM of its own, as a user runs it: its exit code and its output. */
record ChildProcess(int exit, String out) {
  static ChildProcess caravan(String... args) throws Exception {
    return caravan(List.of(), args);
  }

  /** With JVM options of the caller's after the usual ones (a later -Xmx wins). */
  static ChildProcess caravan(List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // a short-lived command: the quick compiler is enough and starts sooner
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("caravan.App");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("caravan " + String.join(" ", args) + " did not end: " + out);
    }
    return new ChildProcess(p.exitValue(), out);
  }
}
