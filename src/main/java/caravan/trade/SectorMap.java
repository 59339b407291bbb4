package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.ShippedData;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns products to the sectors named for diversification, from the data file
 * data/sectors/sectors.csv (see its README): first matching row wins, the rest is "other".
 */
public final class SectorMap {
  public static final String OTHER = "other";

  private record Rule(String sector, String scheme, int from, int to) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Integer> sitc3OfHs6 = new HashMap<>();
  private final List<String> sectors = new ArrayList<>();
  // The sector of each six-digit code once found, as 1 + its place in sectors (0: not yet found):
  // a profile asks for hundreds of products, and the lookups through the concordance map and the
  // rules cost a fifth of its time. Threads that race to fill a place write the same value.
  private final byte[] sectorOfHs6 = new byte[1_000_000];

  public SectorMap() {
    int line = 1;
    for (NamedCsvRecord r : ShippedData.csv("sectors/sectors.csv")) {
      line++;
      String scheme = r.getField("scheme");
      String[] range = r.getField("code").split("-");
      try {
        int from = Integer.parseInt(range[0].trim());
        int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
        if (!scheme.equals("hs2") && !scheme.equals("sitc3")) throw new NumberFormatException();
        rules.add(new Rule(r.getField("sector"), scheme, from, to));
      } catch (RuntimeException e) {
        throw new CaravanException(
            Text.of("trd.err.sectors", String.valueOf(line)), java.util.Map.of(), e);
      }
      if (!sectors.contains(r.getField("sector"))) sectors.add(r.getField("sector"));
    }
    sectors.add(OTHER);
    for (NamedCsvRecord r : ShippedData.csv("classifications/concordance_hs6_sitc3.csv")) {
      sitc3OfHs6.putIfAbsent(r.getField("HS6_6d"), Integer.parseInt(r.getField("SITC3_3d")));
    }
  }

  /** The sectors in display order, {@code other} last. */
  public List<String> sectors() {
    return List.copyOf(sectors);
  }

  public String sectorOf(String product) {
    int hs6 = product.length() == 6 ? sixDigits(product) : -1;
    if (hs6 < 0) return findSector(product);
    int known = sectorOfHs6[hs6];
    if (known > 0) return sectors.get(known - 1);
    if (known < 0) return OTHER;
    String sector = findSector(product);
    // "other" is no listed sector: it is kept as -1, or every such product (most of a basket)
    // would scan the rules again on every profile (seen in a JFR profile, issue 10)
    int place = sector.equals(OTHER) ? -1 : 1 + sectors.indexOf(sector);
    if (place <= Byte.MAX_VALUE && place != 0) sectorOfHs6[hs6] = (byte) place;
    return sector;
  }

  private static int sixDigits(String code) {
    int n = 0;
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private String findSector(String product) {
    int chapter = Integer.parseInt(product.substring(0, 2));
    Integer sitc3 = product.length() >= 6 ? sitc3OfHs6.get(product.substring(0, 6)) : null;
    for (Rule rule : rules) {
      int code = rule.scheme().equals("hs2") ? chapter : (sitc3 == null ? -1 : sitc3);
      if (code >= rule.from() && code <= rule.to()) return rule.sector();
    }
    return OTHER;
  }
}
