package caravan.trade;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a small shipped CSV (a classification, a map) whole, without its byte-order mark. */
final class CsvData {
  private CsvData() {}

  static List<NamedCsvRecord> read(String path) {
    String text = new String(ShippedData.read(path), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return CsvReader.builder().ofNamedCsvRecord(text).stream().toList();
  }
}
