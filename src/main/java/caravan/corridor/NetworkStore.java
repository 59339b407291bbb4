package caravan.corridor;

import caravan.text.CaravanException;
import caravan.text.ShippedData;
import caravan.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Where the network lives: the shipped files (data/corridor/ in the jar) until a user imports their
 * own into the data directory. An import writes a new numbered folder under {@code
 * corridor/networks/} and then swaps the one-line {@code corridor/current} file by an atomic
 * rename, so a reader sees the old network or the new one, never a mix, and a failed import leaves
 * the previous network as it was.
 */
public final class NetworkStore {
  static final String SHIPPED = "corridor/";
  // the origin of the shipped network, in English as activeOrigin gives it; whereText words it
  private static final String SHIPPED_WHERE = "the shipped network (data/corridor/)";
  private final Path home;

  /** The network store of a data directory ({@code <dataDir>/corridor}). */
  public NetworkStore(Path dataDir) {
    this.home = dataDir.resolve("corridor");
  }

  /** The active network: the last one imported, else the shipped one. */
  public Network load() {
    return NetworkLoader.load(activeFiles());
  }

  /** The faults of the files in {@code dir}, or of the active network when {@code dir} is null. */
  public List<NetworkFault> check(Path dir) {
    try {
      NetworkLoader.Files files = dir == null ? activeFiles() : filesIn(dir);
      Network network = NetworkLoader.load(files);
      String volumes =
          dir == null
              ? volumesText()
              : Files.isRegularFile(dir.resolve("volumes.csv"))
                  ? read(dir.resolve("volumes.csv"))
                  : null;
      if (volumes != null) Volumes.read(volumes, network);
      return List.of();
    } catch (NetworkException e) {
      // a file that is not UTF-8 text is a fault like any other
      return e.faults();
    }
  }

  /** The network in {@code dir}, loaded and checked, without making it the active one. */
  public Network checked(Path dir) {
    return NetworkLoader.load(filesIn(dir));
  }

  /** Where the active network comes from, in words. */
  public String activeOrigin() {
    return activeFiles().where();
  }

  /**
   * Checks the network in {@code dir} and, only when it has no fault, makes it the active one.
   * costs.csv may be left out: the active cost model is kept.
   */
  public Network importFrom(Path dir) {
    NetworkLoader.Files files = filesIn(dir);
    Network network = NetworkLoader.load(files);
    Path volumes = dir.resolve("volumes.csv");
    // the volumes it brings are checked against it too: all or nothing
    if (Files.isRegularFile(volumes)) Volumes.read(read(volumes), network);
    try {
      Path networks = Files.createDirectories(home.resolve("networks"));
      int next = 1;
      try (var list = Files.list(networks)) {
        next +=
            list.map(p -> p.getFileName().toString())
                .filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt)
                .max()
                .orElse(0);
      }
      Path staging = Files.createTempDirectory(networks, "import-");
      write(staging.resolve(NetworkLoader.NODES), files.nodes());
      write(staging.resolve(NetworkLoader.LINKS), files.links());
      write(staging.resolve(NetworkLoader.COSTS), files.costs());
      if (Files.isRegularFile(volumes)) Files.copy(volumes, staging.resolve("volumes.csv"));
      Path target = networks.resolve(String.valueOf(next));
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      Path pointer = home.resolve("current.tmp");
      write(pointer, next + "\n");
      try {
        Files.move(
            pointer,
            home.resolve("current"),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(pointer, home.resolve("current"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("cor.store.cannotWrite", home.toString(), String.valueOf(e.getMessage())),
          Map.of("field", "data-dir", "value", home.toString()));
    }
    return network;
  }

  /** The active network's volumes.csv: the imported one's when it brought one, else the shipped. */
  String volumesText() {
    Path current = home.resolve("current");
    if (Files.isRegularFile(current)) {
      try {
        Path file =
            home.resolve("networks")
                .resolve(Files.readString(current).strip())
                .resolve("volumes.csv");
        if (Files.isRegularFile(file)) return read(file);
      } catch (IOException e) {
        throw cannotRead(current, e);
      }
    }
    return shippedText("volumes.csv");
  }

  private NetworkLoader.Files activeFiles() {
    Path current = home.resolve("current");
    if (Files.isRegularFile(current)) {
      try {
        Path dir = home.resolve("networks").resolve(Files.readString(current).strip());
        if (Files.isDirectory(dir)) return filesIn(dir);
      } catch (IOException e) {
        throw cannotRead(current, e);
      }
    }
    return shipped();
  }

  static NetworkLoader.Files shipped() {
    return new NetworkLoader.Files(
        SHIPPED_WHERE,
        shippedText(NetworkLoader.NODES),
        shippedText(NetworkLoader.LINKS),
        shippedText(NetworkLoader.COSTS));
  }

  /** The files of a folder; costs.csv, when the folder has none, from the active network. */
  NetworkLoader.Files filesIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CaravanException(
          Text.of("cor.store.notFolder", dir.toString()),
          Map.of("field", "dir", "value", dir.toString()));
    }
    String costs =
        Files.isRegularFile(dir.resolve(NetworkLoader.COSTS))
            ? read(dir.resolve(NetworkLoader.COSTS))
            : activeFiles().costs();
    return new NetworkLoader.Files(
        dir.toString(),
        read(dir.resolve(NetworkLoader.NODES)),
        read(dir.resolve(NetworkLoader.LINKS)),
        costs);
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CaravanException(
          Text.of("cor.store.missing", file.toString()),
          Map.of("field", "file", "value", file.toString()));
    }
    try {
      return text(
          String.valueOf(file.getParent()),
          file.getFileName().toString(),
          Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CaravanException(
          Text.of(
              "cor.store.cannotReadFile",
              file.toString(),
              e.getClass().getSimpleName().replace("Exception", "")),
          Map.of("field", "file", "value", file.toString()));
    }
  }

  private static String shippedText(String name) {
    return text(SHIPPED_WHERE, name, ShippedData.read(SHIPPED + name));
  }

  /**
   * The file's text, or a fault naming the line where it stops being UTF-8: a NUL byte (UTF-16
   * saved without its byte-order mark, or a binary file), a UTF-16 byte-order mark, or a byte no
   * UTF-8 text has (a Latin-1 or Windows-1251 export).
   */
  static String text(String where, String name, byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw fault(where, name, 1, Text.of("cor.store.utf16Bom"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw fault(where, name, lineAt(bytes, i), Text.of("cor.store.nul"));
      }
    }
    var decoder = StandardCharsets.UTF_8.newDecoder();
    var in = java.nio.ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw fault(
          where,
          name,
          lineAt(bytes, in.position()),
          Text.of("cor.store.notUtf8", String.format("0x%02X", bytes[in.position()] & 0xFF)));
    }
    out.flip();
    return out.toString();
  }

  private static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
    return line;
  }

  private static NetworkException fault(String where, String name, long line, Text why) {
    return new NetworkException(where, List.of(new NetworkFault(name, line, "file", why)));
  }

  private static CaravanException cannotRead(Path file, IOException e) {
    return new CaravanException(
        Text.of("cor.store.cannotRead", file.toString(), String.valueOf(e.getMessage())),
        Map.of("field", "file", "value", file.toString()));
  }

  /** Where a network comes from, in words: the shipped one by the bundles, a folder as named. */
  static Text whereText(String where) {
    return SHIPPED_WHERE.equals(where) ? Text.of("cor.store.shipped") : Text.literal(where);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
