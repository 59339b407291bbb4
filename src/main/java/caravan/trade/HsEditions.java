package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.ShippedData;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HS editions H0 (1992) .. H6 (2022) and their valid 2-, 4- and 6-digit codes, read from the
 * shipped {@code data/classifications/concordance_hs{N}_desc.csv} (HN = hsN).
 */
final class HsEditions {
  static final List<String> REVISIONS = List.of("H0", "H1", "H2", "H3", "H4", "H5", "H6");
  private static final Map<String, Set<String>> CODES = new ConcurrentHashMap<>();
  private static final Pattern BACI_NAME =
      Pattern.compile("(?i)BACI_HS(92|96|02|07|12|17|22)(?![0-9])");
  private static final Map<String, String> BACI_EDITIONS =
      Map.of("92", "H0", "96", "H1", "02", "H2", "07", "H3", "12", "H4", "17", "H5", "22", "H6");

  private HsEditions() {}

  /** {@code h0}/{@code H0} .. {@code H6}, or a CaravanException naming the choices. */
  static String requireRevision(String revision) {
    String r = revision.trim().toUpperCase(Locale.ROOT);
    if (!REVISIONS.contains(r)) {
      throw new CaravanException(
          Text.of("trd.err.hsRevision", revision, String.join(", ", REVISIONS)),
          Map.of("field", "hs-revision", "value", revision));
    }
    return r;
  }

  /** The edition a BACI file name names ({@code BACI_HS17_Y2021_V202301.csv} -> H5), or null. */
  static String fromBaciFileName(String fileName) {
    Matcher m = BACI_NAME.matcher(fileName);
    return m.find() ? BACI_EDITIONS.get(m.group(1)) : null;
  }

  /** The valid codes (2, 4 and 6 digits) of one edition. */
  static Set<String> codes(String revision) {
    return CODES.computeIfAbsent(requireRevision(revision), HsEditions::load);
  }

  private static Set<String> load(String revision) {
    String path = "classifications/concordance_hs" + revision.substring(1) + "_desc.csv";
    Set<String> codes = new LinkedHashSet<>();
    for (NamedCsvRecord r : ShippedData.csv(path)) {
      String code = r.getField("code").trim();
      if (!code.isEmpty()) codes.add(code);
    }
    return Set.copyOf(codes);
  }
}
