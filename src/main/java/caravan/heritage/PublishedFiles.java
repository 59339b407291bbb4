package caravan.heritage;

import caravan.text.CaravanException;
import caravan.text.InvalidValueException;
import caravan.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalogue written as files ({@code caravan export --format dc|iiif}): all or nothing. The
 * files are written into a folder beside the target and moved into place only when every one was
 * written, so a failure (an image that is not one, a full disk) leaves no half export.
 */
public final class PublishedFiles {
  /** What an export wrote, and the records it could not write in that form (with why). */
  public record Report(List<Path> written, List<Text> leftOut) {}

  private PublishedFiles() {}

  /** Refuses {@code dir} before any work unless it is absent or an empty directory. */
  public static void checkTarget(Path dir) {
    if (dir == null) {
      throw new InvalidValueException(
          Text.of("her.pub.needsOut"), Map.of("field", "out", "value", ""));
    }
    if (Files.exists(dir) && !(Files.isDirectory(dir) && empty(dir))) {
      throw new InvalidValueException(
          Text.of("her.pub.notEmpty", dir.toString()),
          Map.of("field", "out", "value", dir.toString()));
    }
  }

  /**
   * Writes Dublin Core ({@code ID.dc.xml} and {@code ID.dc.json}, format "dc") or IIIF manifests
   * ({@code ID.manifest.json} for each record with images, format "iiif") of every record not
   * withdrawn into {@code dir}, with identifiers under {@code base}.
   */
  public static Report write(PublishedItems catalogue, String format, Path dir, String base) {
    checkTarget(dir);
    Path target = dir.toAbsolutePath().normalize();
    Path staging;
    try {
      Files.createDirectories(target.getParent());
      staging = Files.createTempDirectory(target.getParent(), ".caravan-export-");
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("her.pub.cannotWriteBeside", target.toString(), String.valueOf(e.getMessage())),
          Map.of(),
          e);
    }
    try {
      List<Text> leftOut = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (PublishedItem item : catalogue.all()) {
        if (item.deleted()) continue;
        if (format.equals("dc")) {
          names.add(put(staging, item.id() + ".dc.xml", DublinCore.xml(item, base)));
          names.add(
              put(staging, item.id() + ".dc.json", DublinCore.json(item, base).toPrettyString()));
        } else if (item.images().isEmpty()) {
          leftOut.add(
              item.links().isEmpty()
                  ? Text.of("her.pub.noImages", item.id())
                  : Text.of("her.pub.noImagesSee", item.id(), String.join(", ", item.links())));
        } else {
          String json = IiifManifest.of(item, catalogue.images(), base).toPrettyString();
          names.add(put(staging, item.id() + ".manifest.json", json));
        }
      }
      if (Files.exists(target)) Files.delete(target); // empty, as checked
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return new Report(names.stream().map(target::resolve).toList(), leftOut);
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("her.pub.cannotWrite", target.toString(), String.valueOf(e.getMessage())),
          Map.of(),
          e);
    } finally {
      removeQuietly(staging);
    }
  }

  private static String put(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    return name;
  }

  private static boolean empty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  // after a successful move the staging folder is gone; after a failure it goes with its files
  private static void removeQuietly(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a leftover hidden staging folder holds no published file
    }
  }
}
