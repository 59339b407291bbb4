package caravan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianCasesTest {
  // the genitives as a Russian grammar gives them (родительный падеж), written by hand
  @ParameterizedTest
  @CsvSource({
    "Казахстан, Казахстана",
    "Иран, Ирана",
    "Турция, Турции",
    "Китай, Китая",
    "Куба, Кубы",
    "Мексика, Мексики",
    "Египет, Египта",
    "ОАЭ, ОАЭ",
    "Перу, Перу"
  })
  void a_country_name_in_the_genitive(String nominative, String genitive) {
    assertThat(RussianCases.genitive(nominative)).contains(genitive);
  }

  @Test
  void a_name_the_rules_cannot_decline_gives_nothing() {
    // several words, a hyphen, a plural, a soft sign: the caller words its phrase without a case
    assertThat(RussianCases.genitive("Соединенные Штаты")).isEmpty();
    assertThat(RussianCases.genitive("Южно-Африканская Республика")).isEmpty();
    assertThat(RussianCases.genitive("Нидерланды")).isEmpty();
    assertThat(RussianCases.genitive("Израиль")).isEmpty();
  }

  @Test
  void russian_country_names_are_cldrs() {
    Countries countries = Countries.shipped();
    // UN M49 in Russian says «Иран (Исламская Республика)»; CLDR, for readers, «Иран»
    assertThat(countries.require("IRN").name("ru")).isEqualTo("Иран");
    assertThat(countries.require("KAZ").name("ru")).isEqualTo("Казахстан");
    assertThat(countries.require("IRN").name("en")).isEqualTo("Iran (Islamic Republic of)");
  }
}
