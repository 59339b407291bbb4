package caravan.trade;

import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Physical line numbers, worked out in Java only when a file has rejections (the fast path never
 * reads the file here). DuckDB's staging table numbers the rows it kept in file order (rowid); its
 * reject table numbers lines counting blank lines but counting a record that spans lines (a quoted
 * newline) once. This walks the records as FastCSV sees them and maps both to the line a record
 * starts on (header = line 1).
 */
final class FileLines {
  private FileLines() {}

  /** The first line of the file (the header), decoded strictly as UTF-8, BOM removed. */
  static String headerLine(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] buf = new byte[1 << 16];
      int n = 0;
      int b;
      while (n < buf.length && (b = in.read()) != -1 && b != '\n') buf[n++] = (byte) b;
      if (n > 0 && buf[n - 1] == '\r') n--;
      String line =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(buf, 0, n))
              .toString();
      return line.startsWith("\uFEFF") ? line.substring(1) : line;
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a file in UTF-16 looks like, in words, or null when it does not: a UTF-16 byte order mark,
   * or a header whose letters have NUL bytes between them (UTF-16 without a byte order mark).
   */
  static Text utf16(Path file, String header) {
    byte[] head = new byte[2];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 2) == 2
          && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
              || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
        return Text.of("lang.imp.utf16");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header != null && header.indexOf('\0') >= 0 ? Text.of("lang.imp.utf16NoBom") : null;
  }

  /** Text for a message: control characters (NUL included) as {@code \\uXXXX}, at most 200. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < 200; i++) {
      char ch = text.charAt(i);
      if (Character.isISOControl(ch) || Character.getType(ch) == Character.FORMAT) {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.length() >= 200 ? sb + "..." : sb.toString();
  }

  /** The first line (1-based) holding a byte sequence that is not UTF-8, or -1 when none does. */
  static long firstNonUtf8Line(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long line = 1;
      int pending = 0; // continuation bytes still expected
      int b;
      while ((b = in.read()) != -1) {
        if (pending > 0) {
          if ((b & 0xC0) != 0x80) return line;
          pending--;
          continue;
        }
        if (b == '\n') line++;
        else if (b < 0x80) continue;
        else if (b >= 0xC2 && b <= 0xDF) pending = 1;
        else if (b >= 0xE0 && b <= 0xEF) pending = 2;
        else if (b >= 0xF0 && b <= 0xF4) pending = 3;
        else return line;
      }
      return pending > 0 ? line : -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line numbers for staged rows and for DuckDB's rejected lines. */
  record Mapping(Map<Long, Long> byRowId, Map<Long, Long> byRejectLine) {}

  /**
   * @param rowIds staging rowids to place
   * @param rejectLines DuckDB reject-table line numbers (records DuckDB left out of staging)
   */
  static Mapping map(Path file, Set<Long> rowIds, Set<Long> rejectLines) {
    NavigableSet<Long> wanted = new TreeSet<>(rowIds);
    Map<Long, Long> byRow = new HashMap<>();
    Map<Long, Long> byReject = new HashMap<>();
    CsvReader.CsvReaderBuilder builder =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            .allowUnclosedQuote(true);
    try (CsvReader<CsvRecord> reader = builder.ofCsvRecord(file, StandardCharsets.UTF_8)) {
      long duckLine = 0;
      long prevEnd = 0; // last physical line of the previous record
      long rowId = 0;
      boolean header = true;
      long last = wanted.isEmpty() ? -1 : wanted.last();
      for (CsvRecord r : reader) {
        long start = r.getStartingLineNumber();
        duckLine += 1 + Math.max(0, start - prevEnd - 1);
        prevEnd = start + newlines(r.getFields());
        if (header) {
          header = false;
          continue;
        }
        if (rejectLines.contains(duckLine)) {
          byReject.put(duckLine, start);
          continue;
        }
        if (wanted.contains(rowId)) byRow.put(rowId, start);
        rowId++;
        if (rowId > last && byReject.size() == rejectLines.size()) break;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Mapping(byRow, byReject);
  }

  private static long newlines(List<String> fields) {
    long n = 0;
    for (String f : fields) {
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= f.length() || f.charAt(i + 1) != '\n'))) n++;
      }
    }
    return n;
  }

  static List<Long> sorted(Set<Long> s) {
    return new ArrayList<>(new TreeSet<>(s));
  }
}
