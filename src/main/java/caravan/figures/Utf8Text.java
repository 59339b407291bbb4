package caravan.figures;

import caravan.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as text, decoded strictly as UTF-8 (issue 11 §3). A lenient decoder turns a
 * Latin-1 or binary file into U+FFFD and lets it through as figures; UTF-16 without a byte order
 * mark is valid UTF-8 with a NUL after each letter, so NULs are refused too (PostgreSQL could not
 * store them, and they would end up in messages). Lines are counted as the CSV reader counts them
 * (LF, CR LF and a lone CR each end one), so a refusal names the line a text editor shows.
 */
final class Utf8Text extends Reader {

  /** The bytes are not UTF-8 text; {@code line} is where the first bad byte is. */
  static final class NotText extends RuntimeException {
    final long line;
    final Text text;

    NotText(long line, Text text) {
      super(text.english(), null, false, false);
      this.line = line;
      this.text = text;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean eof;
  private boolean flushed;
  private boolean first = true;
  private long line = 1;
  private boolean afterCr;

  Utf8Text(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] into, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (!chars.hasRemaining()) {
      if (!fill()) return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(into, off, n);
    return n;
  }

  /** Decodes the next chunk into {@code chars}; false at the end of the text. */
  private boolean fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (flushed) return false;
        if (!eof) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) eof = true;
          else bytes.position(bytes.position() + n);
          bytes.flip();
        }
        if (first && (bytes.remaining() >= 2 || eof)) {
          first = false;
          utf16Mark();
        }
        if (first) continue;
        CoderResult result = decoder.decode(bytes, chars, eof);
        scan(0, chars.position());
        if (result.isError()) {
          throw new NotText(
              line,
              Text.of(
                  "lang.fig.notUtf8",
                  String.valueOf(line),
                  String.format("%02X", bytes.get(bytes.position()) & 0xff)));
        }
        if (eof && !bytes.hasRemaining()) {
          int before = chars.position();
          decoder.flush(chars);
          scan(before, chars.position());
          flushed = true;
        }
      }
    } finally {
      chars.flip();
    }
    return true;
  }

  private void utf16Mark() {
    if (bytes.remaining() < 2) return;
    int a = bytes.get(bytes.position()) & 0xff;
    int b = bytes.get(bytes.position() + 1) & 0xff;
    if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) {
      throw new NotText(1, Text.of("lang.fig.utf16", String.format("%02X %02X", a, b)));
    }
  }

  private void scan(int from, int to) {
    char[] a = chars.array();
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c == '\0') {
        throw new NotText(line, Text.of("lang.fig.nul", String.valueOf(line)));
      }
      if (c == '\r') line++;
      else if (c == '\n' && !afterCr) line++;
      afterCr = c == '\r';
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
