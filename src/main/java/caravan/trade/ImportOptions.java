package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.Map;
import java.util.Objects;

/**
 * How to import one file.
 *
 * @param format the file's format
 * @param maxRejectedShare the largest share of rejected rows (rejected / read, 0..1) that still
 *     commits the good rows; 0.0 refuses a file with any bad row
 * @param hsRevision the HS edition to validate product codes against ({@code H0}..{@code H6}), or
 *     null for the file's own: BACI from its file name (default H0 when the name says nothing),
 *     Comtrade from its {@code classificationCode} column, Caravan CSV from its {@code hs_revision}
 *     column. When given it overrides the file for every row.
 */
public record ImportOptions(ImportFormat format, double maxRejectedShare, String hsRevision) {
  public ImportOptions {
    Objects.requireNonNull(format, "format");
    if (!(maxRejectedShare >= 0.0 && maxRejectedShare <= 1.0)) {
      throw new CaravanException(
          Text.of("trd.err.maxShare", String.valueOf(maxRejectedShare)),
          Map.of("field", "max-rejected-share", "value", String.valueOf(maxRejectedShare)));
    }
    if (hsRevision != null) {
      hsRevision = HsEditions.requireRevision(hsRevision);
    }
  }

  /** Refuse any bad row, take the edition from the file. */
  public static ImportOptions of(ImportFormat format) {
    return new ImportOptions(format, 0.0, null);
  }
}
