package caravan.text;

/** A country or area: ISO 3166 alpha-3, UN M49 numeric code, English and Russian names. */
public record Country(String iso3, int m49, String nameEn, String nameRu) {
  public Country {
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "ISO3 code must be three capital letters, got '" + iso3 + "'");
    }
  }

  public String name(String lang) {
    return "ru".equals(lang) && nameRu != null && !nameRu.isBlank() ? nameRu : nameEn;
  }
}
