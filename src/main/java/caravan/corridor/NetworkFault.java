package caravan.corridor;

/**
 * One fault of a network's files, named as a user finds it: file, line and field. A control
 * character a file brought into a quoted value (a NUL of UTF-16, a bell) is shown as <U+XXXX>, so
 * the line a terminal or a log prints is the line the user reads.
 */
public record NetworkFault(String file, long line, String field, String reason) {
  public NetworkFault {
    field = visible(field);
    reason = visible(reason);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + reason;
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
