package caravan.corridor;

import caravan.text.Text;

/**
 * One fault of a network's files, named as a user finds it: file, line and field, and why as a
 * sentence of the bundles for each door to word in its reader's language. A control character a
 * file brought into a quoted value (a NUL of UTF-16, a bell) is shown as <U+XXXX>, so the line a
 * terminal or a log prints is the line the user reads.
 */
public record NetworkFault(String file, long line, String field, Text why) {
  public NetworkFault {
    field = visible(field);
    why = visible(why);
  }

  /** The whole {@code file:line: field: reason} line as a sentence of the bundles. */
  public Text text() {
    return Text.of("cor.fault", file, String.valueOf(line), field, why);
  }

  /** The {@code file:line: field: reason} line in {@code lang}. */
  public String in(String lang) {
    return text().in(lang);
  }

  @Override
  public String toString() {
    return in("en");
  }

  // the values a file brought (a field, a name) are the arguments: each shown visibly
  private static Text visible(Text t) {
    return new Text(
        t.key(),
        t.args().stream()
            .map(a -> a instanceof Text x ? visible(x) : a instanceof String s ? visible(s) : a)
            .toList());
  }

  static String visible(String text) {
    if (text.chars().noneMatch(Character::isISOControl)) return text;
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) out.append(String.format("<U+%04X>", c));
              else out.append((char) c);
            });
    return out.toString();
  }
}
