package caravan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the CLI in this JVM, as a user's shell would see it: the exit code and what it wrote
 * to standard output and error (UTF-8).
 */
record CliRun(int code, String out, String err) {

  static CliRun run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** The same with {@code --data-dir dataDir} before the arguments. */
  static CliRun in(Path dataDir, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }
}
