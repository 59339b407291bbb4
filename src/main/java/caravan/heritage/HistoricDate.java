package caravan.heritage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a record's source gives it, in its own calendar: {@code AH 1132-05-12} (Hijri lunar),
 * {@code SH 1404-01-01} (Solar Hijri), {@code CE 1732-05} (Gregorian), to the day, month, year or
 * century ({@code AH 12c}: the 12th century of the Hijra). Kept as that text, so that a record read
 * back says exactly what was stored; {@link #problem()} says why it is no date (Esfand 30 in a year
 * that is not leap, a 13th month), and the record refuses it with the field.
 *
 * <p>The Hijri lunar calendar is ICU's <b>islamic-civil</b> (the tabular, arithmetic calendar with
 * the Friday epoch of 16 July 622 Julian): catalogues convert manuscript dates with its tables
 * (Wüstenfeld–Mahler), as no sighting record exists for a date of the 18th century, and ICU's Umm
 * al-Qura data cover 1300–1600 AH only. The Solar Hijri calendar is ICU's {@code persian}
 * (arithmetic, 33-year cycle; agrees with the astronomical calendar over 1300–1500 SH, see
 * ../shared/anchors/registry-heritage-b2b.md §6). The Gregorian equivalent is proleptic (ISO 8601,
 * as {@link LocalDate}), also before 1582.
 */
public record HistoricDate(String text) {
  /** The calendar a date was written in. */
  public enum Era {
    /** Hijri lunar (AH). */
    AH,
    /** Solar Hijri (SH, the Iranian civil calendar). */
    SH,
    /** Gregorian (CE). */
    CE
  }

  /** How much of the date the source gives. */
  public enum Precision {
    CENTURY,
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern FORM =
      Pattern.compile(
          "(AH|SH|CE) (?:([1-9][0-9]?)c|([1-9][0-9]{0,3})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?)");

  /** Julian day number of 1970-01-01, ICU's JULIAN_DAY field's origin against epoch days. */
  private static final long EPOCH_JULIAN_DAY = 2_440_588L;

  public HistoricDate {
    text =
        text == null
            ? null
            : text.strip()
                .replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT)
                .replaceAll("(\\d)C$", "$1c");
  }

  @JsonCreator
  public static HistoricDate parse(String text) {
    return text == null || text.isBlank() ? null : new HistoricDate(text);
  }

  @JsonValue
  @Override
  public String text() {
    return text;
  }

  /** Why the text is no date in its calendar, in English, or null when it is one. */
  public String problem() {
    caravan.text.Text t = problemText();
    return t == null ? null : t.english();
  }

  /** Why the text is no date in its calendar, for a door to word; or null when it is one. */
  public caravan.text.Text problemText() {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) return caravan.text.Text.of("her.date.form", String.valueOf(text));
    if (m.group(2) != null) return null;
    int year = Integer.parseInt(m.group(3));
    Integer month = m.group(4) == null ? null : Integer.parseInt(m.group(4));
    Integer day = m.group(5) == null ? null : Integer.parseInt(m.group(5));
    if (month != null && (month < 1 || month > 12)) {
      return caravan.text.Text.of("her.date.month", String.valueOf(month));
    }
    if (day != null) {
      int last = calendar(era(), year, month, 1).getActualMaximum(Calendar.DAY_OF_MONTH);
      if (day < 1 || day > last) {
        // numbers as text: a year of its calendar is not grouped (1,404) nor localised
        return caravan.text.Text.of(
            "her.date.day",
            String.valueOf(day),
            String.valueOf(month),
            era().name(),
            String.valueOf(year),
            String.valueOf(last));
      }
    }
    return null;
  }

  public Era era() {
    return Era.valueOf(text.substring(0, 2));
  }

  public Precision precision() {
    Matcher m = matched();
    if (m.group(2) != null) return Precision.CENTURY;
    if (m.group(5) != null) return Precision.DAY;
    return m.group(4) != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The century (1-based) of its own calendar the date falls in. */
  public int century() {
    Matcher m = matched();
    return m.group(2) != null
        ? Integer.parseInt(m.group(2))
        : (Integer.parseInt(m.group(3)) + 99) / 100;
  }

  /** The first Gregorian day the date covers. */
  public LocalDate gregorianStart() {
    Matcher m = matched();
    if (m.group(2) != null) return day(era(), (Integer.parseInt(m.group(2)) - 1) * 100 + 1, 1, 1);
    int year = Integer.parseInt(m.group(3));
    int month = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
    int day = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
    return day(era(), year, month, day);
  }

  /** The last Gregorian day the date covers (the start itself for a day). */
  public LocalDate gregorianEnd() {
    Matcher m = matched();
    if (m.group(2) != null)
      return day(era(), Integer.parseInt(m.group(2)) * 100 + 1, 1, 1).minusDays(1);
    int year = Integer.parseInt(m.group(3));
    if (m.group(4) == null) return day(era(), year + 1, 1, 1).minusDays(1);
    int month = Integer.parseInt(m.group(4));
    if (m.group(5) != null) return gregorianStart();
    return month == 12
        ? day(era(), year + 1, 1, 1).minusDays(1)
        : day(era(), year, month + 1, 1).minusDays(1);
  }

  /** The Gregorian equivalent as text: one day, or the first and last day it covers. */
  public String gregorian() {
    LocalDate a = gregorianStart();
    LocalDate b = gregorianEnd();
    return a.equals(b) ? a.toString() : a + "/" + b;
  }

  private Matcher matched() {
    String p = problem();
    if (p != null) throw new IllegalStateException(p);
    Matcher m = FORM.matcher(text);
    m.matches();
    return m;
  }

  private static LocalDate day(Era era, int year, int month, int day) {
    Calendar c = calendar(era, year, month, day);
    return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
  }

  /** The day in ICU's calendar of the era, never lenient. */
  private static Calendar calendar(Era era, int year, int month, int day) {
    TimeZone utc = TimeZone.GMT_ZONE;
    Calendar c =
        switch (era) {
          case AH -> {
            IslamicCalendar i = new IslamicCalendar(utc, com.ibm.icu.util.ULocale.ROOT);
            i.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_CIVIL);
            yield i;
          }
          case SH -> new PersianCalendar(utc, com.ibm.icu.util.ULocale.ROOT);
          case CE -> proleptic(utc);
        };
    c.clear();
    c.setLenient(false);
    c.set(Calendar.EXTENDED_YEAR, year);
    c.set(Calendar.MONTH, month - 1);
    c.set(Calendar.DAY_OF_MONTH, day);
    c.set(Calendar.HOUR_OF_DAY, 12);
    return c;
  }

  private static Calendar proleptic(TimeZone utc) {
    com.ibm.icu.util.GregorianCalendar g =
        new com.ibm.icu.util.GregorianCalendar(utc, com.ibm.icu.util.ULocale.ROOT);
    g.setGregorianChange(new java.util.Date(Long.MIN_VALUE));
    return g;
  }
}
