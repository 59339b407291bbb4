package caravan.figures;

import caravan.text.CaravanException;
import caravan.text.Text;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact date range a stated figure covers, with the label it was written as. Labels:
 *
 * <ul>
 *   <li>{@code 2018}: a calendar year; {@code 2016-2017}: a range of calendar years;
 *   <li>{@code 2025-03}: a month; {@code 2025-01..2025-10}: a range of months;
 *   <li>{@code 2025-12-11}: a day; {@code 2025-01-01..2025-12-11}: a range of days;
 *   <li>{@code SH1400}: a Solar Hijri (Iranian) year, 1 Farvardin to the last day of Esfand; {@code
 *       SH1402-05}: a Solar Hijri month; {@code SH1402-01..SH1402-09}: a range of them.
 * </ul>
 *
 * Solar Hijri dates are converted with ICU4J's {@link PersianCalendar} ({@code java.time} has no
 * Solar Hijri calendar): 1 Farvardin 1400 = 2021-03-21, 1 Farvardin 1403 = 2024-03-20.
 */
public record Period(String label, LocalDate start, LocalDate end) {

  static final String ACCEPTED_FORMS =
      "2018, 2016-2017, 2025-03, 2025-01..2025-10, 2025-12-11, 2025-01-01..2025-12-11, SH1400,"
          + " SH1402-05, SH1402-01..SH1402-09";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern DAYS =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern SH_YEAR = Pattern.compile("SH(\\d{4})");
  private static final Pattern SH_MONTH = Pattern.compile("SH(\\d{4})-(\\d{2})");
  private static final Pattern SH_MONTHS =
      Pattern.compile("SH(\\d{4})-(\\d{2})\\.\\.SH(\\d{4})-(\\d{2})");

  /** Julian day number of 1970-01-01, to turn ICU's JULIAN_DAY field into an epoch day. */
  private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

  public Period {
    if (label == null || label.isBlank() || start == null || end == null) {
      throw new CaravanException(Text.of("fig.period.needs"), Map.of("field", "period"));
    }
    if (end.isBefore(start)) {
      throw bad(label, Text.of("fig.period.endsBefore", end.toString(), start.toString()));
    }
  }

  /** Parses a period label into its exact dates; see the class comment for the forms. */
  public static Period parse(String label) {
    if (label == null || label.isBlank()) {
      throw bad(String.valueOf(label), Text.of("fig.period.empty"));
    }
    String l = label.trim();
    try {
      Matcher m;
      if ((m = YEAR.matcher(l)).matches()) {
        int y = year(l, m.group(1));
        return new Period(l, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      if ((m = YEARS.matcher(l)).matches()) {
        int from = year(l, m.group(1));
        int to = year(l, m.group(2));
        ordered(l, from, to);
        return new Period(l, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
      }
      if ((m = MONTH.matcher(l)).matches()) {
        YearMonth ym = yearMonth(l, m.group(1), m.group(2));
        return new Period(l, ym.atDay(1), ym.atEndOfMonth());
      }
      if ((m = MONTHS.matcher(l)).matches()) {
        YearMonth from = yearMonth(l, m.group(1), m.group(2));
        YearMonth to = yearMonth(l, m.group(3), m.group(4));
        return new Period(l, from.atDay(1), to.atEndOfMonth());
      }
      if ((m = DAY.matcher(l)).matches()) {
        LocalDate d = LocalDate.parse(m.group(1));
        return new Period(l, d, d);
      }
      if ((m = DAYS.matcher(l)).matches()) {
        return new Period(l, LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
      if ((m = SH_YEAR.matcher(l)).matches()) {
        int y = year(l, m.group(1));
        return new Period(l, solarHijri(y, 1), solarHijri(y + 1, 1).minusDays(1));
      }
      if ((m = SH_MONTH.matcher(l)).matches()) {
        int y = year(l, m.group(1));
        int mo = shMonth(l, m.group(2));
        return new Period(l, solarHijri(y, mo), solarHijriMonthEnd(y, mo));
      }
      if ((m = SH_MONTHS.matcher(l)).matches()) {
        int y1 = year(l, m.group(1));
        int y2 = year(l, m.group(3));
        int m1 = shMonth(l, m.group(2));
        int m2 = shMonth(l, m.group(4));
        return new Period(l, solarHijri(y1, m1), solarHijriMonthEnd(y2, m2));
      }
    } catch (DateTimeException e) {
      throw bad(l, Text.literal(String.valueOf(e.getMessage())));
    }
    throw bad(l, Text.of("fig.period.noForm"));
  }

  /** True when the period is exactly one calendar year, 1 January to 31 December. */
  public boolean isCalendarYear() {
    return start.getYear() == end.getYear()
        && start.getMonthValue() == 1
        && start.getDayOfMonth() == 1
        && end.getMonthValue() == 12
        && end.getDayOfMonth() == 31;
  }

  /** The Solar Hijri year when the period is exactly one ({@code SH1400}), else empty. */
  public Optional<Integer> solarHijriYear() {
    Matcher m = SH_YEAR.matcher(label);
    if (!m.matches()) return Optional.empty();
    int y = Integer.parseInt(m.group(1));
    return start.equals(solarHijri(y, 1)) && end.equals(solarHijri(y + 1, 1).minusDays(1))
        ? Optional.of(y)
        : Optional.empty();
  }

  /** The year when {@link #isCalendarYear()}, else empty. */
  public Optional<Integer> calendarYear() {
    return isCalendarYear() ? Optional.of(start.getYear()) : Optional.empty();
  }

  /**
   * Whole months covered, counted from the start: 12 for a year, 10 for {@code 2025-01..2025-10}, 9
   * for {@code SH1402-01..SH1402-09}, 0 for a single day.
   */
  public int months() {
    return (int) java.time.Period.between(start, end.plusDays(1)).toTotalMonths();
  }

  /**
   * The same span one year earlier, in the label's own calendar: {@code 2025-01..2025-10} gives
   * {@code 2024-01..2024-10}, {@code SH1402-01..SH1402-09} gives {@code SH1401-01..SH1401-09}.
   */
  public Period sameSpanYearBefore() {
    Matcher m;
    if ((m = DAY.matcher(label)).matches()) {
      return parse(start.minusYears(1).toString());
    }
    if ((m = DAYS.matcher(label)).matches()) {
      return parse(start.minusYears(1) + ".." + end.minusYears(1));
    }
    Matcher years = YEAR_TOKEN.matcher(label);
    StringBuilder out = new StringBuilder();
    while (years.find()) {
      years.appendReplacement(
          out, String.format("%s%04d", years.group(1), Integer.parseInt(years.group(2)) - 1));
    }
    years.appendTail(out);
    return parse(out.toString());
  }

  private static final Pattern YEAR_TOKEN = Pattern.compile("(^|SH|\\.\\.|(?<=\\d{4})-)(\\d{4})");

  @Override
  public String toString() {
    return label + " (" + start + ".." + end + ")";
  }

  private static int year(String label, String digits) {
    int y = Integer.parseInt(digits);
    if (y < 1000) throw bad(label, Text.of("fig.period.yearRange", digits));
    return y;
  }

  private static void ordered(String label, int from, int to) {
    if (to < from) throw bad(label, Text.of("fig.period.backwards"));
  }

  private static YearMonth yearMonth(String label, String y, String m) {
    int month = Integer.parseInt(m);
    if (month < 1 || month > 12) throw bad(label, Text.of("fig.period.month", m));
    return YearMonth.of(year(label, y), month);
  }

  private static int shMonth(String label, String m) {
    int month = Integer.parseInt(m);
    if (month < 1 || month > 12) throw bad(label, Text.of("fig.period.shMonth", m));
    return month;
  }

  /** The Gregorian date of day 1 of Solar Hijri month {@code month} (1..12) of {@code year}. */
  static LocalDate solarHijri(int year, int month) {
    return solarHijri(year, month, 1);
  }

  /** The Gregorian date of a Solar Hijri date, through ICU4J. */
  static LocalDate solarHijri(int year, int month, int day) {
    PersianCalendar pc = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    pc.clear();
    pc.set(year, month - 1, day);
    return LocalDate.ofEpochDay(pc.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
  }

  private static LocalDate solarHijriMonthEnd(int year, int month) {
    return month == 12
        ? solarHijri(year + 1, 1).minusDays(1)
        : solarHijri(year, month + 1).minusDays(1);
  }

  private static CaravanException bad(String label, Text why) {
    return new CaravanException(
        Text.of("fig.period.bad", label, why, ACCEPTED_FORMS),
        Map.of("field", "period", "value", label));
  }
}
