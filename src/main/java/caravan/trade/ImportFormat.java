package caravan.trade;

import caravan.text.InvalidValueException;
import caravan.text.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The bulk trade-flow file formats Caravan imports. */
public enum ImportFormat {
  /** CEPII BACI: {@code t,i,j,k,v,q}, reconciled exporter -> importer flows. */
  BACI,
  /** UN Comtrade bulk or API CSV (refYear/period, reporterCode, partnerCode, flowCode, ...). */
  COMTRADE,
  /** Caravan's own CSV, see {@link ImportService}. */
  CARAVAN;

  /** Parses {@code baci|comtrade|caravan}, ignoring case. */
  public static ImportFormat parse(String text) {
    String choices =
        Arrays.stream(values())
            .map(f -> f.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|"));
    if (text != null) {
      for (ImportFormat f : values()) {
        if (f.name().equalsIgnoreCase(text.trim())) return f;
      }
    }
    throw new InvalidValueException(
        Text.of("trd.err.format", String.valueOf(text), choices),
        Map.of("field", "format", "value", String.valueOf(text)));
  }
}
