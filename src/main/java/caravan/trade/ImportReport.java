package caravan.trade;

import java.util.List;

/**
 * What an import did.
 *
 * @param file the file's name as given
 * @param rowsRead data rows in the file (header excluded)
 * @param rowsKept rows written to the store (0 when refused or already imported)
 * @param rowsRejected rows refused by validation; {@code rowsRead - rowsKept - rowsRejected} rows
 *     were skipped by design (Comtrade re-export/re-import breakdowns, see {@link ImportService})
 * @param rejections the first rejections as {@code file:line: field: reason}, then one line {@code
 *     ... and N more} when there were more
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
    List<String> rejections,
    double seconds,
    boolean committed,
    boolean alreadyImported) {
  public ImportReport {
    rejections = List.copyOf(rejections);
  }

  /** Rows skipped by design (neither kept nor rejected). */
  public long rowsSkipped() {
    return committed || alreadyImported ? rowsRead - rowsKept - rowsRejected : 0;
  }
}
