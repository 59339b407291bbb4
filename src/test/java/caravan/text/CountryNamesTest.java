package caravan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
  private static final Countries COUNTRIES = Countries.shipped();

  @Test
  void names_in_four_languages_english_from_the_un_the_others_from_cldr() {
    Country irn = COUNTRIES.require("IRN");
    // English: the UN M49 list's own wording (the source of record for the codes)
    assertThat(irn.name("en")).isEqualTo("Iran (Islamic Republic of)");
    assertThat(irn.name("ru")).isEqualTo("Иран");
    assertThat(irn.name("kk")).isEqualTo("Иран");
    assertThat(irn.name("fa")).isEqualTo("ایران");
    Country kaz = COUNTRIES.require("KAZ");
    assertThat(kaz.name("kk")).isEqualTo("Қазақстан");
    assertThat(kaz.name("fa")).isEqualTo("قزاقستان");
    assertThat(COUNTRIES.require("TKM").name("fa")).isEqualTo("ترکمنستان");
  }

  @Test
  void every_country_has_a_name_in_every_language() {
    for (Country c : COUNTRIES.all()) {
      for (String lang : Messages.LANGUAGES) {
        assertThat(c.name(lang)).as(c.iso3() + " " + lang).isNotBlank();
      }
    }
  }

  @Test
  void an_unknown_code_is_refused_in_the_readers_language() {
    try {
      COUNTRIES.require("XYZ");
    } catch (NotFoundException e) {
      assertThat(e.getMessage()).startsWith("Unknown country code 'XYZ'");
      assertThat(e.message("ru")).startsWith("Неизвестный код страны «XYZ»");
      assertThat(e.message("fa")).contains("«XYZ»");
      return;
    }
    throw new AssertionError("XYZ was taken");
  }
}
