package caravan.registry;

import caravan.text.Text;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A registry CSV file checked as text before its values are read: UTF-8 strictly (a Latin-1 or
 * binary file is named, not guessed), RFC 4180 quoting, one kind of line ending, and as many values
 * on every line as the header names. The CSV reader would take a stray quote as the start of a
 * value that swallows the rest of the file, and a wrong byte as an {@code UncheckedIOException};
 * here each is one {@code file:line: field: reason} a user can act on (issue 11 §3).
 */
public final class CsvText {
  private CsvText() {}

  /**
   * The text of {@code bytes} decoded strictly as UTF-8, a leading byte order mark dropped; a
   * {@link ValidationException} when it is empty, binary, UTF-16 or not UTF-8.
   */
  public static String decode(byte[] bytes, String file) {
    if (bytes.length == 0) throw refused(file, 1, "file", Text.of("reg.csv.empty"));
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw refused(file, 1, "encoding", Text.of("reg.csv.utf16"));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw refused(file, lineAt(bytes, i), "encoding", Text.of("reg.csv.nul"));
      }
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = utf8.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      throw refused(
          file,
          lineAt(bytes, at),
          "encoding",
          Text.of(
              "reg.csv.notUtf8",
              String.valueOf(lineAt(bytes, at)),
              String.format("0x%02X", bytes[at] & 0xFF)));
    }
    utf8.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  /**
   * Checks quoting, line endings and the number of values per line; {@code text} has no byte order
   * mark. A header-only text is fine (it imports nothing); an empty one is not.
   */
  public static void check(String text, String file) {
    if (text.isBlank()) throw refused(file, 1, "file", Text.of("reg.csv.empty"));
    List<String> header = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    String ending = null; // the first line ending met outside quotes: CRLF, LF or CR
    boolean quoted = false;
    boolean afterQuote = false; // a quoted value just closed; only , or a line end may follow
    int quoteLine = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      boolean end = i == n;
      if (quoted) {
        if (end) {
          throw refused(
              file, quoteLine, column(header, fields.size()), Text.of("reg.csv.unclosed"));
        }
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
          line++;
        }
        continue;
      }
      if (c == ',' || c == '\n' || c == '\r') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        if (c == ',') continue;
        String thisEnding = end ? null : c == '\n' ? "LF" : crlf(text, i) ? "CRLF" : "CR";
        if (thisEnding != null) {
          if (ending == null) ending = thisEnding;
          else if (!ending.equals(thisEnding)) {
            throw refused(
                file, line, "line endings", Text.of("reg.csv.endings", thisEnding, ending));
          }
          if (thisEnding.equals("CRLF")) i++;
        }
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
        if (!blank) {
          if (header.isEmpty()) {
            header.addAll(fields);
          } else if (fields.size() != header.size()) {
            throw refused(
                file,
                recordLine,
                "columns",
                Text.of(
                    "reg.csv.columns",
                    String.valueOf(fields.size()),
                    String.valueOf(header.size())));
          }
        }
        fields.clear();
        line++;
        recordLine = line;
        continue;
      }
      if (afterQuote) {
        throw refused(file, line, column(header, fields.size()), Text.of("reg.csv.afterQuote"));
      }
      if (c == '"') {
        if (field.length() == 0) {
          quoted = true;
          quoteLine = line;
          field.append(' '); // the value has begun
          continue;
        }
        throw refused(file, line, column(header, fields.size()), Text.of("reg.csv.strayQuote"));
      }
      field.append(c);
    }
  }

  private static boolean crlf(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
  }

  /** The column a value falls in, by the header; the header's own values by their place. */
  private static Text column(List<String> header, int index) {
    if (index < header.size()) return Text.of("reg.csv.column", header.get(index).strip());
    return Text.of("reg.csv.columnAt", String.valueOf(index + 1));
  }

  // lines counted as the CSV reader counts them: each LF, and each CR not followed by LF
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** {@code file:line}, or {@code line N} worded when the text has no file name. */
  static Object place(String file, long line) {
    return file == null ? Text.of("reg.csv.line", String.valueOf(line)) : file + ":" + line;
  }

  /** {@code file:line: field: reason}; the field is a column's name or worded itself. */
  static Text at(String file, long line, Object field, Text reason) {
    return Text.of("lang.jr.field", place(file, line), Text.of("lang.jr.field", field, reason));
  }

  /** The refusal of a whole file, its problems worded by the bundles. */
  static ValidationException refused(String file, List<Text> problems) {
    return ValidationException.worded(
        file == null ? Text.of("reg.csv.refusedText") : Text.of("reg.csv.refused", file), problems);
  }

  private static ValidationException refused(String file, int line, Object field, Text reason) {
    return refused(file, List.of(at(file, line, field, reason)));
  }
}
