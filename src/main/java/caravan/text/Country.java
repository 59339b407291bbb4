package caravan.text;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A country or area: ISO 3166 alpha-3, UN M49 numeric code, ISO 3166 alpha-2 (empty where the UN
 * list has none), English and Russian names.
 */
public record Country(String iso3, int m49, String nameEn, String nameRu, String iso2) {
  private static final Map<String, LocaleDisplayNames> CLDR = new ConcurrentHashMap<>();

  public Country {
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "ISO3 code must be three capital letters, got '" + iso3 + "'");
    }
    iso2 = iso2 == null ? "" : iso2;
  }

  public Country(String iso3, int m49, String nameEn, String nameRu) {
    this(iso3, m49, nameEn, nameRu, "");
  }

  /**
   * The name in {@code lang}: English as the UN writes it (the source of record of the M49 list),
   * Russian as CLDR writes it for readers (see {@link Countries#shipped}), Kazakh and Persian from
   * CLDR through ICU by the alpha-2 code; the English name where CLDR has none for the code.
   */
  public String name(String lang) {
    if ("ru".equals(lang)) return nameRu != null && !nameRu.isBlank() ? nameRu : nameEn;
    if (("kk".equals(lang) || "fa".equals(lang)) && !iso2.isEmpty()) {
      String n =
          CLDR.computeIfAbsent(lang, l -> LocaleDisplayNames.getInstance(new ULocale(l)))
              .regionDisplayName(iso2);
      if (n != null && !n.isBlank() && !n.equals(iso2)) return n;
    }
    return nameEn;
  }
}
