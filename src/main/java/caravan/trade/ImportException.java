package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A refused import: wrong column set, wrong encoding, or more rejected rows than allowed. The
 * message is a one-line summary followed by the first rejections as {@code file:line: field:
 * reason}; nothing was written to the store.
 */
public class ImportException extends CaravanException {
  private final transient ImportReport report;

  /** Worded by the bundles, so that a door words it in its reader's language. */
  ImportException(Text summary, List<Text> shown, ImportReport report) {
    super(lines(summary, shown), Map.of("field", "file", "value", report.file()));
    this.report = report;
  }

  private static Text lines(Text summary, List<Text> shown) {
    Text all = summary;
    for (Text t : shown) all = Text.of("lang.imp.lines", all, t);
    return all;
  }

  public ImportReport report() {
    return report;
  }

  @Override
  public int status() {
    return 422;
  }
}
