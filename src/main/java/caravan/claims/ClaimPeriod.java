package caravan.claims;

import java.time.LocalDate;

/**
 * When a claim holds: the days {@code start}..{@code end}. {@code toDate}: "this year", "so far",
 * "с начала года": the year up to the text's date, so a figure from the year's start to any day up
 * to then is the same claim; {@code label} as the data writes periods (2025, 2025-01..2025-10).
 */
public record ClaimPeriod(LocalDate start, LocalDate end, boolean toDate, String label) {

  static ClaimPeriod year(int year) {
    return new ClaimPeriod(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false, String.valueOf(year));
  }

  static ClaimPeriod years(int first, int last) {
    return new ClaimPeriod(
        LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), false, first + "-" + last);
  }

  static ClaimPeriod months(int year, int first, int last) {
    LocalDate end = LocalDate.of(year, last, 1);
    return new ClaimPeriod(
        LocalDate.of(year, first, 1),
        end.withDayOfMonth(end.lengthOfMonth()),
        false,
        String.format("%d-%02d..%d-%02d", year, first, year, last));
  }

  static ClaimPeriod yearToDate(LocalDate date) {
    return new ClaimPeriod(
        LocalDate.of(date.getYear(), 1, 1), date, true, date.getYear() + "-01-01.." + date);
  }

  /**
   * Whether a figure's period is this one: the same days, or, for a year to date, a span from the
   * same first of January to a day no later than this one's end.
   */
  boolean covers(LocalDate figureStart, LocalDate figureEnd) {
    if (figureStart == null || figureEnd == null) return false;
    if (figureStart.equals(start) && figureEnd.equals(end)) return true;
    return toDate && figureStart.equals(start) && !figureEnd.isAfter(end);
  }
}
