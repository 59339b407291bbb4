package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.text.CaravanException;
import caravan.text.ShippedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §4 for the corridor importer: seeded random mutations of the shipped network files
 * (bytes, quotes, line endings, columns, encodings, BOMs, NULs, odd numbers, unknown ids,
 * truncation, empty and deleted files). For each, only a typed {@link CaravanException} escapes
 * {@code check} and {@code importNetwork}; its message names file:line: field (or the file) in
 * words; a refused import leaves the active network's files byte-for-byte as they were; an accepted
 * one routes Almaty → Bandar Abbas. Another seed or more cases: {@code -Dcaravan.fuzz.seed=N
 * -Dcaravan.fuzz.cases=M} (seeds 1 to 9 at 500 to 800 cases pass; seeds 3 and 7 found two faults).
 */
class NetworkImportFuzzTest {
  static final List<String> FILES = List.of("nodes.csv", "links.csv", "costs.csv", "volumes.csv");
  static final int CASES = Integer.getInteger("caravan.fuzz.cases", 250);
  // a fault line as NetworkFault prints it: file:line: field: reason
  static final Pattern FAULT =
      Pattern.compile("(nodes|links|costs|volumes)\\.csv:\\d+: [a-z_0-9]+: \\S.*");
  static final Pattern TRACE =
      Pattern.compile(
          "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|java\\.|de\\.siegmar|caravan\\.[a-z]");

  @TempDir Path tmp;
  private final Map<String, byte[]> shipped = new TreeMap<>();
  private final List<String> accepted = new ArrayList<>(), refused = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  @Test
  void no_mutation_escapes_as_a_trace_or_changes_the_active_network_when_refused()
      throws IOException {
    for (String f : FILES) shipped.put(f, ShippedData.read("corridor/" + f));
    Random random = new Random(Long.getLong("caravan.fuzz.seed", 20251211L));
    Path data = freshData(0);
    CorridorService corridor = new CorridorService(data, new NetworkPlanner());
    corridor.importNetwork(write(shipped, tmp.resolve("base")));
    for (int i = 0; i < CASES; i++) {
      Map<String, byte[]> files = new TreeMap<>(shipped);
      String what = mutate(files, random);
      Path dir = write(files, tmp.resolve("m" + i));
      String label = "case " + i + " (" + what + ")";

      try {
        Map<String, String> before = snapshot(data);
        int nodes = corridor.network().nodes().size(), links = corridor.network().links().size();
        try {
          for (NetworkFault f : corridor.check(dir)) assertWords(label, f.toString(), true);
        } catch (CaravanException e) {
          assertWords(label, e.getMessage(), e instanceof NetworkException);
        }
        Network imported = null;
        try {
          imported = corridor.importNetwork(dir);
        } catch (CaravanException e) {
          assertWords(label, e.getMessage(), e instanceof NetworkException);
          assertThat(snapshot(data)).as(label + ": files after a refused import").isEqualTo(before);
          assertThat(corridor.network().nodes()).as(label).hasSize(nodes);
          assertThat(corridor.network().links()).as(label).hasSize(links);
          refused.add(what);
        }
        if (imported != null) {
          accepted.add(what);
          RouteAnswer a = corridor.route(RouteQuery.between("KZ_ALA", "IR_BND"));
          assertThat(a.routes()).as(label + ": routes after an accepted import").isNotEmpty();
          // the next case starts again from the shipped network, in a fresh data directory
          data = freshData(i + 1);
          corridor = new CorridorService(data, new NetworkPlanner());
          corridor.importNetwork(tmp.resolve("base"));
        }
      } catch (Throwable t) {
        String m = String.valueOf(t.getMessage());
        failures.add(
            label
                + ": "
                + t.getClass().getSimpleName()
                + ": "
                + m.substring(0, Math.min(m.length(), 600)));
        data = freshData(i + 1);
        corridor = new CorridorService(data, new NetworkPlanner());
        corridor.importNetwork(tmp.resolve("base"));
      }
    }
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    // both sides were exercised: some mutations are harmless, most are not
    assertThat(accepted).isNotEmpty();
    assertThat(refused.size()).isGreaterThan(CASES / 2);
  }

  /** A message as a user reads it: fault lines in words, no trace, no NUL or control character. */
  private static void assertWords(String label, String message, boolean faultLines) {
    assertThat(message).as(label).isNotBlank();
    assertThat(TRACE.matcher(message).find()).as(label + ": trace text in\n" + message).isFalse();
    for (char c : message.toCharArray()) {
      assertThat(c == '\n' || !Character.isISOControl(c))
          .as(label + ": control character U+%04X in\n%s", (int) c, message)
          .isTrue();
    }
    if (faultLines) {
      String[] lines = message.split("\n");
      for (String l : Arrays.asList(lines).subList(1, lines.length)) {
        if (l.strip().startsWith("… and")) continue;
        assertThat(l.strip()).as(label).matches(FAULT);
      }
      if (!message.contains("\n")) assertThat(message).as(label).matches(FAULT);
    } else {
      assertThat(message).as(label + ": names the file").containsPattern("\\.csv|folder");
    }
  }

  // ---------------------------------------------------------------- mutations

  private static final List<BiFunction<byte[], Random, byte[]>> BYTES =
      List.of(
          NetworkImportFuzzTest::flipByte,
          (b, r) -> insert(b, r, "\""),
          (b, r) -> insert(b, r, "\0"),
          (b, r) -> insert(b, r, "\0\0\0\0"),
          (b, r) -> insert(b, r, ","),
          (b, r) -> insert(b, r, "\r"),
          (b, r) -> insert(b, r, "\n"),
          (b, r) -> Arrays.copyOf(b, r.nextInt(b.length)),
          (b, r) -> new byte[0],
          (b, r) ->
              text(b).lines().findFirst().orElse("").concat("\n").getBytes(StandardCharsets.UTF_8),
          (b, r) -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b),
          (b, r) -> text(b).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
          (b, r) -> text(b).replace("\n", "\r").getBytes(StandardCharsets.UTF_8),
          NetworkImportFuzzTest::mixedEndings,
          (b, r) -> text(b).getBytes(StandardCharsets.UTF_16LE),
          (b, r) -> text(b).getBytes(StandardCharsets.UTF_16), // big-endian with its BOM
          (b, r) -> text(b).getBytes(StandardCharsets.ISO_8859_1),
          (b, r) -> replaceNumber(b, r, "1e308"),
          (b, r) -> replaceNumber(b, r, "9".repeat(400)),
          (b, r) -> replaceNumber(b, r, "-" + (1 + r.nextInt(500))),
          (b, r) -> replaceNumber(b, r, "NaN"),
          (b, r) -> replaceNumber(b, r, "Infinity"),
          (b, r) -> replaceNumber(b, r, "0"),
          (b, r) -> replaceNumber(b, r, "1,5"),
          (b, r) -> replaceId(b, r, "ZZ_NOWHERE"),
          (b, r) -> replaceId(b, r, "KZ\u0007ALA"),
          NetworkImportFuzzTest::dropField,
          NetworkImportFuzzTest::extraField,
          NetworkImportFuzzTest::dropColumn,
          NetworkImportFuzzTest::duplicateLine,
          (b, r) -> {
            byte[] out = new byte[200 + r.nextInt(2000)];
            r.nextBytes(out);
            return out;
          });

  /** Mutates one file (sometimes two) of {@code files}; says how. */
  private static String mutate(Map<String, byte[]> files, Random r) {
    StringBuilder what = new StringBuilder();
    int times = r.nextInt(5) == 0 ? 2 : 1;
    for (int t = 0; t < times; t++) {
      String file = FILES.get(r.nextInt(FILES.size()));
      if (r.nextInt(30) == 0) {
        files.remove(file);
        what.append(file).append(" deleted; ");
        continue;
      }
      if (!files.containsKey(file)) continue;
      int m = r.nextInt(BYTES.size());
      files.put(file, BYTES.get(m).apply(files.get(file), r));
      what.append(file).append(" mutation ").append(m).append("; ");
    }
    return what.toString();
  }

  private static byte[] flipByte(byte[] b, Random r) {
    if (b.length == 0) return b;
    byte[] out = b.clone();
    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    return out;
  }

  private static byte[] insert(byte[] b, Random r, String s) {
    int at = b.length == 0 ? 0 : r.nextInt(b.length);
    byte[] add = s.getBytes(StandardCharsets.UTF_8);
    return concat(concat(Arrays.copyOf(b, at), add), Arrays.copyOfRange(b, at, b.length));
  }

  private static byte[] mixedEndings(byte[] b, Random r) {
    StringBuilder out = new StringBuilder();
    for (String l : text(b).split("\n", -1)) {
      out.append(l).append(List.of("\n", "\r\n", "\r").get(r.nextInt(3)));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceNumber(byte[] b, Random r, String now) {
    return replaceMatch(b, r, Pattern.compile("(?<=,)\\d+(\\.\\d+)?(?=,)"), now);
  }

  private static byte[] replaceId(byte[] b, Random r, String now) {
    return replaceMatch(b, r, Pattern.compile("\\b[A-Z]{2}_[A-Z]{3}\\b"), now);
  }

  private static byte[] replaceMatch(byte[] b, Random r, Pattern p, String now) {
    String t = text(b);
    List<int[]> spans = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) spans.add(new int[] {m.start(), m.end()});
    if (spans.isEmpty()) return b;
    int[] s = spans.get(r.nextInt(spans.size()));
    return (t.substring(0, s[0]) + now + t.substring(s[1])).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] dropField(byte[] b, Random r) {
    return editLine(b, r, l -> l.replaceFirst(",[^,\"]*", ""));
  }

  private static byte[] extraField(byte[] b, Random r) {
    return editLine(b, r, l -> l + ",extra");
  }

  private static byte[] duplicateLine(byte[] b, Random r) {
    return editLine(b, r, l -> l + "\n" + l);
  }

  /** Removes the last column of every line (header included). */
  private static byte[] dropColumn(byte[] b, Random r) {
    StringBuilder out = new StringBuilder();
    for (String l : text(b).split("\n")) {
      int c = l.lastIndexOf(',');
      out.append(c < 0 ? l : l.substring(0, c)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] editLine(
      byte[] b, Random r, java.util.function.UnaryOperator<String> edit) {
    List<String> lines = new ArrayList<>(text(b).lines().toList());
    if (lines.isEmpty()) return b;
    int i = r.nextInt(lines.size());
    lines.set(i, edit.apply(lines.get(i)));
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------- files

  private Path freshData(int i) throws IOException {
    return Files.createDirectories(tmp.resolve("data" + i));
  }

  private static Path write(Map<String, byte[]> files, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (var e : files.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
    return dir;
  }

  private static String sha256(byte[] b) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every file under the data directory's corridor folder, by path, as a hash of its bytes. */
  private static Map<String, String> snapshot(Path data) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path home = data.resolve("corridor");
    if (!Files.exists(home)) return out;
    try (Stream<Path> all = Files.walk(home)) {
      for (Path p : all.toList()) {
        String key = home.relativize(p).toString();
        out.put(key, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }
}
