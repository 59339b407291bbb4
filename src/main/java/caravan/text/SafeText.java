package caravan.text;

import java.util.regex.Pattern;

/**
 * User text made safe for the formats it leaves Caravan in, where the format's own writer does not
 * see to it: spreadsheet cells (OWASP "CSV injection") and XML 1.0 character data.
 */
public final class SafeText {
  // A cell a spreadsheet would run as a formula: =, +, -, @, or a tab or CR before them (also
  // after quotes, so that the quote added here reads back exactly, see fromCell).
  private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);

  // A number is not a formula, and a negative one must stay a number in the sheet.
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private SafeText() {}

  /**
   * The cell as written to a CSV file: text that a spreadsheet would take for a formula gets a
   * leading apostrophe, which spreadsheets show as text and do not run; numbers stay as they are.
   */
  public static String cell(String value) {
    if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) return value;
    return FORMULA.matcher(value).matches() ? "'" + value : value;
  }

  /** The value {@link #cell} was given, from a cell it wrote (for reading an export back). */
  public static String fromCell(String cell) {
    if (cell != null && cell.startsWith("'") && FORMULA.matcher(cell.substring(1)).matches()) {
      return cell.substring(1);
    }
    return cell;
  }

  /**
   * The text with the characters XML 1.0 forbids left out (controls other than tab, line feed and
   * carriage return, lone surrogates, U+FFFE and U+FFFF), so that the document stays well-formed.
   */
  public static String xml(String text) {
    if (text == null) return null;
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      boolean legal =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!legal && b == null) b = new StringBuilder(text.substring(0, i));
      if (legal && b != null) b.appendCodePoint(cp);
      i += n;
    }
    return b == null ? text : b.toString();
  }
}
