package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates in their own calendars and their Gregorian equivalents, checked against values converted
 * independently: the Iranian official calendar's Nowruz dates, and the arithmetic (tabular, civil)
 * Islamic calendar as Reingold and Dershowitz, Calendrical Calculations (3rd ed., §6.1) give it.
 */
class HistoricDateTest {
  /**
   * Calendrical Calculations' fixed-from-islamic: days from R.D. 1 (0001-01-01 proleptic
   * Gregorian), with the epoch R.D. 227015 (16 July 622 Julian). An independent method, not ICU.
   */
  static LocalDate civilIslamic(int y, int m, int d) {
    long fixed =
        d
            + 29L * (m - 1)
            + Math.floorDiv(6 * m - 1, 11)
            + (y - 1) * 354L
            + Math.floorDiv(3 + 11L * y, 30)
            + 227015
            - 1;
    // R.D. 719163 is 1970-01-01
    return LocalDate.ofEpochDay(fixed - 719163);
  }

  @Test
  void solar_hijri_new_years_are_the_official_nowruz_days() {
    // Nowruz as Iran's official calendar fixes it: 21 March 2023, 20 March 2024, 21 March 2025
    assertThat(HistoricDate.parse("SH 1402-01-01").gregorianStart()).isEqualTo("2023-03-21");
    assertThat(HistoricDate.parse("SH 1403-01-01").gregorianStart()).isEqualTo("2024-03-20");
    assertThat(HistoricDate.parse("SH 1404-01-01").gregorianStart()).isEqualTo("2025-03-21");
    // 1403 is leap: Esfand has 30 days, and its last is the eve of Nowruz 1404
    assertThat(HistoricDate.parse("SH 1403-12-30").problem()).isNull();
    assertThat(HistoricDate.parse("SH 1403-12-30").gregorian()).isEqualTo("2025-03-20");
    // 20 Azar 1404 is 11 December 2025 (Mehr's date line of the talks, data/heritage/items.csv)
    assertThat(HistoricDate.parse("SH 1404-09-20").gregorian()).isEqualTo("2025-12-11");
  }

  @Test
  void a_day_or_month_its_calendar_lacks_is_refused_with_the_reason() {
    // 1404 is not leap: Esfand has 29 days
    assertThat(HistoricDate.parse("SH 1404-12-30").problem())
        .isEqualTo("day 30 does not exist in month 12 of SH 1404: that month has 29 days");
    assertThat(HistoricDate.parse("SH 1404-12-31").problem()).contains("day 31 does not exist");
    assertThat(HistoricDate.parse("SH 1404-13").problem()).contains("month 13 does not exist");
    assertThat(HistoricDate.parse("AH 1446-00").problem()).contains("month 0 does not exist");
    // civil Hijri: Safar always has 29 days; Dhu al-Hijja 30 only in a leap year (1447, not 1446:
    // (14 + 11y) mod 30 < 11 by Calendrical Calculations)
    assertThat(HistoricDate.parse("AH 1446-02-30").problem()).contains("that month has 29 days");
    assertThat(HistoricDate.parse("AH 1446-12-30").problem()).contains("that month has 29 days");
    assertThat(HistoricDate.parse("AH 1447-12-30").problem()).isNull();
    assertThat(HistoricDate.parse("CE 2025-02-29").problem()).contains("that month has 28 days");
    assertThat(HistoricDate.parse("CE 2024-02-29").problem()).isNull();
    assertThat(HistoricDate.parse("1404-01-01").problem()).contains("write AH, SH or CE");
    assertThat(HistoricDate.parse("AH 12x").problem()).contains("is not a date");
  }

  @Test
  void hijri_dates_are_the_civil_calendars() {
    // civil (tabular) 1 Muharram 1447 is Friday 27 June 2025; Umm al-Qura, Saudi Arabia's
    // published calendar, has Thursday 26 June: this is the civil variant, said so in the class
    assertThat(civilIslamic(1447, 1, 1)).isEqualTo("2025-06-27");
    assertThat(HistoricDate.parse("AH 1447-01-01").gregorian()).isEqualTo("2025-06-27");
    // 1 Ramadan 1446 = 1 March 2025 in both variants
    assertThat(HistoricDate.parse("AH 1446-09-01").gregorian()).isEqualTo("2025-03-01");
    // the epoch: 1 Muharram 1 is 16 July 622 Julian, 19 July 622 proleptic Gregorian
    assertThat(HistoricDate.parse("AH 1-01-01").gregorian()).isEqualTo("0622-07-19");
  }

  @Test
  void icu_agrees_with_the_arithmetic_calendar_on_random_days() {
    Random random = new Random(15);
    for (int i = 0; i < 500; i++) {
      int y = 1 + random.nextInt(1500);
      int m = 1 + random.nextInt(12);
      int d = 1 + random.nextInt(29);
      String text = String.format("AH %d-%02d-%02d", y, m, d);
      assertThat(HistoricDate.parse(text).gregorianStart())
          .as(text)
          .isEqualTo(civilIslamic(y, m, d));
    }
  }

  @Test
  void a_year_month_or_century_covers_its_days() {
    HistoricDate century = HistoricDate.parse("AH 12c");
    assertThat(century.precision()).isEqualTo(HistoricDate.Precision.CENTURY);
    assertThat(century.gregorianStart()).isEqualTo(civilIslamic(1101, 1, 1));
    assertThat(century.gregorianEnd()).isEqualTo(civilIslamic(1201, 1, 1).minusDays(1));
    assertThat(HistoricDate.parse("CE 18c").gregorian()).isEqualTo("1701-01-01/1800-12-31");
    HistoricDate year = HistoricDate.parse("SH 1403");
    assertThat(year.precision()).isEqualTo(HistoricDate.Precision.YEAR);
    assertThat(year.gregorian()).isEqualTo("2024-03-20/2025-03-20");
    assertThat(year.century()).isEqualTo(15);
    HistoricDate month = HistoricDate.parse("AH 1446-09");
    assertThat(month.precision()).isEqualTo(HistoricDate.Precision.MONTH);
    // Ramadan 1446 (civil): 30 days, 1–30 March 2025
    assertThat(month.gregorian()).isEqualTo("2025-03-01/2025-03-30");
    assertThat(HistoricDate.parse("AH 1446-12").gregorianEnd())
        .isEqualTo(civilIslamic(1447, 1, 1).minusDays(1));
    // before 1582 the equivalent is proleptic Gregorian, as ISO 8601 and java.time count
    assertThat(HistoricDate.parse("ce 1500-03-01").gregorian()).isEqualTo("1500-03-01");
    assertThat(HistoricDate.parse(" ce  1500-03-01").text()).isEqualTo("CE 1500-03-01");
  }
}
