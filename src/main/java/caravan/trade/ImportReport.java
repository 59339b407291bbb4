package caravan.trade;

import caravan.text.Text;
import java.util.List;

/**
 * What an import did.
 *
 * @param file the file's name as given
 * @param rowsRead data rows in the file (header excluded)
 * @param rowsKept rows written to the store (0 when refused or already imported)
 * @param rowsRejected rows refused by validation; {@code rowsRead - rowsKept - rowsRejected} rows
 *     were skipped by design (Comtrade re-export/re-import breakdowns, see {@link ImportService})
 * @param faults the first rejections as {@code file:line: field: reason}, then one line {@code ...
 *     N rejected rows in all} when there were more; worded by each door in its reader's language
 * @param committed whether the rows were committed
 * @param alreadyImported the same file content was imported before and its rows are intact; nothing
 *     was changed
 */
public record ImportReport(
    String file,
    ImportFormat format,
    long rowsRead,
    long rowsKept,
    long rowsRejected,
    List<Text> faults,
    double seconds,
    boolean committed,
    boolean alreadyImported) {
  public ImportReport {
    faults = List.copyOf(faults);
  }

  /** The rejections in English. */
  public List<String> rejections() {
    return rejections("en");
  }

  /** The rejections worded in {@code lang}. */
  public List<String> rejections(String lang) {
    return faults.stream().map(t -> t.in(lang)).toList();
  }

  /** Rows skipped by design (neither kept nor rejected). */
  public long rowsSkipped() {
    return committed || alreadyImported ? rowsRead - rowsKept - rowsRejected : 0;
  }
}
