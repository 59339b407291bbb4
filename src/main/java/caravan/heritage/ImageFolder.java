package caravan.heritage;

import caravan.text.InvalidValueException;
import caravan.text.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The catalogue's images in the data directory ({@code heritage/images}). Only names inside that
 * folder are read, and an image's size is read from its header, not by decoding it whole.
 */
public final class ImageFolder {
  /** An image's size in pixels and its media type. */
  public record Image(int width, int height, String mediaType) {}

  private final Path root;

  public ImageFolder(Path dataDir) {
    this.root = Images.folder(dataDir).toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * The file of image {@code name}; a NotFoundException for a name outside the folder or absent.
   */
  public Path file(String name) {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || !Files.isRegularFile(p)) {
      throw new NotFoundException(
          caravan.text.Text.of("her.img.none", name, root.toString()),
          Map.of("field", "image", "value", name));
    }
    return p;
  }

  /**
   * The size and type of image {@code name}; an InvalidValueException naming it when the file is
   * not an image Caravan can read (PNG, JPEG, GIF, BMP).
   */
  public Image read(String name) {
    Path p = file(name);
    try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext())
        throw notImage(name, caravan.text.Text.of("her.img.unknownFormat"));
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        String type =
            switch (format) {
              case "jpeg", "jpg" -> "image/jpeg";
              case "png" -> "image/png";
              case "gif" -> "image/gif";
              case "bmp" -> "image/bmp";
              default -> "image/" + format;
            };
        return new Image(w, h, type);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw notImage(name, caravan.text.Text.literal(String.valueOf(e.getMessage())));
    }
  }

  private static InvalidValueException notImage(String name, caravan.text.Text why) {
    return new InvalidValueException(
        HeritageItem.at("images", caravan.text.Text.of("her.img.unreadableFormat", name, why)),
        Map.of("field", "images", "value", name));
  }
}
