package caravan.text;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The UN M49 country list (data/countries/UNSD-m49-*.csv), looked up by ISO3 or M49 code. Trade
 * files name countries by M49 (Comtrade, BACI with its own few exceptions), people by ISO3.
 */
public final class Countries {
  private final Map<String, Country> byIso3;
  private final Map<Integer, Country> byM49;

  private Countries(Map<String, Country> byIso3) {
    this.byIso3 = Map.copyOf(byIso3);
    Map<Integer, Country> m = new HashMap<>();
    byIso3.values().forEach(c -> m.put(c.m49(), c));
    this.byM49 = Map.copyOf(m);
  }

  /**
   * Loads the shipped UNSD M49 list: English names from the UN (the list's own, the source of
   * record for the codes), Russian, Kazakh and Persian names from CLDR through ICU by each row's
   * alpha-2 code (see {@link Country#name}); the UN's Russian list only where CLDR has no name.
   */
  public static Countries shipped() {
    // Russian names as CLDR writes them for readers (Иран, not the UN's formal «Иран (Исламская
    // Республика)»); the UN's where CLDR has none for the code
    LocaleDisplayNames cldr = LocaleDisplayNames.getInstance(new ULocale("ru"));
    Map<String, String> ru = new HashMap<>();
    for (NamedCsvRecord r : ShippedData.csv("countries/UNSD-m49-ru.csv")) {
      String iso3 = r.getField("ISO-alpha3 Code").trim();
      String iso2 = r.getField("ISO-alpha2 Code").trim();
      String name = iso2.isEmpty() ? null : cldr.regionDisplayName(iso2);
      if (name == null || name.isBlank() || name.equals(iso2)) {
        name = r.getField("Country or Area").trim();
      }
      if (!iso3.isEmpty()) ru.put(iso3, name);
    }
    Map<String, Country> byIso3 = new LinkedHashMap<>();
    for (NamedCsvRecord r : ShippedData.csv("countries/UNSD-m49-en.csv")) {
      String iso3 = r.getField("ISO-alpha3 Code").trim();
      if (iso3.isEmpty()) continue;
      int m49 = Integer.parseInt(r.getField("M49 Code").trim());
      String iso2 = r.getField("ISO-alpha2 Code").trim();
      byIso3.put(
          iso3, new Country(iso3, m49, r.getField("Country or Area").trim(), ru.get(iso3), iso2));
    }
    return new Countries(byIso3);
  }

  public Optional<Country> byIso3(String iso3) {
    return iso3 == null
        ? Optional.empty()
        : Optional.ofNullable(byIso3.get(iso3.trim().toUpperCase(Locale.ROOT)));
  }

  public Optional<Country> byM49(int m49) {
    return Optional.ofNullable(byM49.get(m49));
  }

  /** The country for a user-typed ISO3 code, or a {@link NotFoundException} naming the code. */
  public Country require(String iso3) {
    return byIso3(iso3)
        .orElseThrow(
            () ->
                new NotFoundException(
                    Text.of("lang.err.country", String.valueOf(iso3)),
                    Map.of("field", "country", "value", String.valueOf(iso3))));
  }

  public Collection<Country> all() {
    return byIso3.values();
  }
}
