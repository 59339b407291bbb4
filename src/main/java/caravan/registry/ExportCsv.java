package caravan.registry;

import caravan.text.SafeText;
import caravan.text.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity as CSV: a header with the kind's columns as its field descriptions give them ({@link
 * Fields#columns}: {@code id,version,title,…,sources,pair}), one row per record. Text, numbers,
 * enums and dates are plain cells (dates as {@code 2012}, {@code 2012-06} or {@code 2012-06-27};
 * numbers without exponent); nested values (lists, language maps, investors, stages, sources,
 * actuals, links) are a JSON cell, the same JSON the JSON export writes. An empty cell is null (an
 * empty list for a list).
 */
final class ExportCsv {
  private ExportCsv() {}

  static <T extends RegistryRecord> void write(Class<T> type, List<T> records, Writer out) {
    List<String> columns = Fields.columns(type);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    csv.writeRecord(columns);
    for (T r : records) {
      List<String> cells = new ArrayList<>(columns.size());
      for (String c : columns) {
        cells.add(SafeText.cell(cell(plain(type, c), Fields.component(r, c))));
      }
      csv.writeRecord(cells);
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #read(Class, String, String)}, the text of {@code in} (a leading BOM dropped). */
  static <T extends RegistryRecord> List<T> read(Class<T> type, Reader in) {
    StringBuilder text = new StringBuilder();
    try (Reader r = caravan.text.Bom.skipped(in)) {
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) != -1; ) text.append(buf, 0, n);
    } catch (IOException e) {
      throw new RegistryException(
          Text.of("reg.io.csv", String.valueOf(e.getMessage())), java.util.Map.of(), e);
    }
    return read(type, text.toString(), null);
  }

  /**
   * The records of a file's text ({@code file} names it in problems; null: "line N"); problems (the
   * text's shape, unknown columns, bad JSON cells, bad values) are collected as {@code file:N:
   * column: reason} and thrown together.
   */
  static <T extends RegistryRecord> List<T> read(Class<T> type, String text, String file) {
    CsvText.check(text, file);
    List<String> names = Fields.columns(type);
    List<Text> problems = new ArrayList<>();
    List<T> out = new ArrayList<>();
    try (var csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowUnclosedQuote(false)
            .allowExtraCharsAfterClosingQuote(false)
            .allowMissingFields(false)
            .allowExtraFields(false)
            .ofNamedCsvRecord(text)) {
      boolean headerChecked = false;
      for (NamedCsvRecord row : csv) {
        Object at = CsvText.place(file, row.getStartingLineNumber());
        if (!headerChecked) {
          headerChecked = true;
          for (String h : row.getHeader()) {
            if (!names.contains(h)) {
              problems.add(
                  ExportBatch.at(
                      CsvText.place(file, 1),
                      Text.of(
                          "reg.csv.notField", h, type.getSimpleName(), String.join(",", names))));
            }
          }
          if (!problems.isEmpty()) break;
        }
        ObjectNode node = RegistryStore.JSON.createObjectNode();
        int before = problems.size();
        for (String c : names) {
          String v = row.findField(c).map(String::strip).orElse("");
          if (v.isEmpty()) continue;
          if (plain(type, c)) {
            node.set(c, TextNode.valueOf(SafeText.fromCell(v)));
          } else {
            try {
              node.set(c, RegistryStore.JSON.readTree(v));
            } catch (JsonProcessingException e) {
              problems.add(
                  ExportBatch.at(
                      at, ExportBatch.at(c, Text.of("reg.csv.notJson", JsonReasons.parser(e)))));
            }
          }
        }
        if (problems.size() > before) continue;
        try {
          out.add(ExportJson.STRICT.treeToValue(node, type));
        } catch (JsonProcessingException | RegistryException | IllegalArgumentException e) {
          problems.add(ExportBatch.at(at, ExportJson.reason(e)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String is read without I/O
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      // CsvText has refused every shape the reader refuses; kept in words should one slip by
      throw ValidationException.worded(
          Text.of("reg.csv.refusedType", type.getSimpleName()),
          List.of(
              CsvText.at(
                  file,
                  1,
                  "file",
                  Text.of("reg.csv.notExported", String.valueOf(e.getMessage())))));
    }
    if (!problems.isEmpty()) {
      throw ValidationException.worded(
          Text.of("reg.csv.refusedType", type.getSimpleName()), problems);
    }
    return out;
  }

  /** A plain cell, or a JSON one (sources, and fields of several values), by the description. */
  private static boolean plain(Class<? extends RegistryRecord> type, String column) {
    if (column.equals("sources")) return false;
    return Fields.named(type, column).map(RecordField::plainCell).orElse(true);
  }

  private static String cell(boolean plain, Object v) {
    if (v == null) return "";
    if (v instanceof BigDecimal b) return b.toPlainString();
    if (v instanceof Enum<?> e) return e.name();
    if (plain) return v.toString();
    if (v instanceof List<?> l && l.isEmpty()) return "";
    JsonNode json = RegistryStore.JSON.valueToTree(v);
    return json.toString();
  }
}
