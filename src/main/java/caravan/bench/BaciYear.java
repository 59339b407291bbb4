package caravan.bench;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a BACI-shaped year (t,i,j,k,v,q) with real BACI country codes and real HS 1992 product
 * codes, so that the importer's full validation runs on it; values are seeded random numbers.
 */
final class BaciYear {
  final List<String> countries = new ArrayList<>();

  /** The ISO3 code of each of {@link #countries}, from the same table. */
  final List<String> iso3 = new ArrayList<>();

  final List<String> products = new ArrayList<>();

  BaciYear(int countryCount, int productCount) {
    // one code per country: BACI's table gives some ISO3 codes twice (710 South Africa and 711
    // the customs union, both ZAF), and a real year uses only one of them
    java.util.Set<String> iso3s = new java.util.HashSet<>();
    for (NamedCsvRecord r : ShippedData.csv("countries/baci_country_codes_V202201.csv")) {
      String iso3 = r.getField("iso_3digit_alpha").trim();
      if (countries.size() < countryCount && iso3.matches("[A-Z]{3}") && iso3s.add(iso3)) {
        countries.add(String.valueOf(Integer.parseInt(r.getField("country_code").trim())));
        this.iso3.add(iso3);
      }
    }
    for (NamedCsvRecord r : ShippedData.csv("classifications/concordance_hs0_desc.csv")) {
      if (products.size() < productCount && r.getField("code").length() == 6)
        products.add(r.getField("code"));
    }
  }

  /**
   * Writes about {@code rows} rows ordered by exporter, importer, product (BACI's order); returns
   * the count.
   */
  long write(Path file, long rows) throws IOException {
    int pairs = countries.size() * (countries.size() - 1);
    int perPair = (int) Math.min(products.size(), Math.max(1, rows / pairs));
    Random random = new Random(42);
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      // as a real BACI release writes them: a quoted header, k as a number (codes of chapters
      // 01-09 lose their leading zero), q quoted and padded to 13 characters, and NA where BACI
      // has no quantity (3 % of the rows of the V202301 sample in data/world_trade)
      w.write("\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"\n");
      for (String i : countries) {
        for (String j : countries) {
          if (i.equals(j)) continue;
          // a stride coprime with the product count visits distinct products, so no key repeats
          int start = random.nextInt(products.size());
          List<String> picked = new ArrayList<>(perPair);
          for (int n = 0; n < perPair; n++)
            picked.add(products.get((start + n * 7) % products.size()));
          picked.sort(null);
          for (String k : picked) {
            w.write("2021,");
            w.write(i);
            w.write(',');
            w.write(j);
            w.write(',');
            w.write(k.charAt(0) == '0' ? k.substring(1) : k);
            w.write(String.format(Locale.ROOT, ",%.3f,", random.nextDouble() * 1000));
            w.write(
                random.nextInt(100) < 3
                    ? "\"           NA\"\n"
                    : String.format(Locale.ROOT, "\"%13.3f\"\n", random.nextDouble() * 100));
            written++;
          }
        }
      }
    }
    // on disk before anything is timed: a file still being written back slows whoever reads first
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      ch.force(true);
    }
    return written;
  }
}
