package caravan.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The text to check, read whole and refused whole: at most {@value #MAX_BYTES} bytes of UTF-8 (a
 * press text is a few kilobytes; the limit is the web door's request limit too), no NUL byte, and
 * some words.
 */
public final class ClaimText {
  /** The most bytes a text may have. */
  public static final int MAX_BYTES = 1_000_000;

  private ClaimText() {}

  /** Reads at most one byte past the limit, so that a huge input costs no more than a good one. */
  public static String read(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      return decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes as text, refused when too long, binary, not UTF-8 or empty. */
  public static String decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new ClaimException(
          413,
          caravan.text.Text.of("claim.error.tooLarge", MAX_BYTES),
          Map.of("field", "text", "max", MAX_BYTES));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new ClaimException(
            400,
            caravan.text.Text.of("claim.error.binary", String.valueOf(i)),
            Map.of("field", "text", "offset", i));
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ClaimException(
          400, caravan.text.Text.of("claim.error.notUtf8"), Map.of("field", "text"));
    }
    return checked(text);
  }

  /** A text already decoded (a form field, a JSON string): refused when too long or empty. */
  public static String checked(String text) {
    if (text == null || text.isBlank()) {
      throw new ClaimException(
          400, caravan.text.Text.of("claim.error.empty"), Map.of("field", "text"));
    }
    if (text.indexOf('\0') >= 0) {
      throw new ClaimException(
          400,
          caravan.text.Text.of("claim.error.binary", String.valueOf(text.indexOf('\0'))),
          Map.of("field", "text", "offset", text.indexOf('\0')));
    }
    if (text.length() > MAX_BYTES) {
      throw new ClaimException(
          413,
          caravan.text.Text.of("claim.error.tooLarge", MAX_BYTES),
          Map.of("field", "text", "max", MAX_BYTES));
    }
    // a byte order mark is not part of the text
    return text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
