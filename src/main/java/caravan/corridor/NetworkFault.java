package caravan.corridor;

/** One fault of a network's files, named as a user finds it: file, line and field. */
public record NetworkFault(String file, long line, String field, String reason) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + reason;
  }
}
