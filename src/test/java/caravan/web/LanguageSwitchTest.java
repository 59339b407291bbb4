package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.text.Messages;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

  @Test
  void the_switch_keeps_the_path_and_every_parameter_and_replaces_only_the_language() {
    String page =
        "/pairs/KAZ-TUR/corridor?from=Aktau&to=Bandar%20Abbas&avoid=TKM&lang=ru&modes=rail";
    assertThat(LanguageSwitch.href(page, "fa"))
        .isEqualTo(
            "/pairs/KAZ-TUR/corridor?from=Aktau&to=Bandar%20Abbas&avoid=TKM&modes=rail&lang=fa");
    // a parameter whose name only begins with "lang" is not the language
    assertThat(LanguageSwitch.href("/registry/agreements?language=kk&lang=en", "kk"))
        .isEqualTo("/registry/agreements?language=kk&lang=kk");
    assertThat(LanguageSwitch.href("/registry", "en")).isEqualTo("/registry?lang=en");
  }

  @Test
  void one_link_per_language_the_current_one_marked() {
    LanguageSwitch s = LanguageSwitch.of(Messages.of("kk"), "/pairs/KAZ-IRN?year=2024&lang=kk");
    assertThat(s.links())
        .extracting(LanguageSwitch.Link::lang)
        .containsExactly("ru", "en", "kk", "fa");
    assertThat(s.links())
        .filteredOn(LanguageSwitch.Link::current)
        .extracting("lang")
        .containsExactly("kk");
    assertThat(s.links().get(3).href()).isEqualTo("/pairs/KAZ-IRN?year=2024&lang=fa");
    assertThat(s.links().get(2).name()).isEqualTo("Қазақша");
    // only a Persian page offers the Solar Hijri calendar
    assertThat(s.calendars()).isEmpty();
  }

  @Test
  void a_persian_page_offers_both_calendars_and_keeps_the_choice() {
    LanguageSwitch s =
        LanguageSwitch.of(
            Messages.of("fa"), "/registry/decisions/overdue?pair=KAZ-IRN&cal=persian");
    assertThat(s.calendars()).hasSize(2);
    assertThat(s.calendars().get(1).current()).isTrue();
    assertThat(s.calendars().get(0).href())
        .isEqualTo("/registry/decisions/overdue?pair=KAZ-IRN&lang=fa&cal=gregorian");
    // switching language keeps the calendar parameter like any other
    assertThat(s.links().get(1).href())
        .isEqualTo("/registry/decisions/overdue?pair=KAZ-IRN&cal=persian&lang=en");
  }
}
