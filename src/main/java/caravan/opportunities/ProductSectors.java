package caravan.opportunities;

import caravan.text.ShippedData;
import caravan.trade.SectorMap;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sector of a product in the classification of the data: the profile's sector map
 * (data/sectors/sectors.csv) is written on HS chapters and SITC rev. 3 groups reached from HS six-
 * digit codes, so it applies to HS six-digit codes as they are, and to an HS heading when all of
 * its six-digit codes fall in one sector (a heading whose codes fall in different sectors counts as
 * {@code other}: no guess at a share). It does not apply to SITC rev. 2 codes, which are neither.
 */
final class ProductSectors {
  private final SectorMap map = new SectorMap();
  private final Map<String, Set<String>> sixDigitsOfHeading = new HashMap<>();
  private final Map<String, String> ofHeading = new HashMap<>();

  ProductSectors() {
    for (NamedCsvRecord r : ShippedData.csv("classifications/concordance_hs6_sitc3.csv")) {
      sixDigitsOfHeading
          .computeIfAbsent(r.getField("HS6_4d"), k -> new HashSet<>())
          .add(r.getField("HS6_6d"));
    }
  }

  /** Whether the map applies to codes of the kind named ("hs6", "hs4", "sitc2"). */
  static boolean applies(String codes) {
    return codes.equals("hs6") || codes.equals("hs4");
  }

  synchronized String sectorOf(String codes, String product) {
    if (codes.equals("hs6")) return map.sectorOf(product);
    return ofHeading.computeIfAbsent(product, this::heading);
  }

  private String heading(String hs4) {
    Set<String> six = sixDigitsOfHeading.get(hs4);
    if (six == null || six.isEmpty()) return map.sectorOf(hs4);
    Set<String> sectors = new HashSet<>();
    for (String code : six) sectors.add(map.sectorOf(code));
    return sectors.size() == 1 ? sectors.iterator().next() : SectorMap.OTHER;
  }
}
