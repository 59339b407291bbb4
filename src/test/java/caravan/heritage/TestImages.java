package caravan.heritage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small images the tests draw themselves (no image of unknown licence is shipped). */
public final class TestImages {
  private TestImages() {}

  /**
   * Writes a {@code width} × {@code height} image in {@code format} ("png", "jpeg") to {@code
   * file}.
   */
  public static Path write(Path file, String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0xF4E9D0));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x5A3E1B));
    g.drawRect(2, 2, width - 5, height - 5);
    g.dispose();
    Files.createDirectories(file.getParent());
    if (!ImageIO.write(img, format, file.toFile())) {
      throw new IOException("No ImageIO writer for " + format);
    }
    return file;
  }
}
