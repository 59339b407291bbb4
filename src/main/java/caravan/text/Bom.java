package caravan.text;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The UTF-8 byte order mark that spreadsheets write at the start of a "CSV UTF-8" file. Read as
 * text it would join the first column's name ("\ufeffid"); CSV readers given text, not bytes, must
 * drop it themselves (issue 11 §3).
 */
public final class Bom {
  private Bom() {}

  /** {@code in} without a leading byte order mark, if it has one. */
  public static Reader skipped(Reader in) {
    PushbackReader text = new PushbackReader(in, 1);
    try {
      int first = text.read();
      if (first != -1 && first != '\ufeff') text.unread(first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text;
  }
}
