package caravan.heritage;

import caravan.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A record's images: an http(s) address of the holder's page, or the name of a file in the data
 * directory's {@code heritage/images} folder. A file must be an image by its first bytes (JPEG,
 * PNG, TIFF, JPEG 2000, WebP, GIF), whatever its name says: a renamed PDF or script is refused.
 */
public final class Images {
  private Images() {}

  /** Where image files live under a data directory. */
  public static Path folder(Path dataDir) {
    return dataDir.resolve("heritage").resolve("images");
  }

  private static final List<byte[]> MAGIC =
      List.of(
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, // JPEG
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, // PNG
          new byte[] {'I', 'I', 42, 0}, // TIFF, little-endian
          new byte[] {'M', 'M', 0, 42}, // TIFF, big-endian
          new byte[] {0, 0, 0, 0x0C, 'j', 'P', ' ', ' '}, // JPEG 2000 (JP2)
          new byte[] {'G', 'I', 'F', '8'}); // GIF

  /** True for an http or https address (the holder's page), which is not checked here. */
  public static boolean web(String image) {
    return image.startsWith("http://") || image.startsWith("https://");
  }

  /** Why {@code image} cannot name an image, from its name alone; or null. */
  static Text nameProblem(String image) {
    if (web(image)) return caravan.registry.Source.urlProblem(image);
    if (!image.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") || image.contains("..")) {
      return Text.of("her.img.badName", shorten(image));
    }
    return null;
  }

  /** Why the file {@code image} under {@code dataDir} is not an image; or null when it is one. */
  public static Text contentProblem(Path dataDir, String image) {
    if (web(image)) return null;
    Path file = folder(dataDir).resolve(image);
    if (!Files.isRegularFile(file)) {
      return Text.of("her.img.noFile", image, folder(dataDir).toString());
    }
    byte[] head = new byte[12];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return Text.of("her.img.unreadable", image, String.valueOf(e.getMessage()));
    }
    if (isImage(Arrays.copyOf(head, n))) return null;
    return Text.of("her.img.notImage", image);
  }

  static boolean isImage(byte[] head) {
    for (byte[] m : MAGIC) {
      if (head.length >= m.length && Arrays.equals(Arrays.copyOf(head, m.length), m)) return true;
    }
    // WebP: RIFF, four bytes of size, WEBP
    return head.length >= 12
        && head[0] == 'R'
        && head[1] == 'I'
        && head[2] == 'F'
        && head[3] == 'F'
        && head[8] == 'W'
        && head[9] == 'E'
        && head[10] == 'B'
        && head[11] == 'P';
  }

  private static String shorten(String s) {
    String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }
}
