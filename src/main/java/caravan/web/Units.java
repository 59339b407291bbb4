package caravan.web;

import caravan.text.Countries;
import caravan.text.Formats;
import caravan.text.Messages;
import java.math.BigDecimal;

/**
 * Countries, units and amounts in the reader's words: a country by its CLDR name, a unit code of
 * the stated figures ({@code USD_million}) by the bundles, an amount of money by CLDR's currency
 * names and plural rules through ICU ("5 000 000 долларов США", "5,000,000 US dollars").
 */
final class Units {
  private Units() {}

  private static final Countries COUNTRIES = Countries.shipped();

  /** A country's name in {@code lang} for its ISO3 code (Казахстан for KAZ), or the code. */
  static String country(String iso3, String lang) {
    if (iso3 == null) return null;
    return COUNTRIES.byIso3(iso3).map(c -> c.name(lang)).orElse(iso3);
  }

  /** The unit's name in {@code lang}, or its code when the bundles do not name it. */
  static String unit(String code, String lang) {
    if (code == null) return null;
    String name = Messages.of(lang).get("unit." + code);
    return name.startsWith("?") ? code : name;
  }

  /** The currency's name in {@code lang} (доллар США), or the code CLDR does not know. */
  static String currency(String code, String lang) {
    return Formats.of(lang).currencyName(code);
  }

  /** "5 000 000–7 000 000 долларов США": the unit agrees with the last number. */
  static String money(BigDecimal low, BigDecimal high, String currency, String lang) {
    if (low == null) return null;
    Formats f = Formats.of(lang);
    BigDecimal last = high == null ? low : high;
    String lowText = high == null || high.compareTo(low) == 0 ? "" : f.upTo(low, 2) + "–";
    return lowText + (currency == null ? f.upTo(last, 2) : f.money(last, currency));
  }
}
