package caravan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void persian_writes_persian_digits_and_separators() {
    // by hand: the Extended Arabic-Indic digits U+06F0..U+06F9, the Arabic thousands separator
    // U+066C and decimal separator U+066B (CLDR fa, numbering system arabext)
    assertThat(Formats.of("fa").fixed(1234567.5, 1)).isEqualTo("۱٬۲۳۴٬۵۶۷٫۵");
    assertThat(Formats.of("fa").integer(2025)).isEqualTo("۲٬۰۲۵");
    assertThat(Formats.of("fa").signedPercent(12.3, 1)).contains("۱۲٫۳").contains("+");
  }

  @Test
  void kazakh_groups_with_a_no_break_space_and_a_decimal_comma() {
    // CLDR kk: group U+00A0, decimal ","; percent without a space
    assertThat(Formats.of("kk").fixed(1234567.5, 1)).isEqualTo("1\u00a0234\u00a0567,5");
    assertThat(Formats.of("kk").signedPercent(12.3, 1)).isEqualTo("+12,3%");
    assertThat(Formats.of("en").fixed(1234567.5, 1)).isEqualTo("1,234,567.5");
  }

  @Test
  void money_takes_the_currency_name_in_the_language() {
    assertThat(Formats.of("en").money(new BigDecimal("5000000"), "USD"))
        .isEqualTo("5,000,000 US dollars");
    assertThat(Formats.of("ru").money(new BigDecimal("5000000"), "USD"))
        .isEqualTo("5\u00a0000\u00a0000 долларов США");
    assertThat(Formats.of("fa").money(new BigDecimal("5"), "XYZ")).isEqualTo("۵ XYZ");
  }

  /*
   * The Solar Hijri dates are computed here without ICU. The year begins on the day of the March
   * equinox when it falls before noon Tehran time, else on the next day. The 2025 equinox was at
   * 09:01 UTC on 20 March (US Naval Observatory, "Earth's Seasons and Apsides 2025"), 12:31 in
   * Tehran (UTC+3:30, no daylight saving since 2022), after noon: 1 Farvardin 1404 = 21 March 2025.
   * The first six months have 31 days, the next five
   * 30: 20 Azar (month 9) is day 6*31 + 2*30 + 20 = 266 of the year, 265 days after 21 March 2025,
   * which is 11 December 2025 (10 days left in March, then 30+31+30+31+31+30+31+30 to 30 November
   * = 254, plus 11).
   */
  @Test
  void solar_hijri_dates_on_a_persian_page_that_chose_them() {
    Formats solar = Formats.of("fa", Formats.PERSIAN);
    assertThat(LocalDate.of(2025, 3, 21).plusDays(265)).isEqualTo(LocalDate.of(2025, 12, 11));
    assertThat(solar.date(LocalDate.of(2025, 3, 21))).isEqualTo("۱ فروردین ۱۴۰۴");
    assertThat(solar.date(LocalDate.of(2025, 12, 11))).isEqualTo("۲۰ آذر ۱۴۰۴");
    // the day before Nowruz is the last of Esfand 1403
    assertThat(solar.date(LocalDate.of(2025, 3, 20))).contains("اسفند").contains("۱۴۰۳");
    assertThat(Formats.of("en", Formats.PERSIAN).date(LocalDate.of(2025, 12, 11)))
        .isEqualTo("Azar 20, 1404 AP");
  }

  @Test
  void a_persian_page_is_gregorian_unless_its_reader_chose_otherwise() {
    // CLDR's default calendar for fa is the Persian one: Formats names the calendar always
    String gregorian = Formats.of("fa").date(LocalDate.of(2025, 12, 11));
    assertThat(gregorian).contains("۲۰۲۵").contains("۱۱").doesNotContain("آذر");
    assertThat(Formats.of("en").date(LocalDate.of(2025, 12, 11))).isEqualTo("Dec 11, 2025");
    assertThat(Formats.of("fa", "julian").calendar()).isEqualTo(Formats.GREGORIAN);
  }
}
