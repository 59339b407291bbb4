package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.text.CaravanException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void calendarYear() {
    Period p = Period.parse("2018");
    assertThat(p.start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(p.isCalendarYear()).isTrue();
    assertThat(p.calendarYear()).contains(2018);
    assertThat(p.months()).isEqualTo(12);
    assertThat(p.sameSpanYearBefore()).isEqualTo(Period.parse("2017"));
  }

  @Test
  void yearRange() {
    Period p = Period.parse("2016-2017");
    assertThat(p.start()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(p.isCalendarYear()).isFalse();
    assertThat(p.calendarYear()).isEmpty();
    assertThat(p.months()).isEqualTo(24);
    assertThat(p.sameSpanYearBefore().label()).isEqualTo("2015-2016");
  }

  @Test
  void monthRangeEndsOnTheLastDayOfItsLastMonth() {
    // October has 31 days
    Period p = Period.parse("2025-01..2025-10");
    assertThat(p.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(p.months()).isEqualTo(10);
    Period before = p.sameSpanYearBefore();
    assertThat(before.label()).isEqualTo("2024-01..2024-10");
    assertThat(before.end()).isEqualTo(LocalDate.of(2024, 10, 31));
  }

  @Test
  void singleMonthKnowsLeapFebruary() {
    // 2024 is a Gregorian leap year (divisible by 4, not by 100)
    assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.parse("2025-02").end()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(Period.parse("2025-03").months()).isEqualTo(1);
  }

  @Test
  void dayRange() {
    Period p = Period.parse("2025-01-01..2025-12-11");
    assertThat(p.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2025, 12, 11));
    // 1 Jan .. 11 Dec: eleven whole months (Jan..Nov) and 11 days
    assertThat(p.months()).isEqualTo(11);
    assertThat(p.sameSpanYearBefore().end()).isEqualTo(LocalDate.of(2024, 12, 11));
    assertThat(Period.parse("2025-12-11").months()).isZero();
  }

  /** Nowruz (1 Farvardin) dates as published in Iranian calendars for those years. */
  @ParameterizedTest
  @CsvSource({
    "1400, 2021-03-21",
    "1401, 2022-03-21",
    "1402, 2023-03-21",
    "1403, 2024-03-20",
    "1404, 2025-03-21"
  })
  void solarHijriYearStartsOnNowruz(int year, LocalDate nowruz) {
    Period p = Period.parse("SH" + year);
    assertThat(p.start()).isEqualTo(nowruz);
    // the year ends the day before the next Nowruz
    assertThat(p.end()).isEqualTo(Period.parse("SH" + (year + 1)).start().minusDays(1));
  }

  @Test
  void solarHijriYear1400() {
    // 1 Farvardin 1400 = 2021-03-21; 1 Farvardin 1401 = 2022-03-21, so 1400 ends 2022-03-20
    Period p = Period.parse("SH1400");
    assertThat(p.start()).isEqualTo(LocalDate.of(2021, 3, 21));
    assertThat(p.end()).isEqualTo(LocalDate.of(2022, 3, 20));
    assertThat(p.months()).isEqualTo(12);
    assertThat(p.isCalendarYear()).isFalse();
  }

  @Test
  void leapSolarHijriYear1403HasThirtyDaysInEsfand() {
    // 1403 starts 2024-03-20 and 1404 starts 2025-03-21: 366 days, so Esfand 1403 has 30 days
    Period p = Period.parse("SH1403");
    assertThat(p.end()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end()) + 1).isEqualTo(366);
    Period esfand = Period.parse("SH1403-12");
    assertThat(esfand.start()).isEqualTo(LocalDate.of(2025, 2, 19));
    assertThat(esfand.end()).isEqualTo(LocalDate.of(2025, 3, 20));
  }

  @Test
  void solarHijriNineMonthsOf1402MatchIricaRowR20() {
    // Farvardin..Shahrivar have 31 days, Mehr..Azar 30: 6*31 + 3*30 = 276 days from 2023-03-21
    // -> last day 2023-12-21 (30 Azar 1402, Yalda night), as the reference row R20 says
    Period p = Period.parse("SH1402-01..SH1402-09");
    assertThat(p.start()).isEqualTo(LocalDate.of(2023, 3, 21));
    assertThat(p.end()).isEqualTo(LocalDate.of(2023, 12, 21));
    assertThat(java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end()) + 1).isEqualTo(276);
    assertThat(p.months()).isEqualTo(9);
    Period before = p.sameSpanYearBefore();
    assertThat(before.label()).isEqualTo("SH1401-01..SH1401-09");
    // 1401 starts 2022-03-21, 276 days later ends 2022-12-21
    assertThat(before.start()).isEqualTo(LocalDate.of(2022, 3, 21));
    assertThat(before.end()).isEqualTo(LocalDate.of(2022, 12, 21));
  }

  @Test
  void solarHijriSingleMonth() {
    // Mehr (month 7) 1402 starts 2023-09-23 (after six 31-day months: 2023-03-21 + 186 days)
    Period p = Period.parse("SH1402-07");
    assertThat(p.start()).isEqualTo(LocalDate.of(2023, 9, 23));
    assertThat(p.end()).isEqualTo(LocalDate.of(2023, 10, 22));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-13",
        "last year",
        "18",
        "2019-2018",
        "2025-10..2025-01",
        "SH1402-13",
        "2025-02-30",
        "c.2010-2011",
        ""
      })
  void badLabelsAreRejectedNamingTheLabelAndTheAcceptedForms(String label) {
    assertThatThrownBy(() -> Period.parse(label))
        .isInstanceOf(CaravanException.class)
        .hasMessageContaining("Bad period '" + label + "'")
        .hasMessageContaining("Accepted forms: 2018, 2016-2017, 2025-03, 2025-01..2025-10")
        .hasMessageContaining("SH1400");
  }
}
