package caravan.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shipped default data set ({@code data/} in the repository) travels inside the jar as
 * classpath resources under {@code /data}, so Caravan starts from any working directory without a
 * network.
 */
public final class ShippedData {
  private ShippedData() {}

  /** Opens {@code data/<path>}; fails with a clear message when the build left the file out. */
  public static InputStream open(String path) {
    InputStream in = ShippedData.class.getResourceAsStream("/data/" + path);
    if (in == null) {
      throw new CaravanException(
          "Shipped data file data/"
              + path
              + " is missing from the build; rebuild with mvn package");
    }
    return in;
  }

  /**
   * A small shipped CSV (a classification, a code list, a map) read whole with its header, without
   * a byte-order mark, empty lines skipped.
   */
  public static java.util.List<de.siegmar.fastcsv.reader.NamedCsvRecord> csv(String path) {
    String text = new String(read(path), java.nio.charset.StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return de.siegmar.fastcsv.reader.CsvReader.builder()
        .skipEmptyLines(true)
        .ofNamedCsvRecord(text)
        .stream()
        .toList();
  }

  public static byte[] read(String path) {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read shipped data file data/" + path, e);
    }
  }
}
