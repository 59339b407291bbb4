package caravan.registry;

import caravan.text.Text;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year ({@code 2012}), the month ({@code 2012-06}) or the day ({@code
 * 2012-06-27}). Sources often give less than a day; the missing parts are never invented. Ordered
 * by the first day covered, then the less precise first.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::end);

  public PartialDate {
    Text problem = problem(year, month, day);
    if (problem != null) throw refused("date", problem);
  }

  public static PartialDate of(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate of(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  /** Parses {@code 2012}, {@code 2012-06} or {@code 2012-06-27}; blank gives null. */
  @JsonCreator
  public static PartialDate parse(String text) {
    return parse("date", text);
  }

  /** As {@link #parse(String)}, naming {@code field} in the {@link ValidationException}. */
  public static PartialDate parse(String field, String text) {
    if (text == null || text.isBlank()) return null;
    Text problem = problemText(text.trim());
    if (problem != null) throw refused(field, problem);
    Matcher m = FORM.matcher(text.trim());
    m.matches();
    return new PartialDate(
        Integer.parseInt(m.group(1)),
        m.group(2) == null ? null : Integer.parseInt(m.group(2)),
        m.group(3) == null ? null : Integer.parseInt(m.group(3)));
  }

  /** Null when {@code text} is a good partial date, else the reason it is not. */
  public static Text problemText(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) return Text.of("reg.date.form", text);
    Text p =
        problem(
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? null : Integer.parseInt(m.group(2)),
            m.group(3) == null ? null : Integer.parseInt(m.group(3)));
    return p == null ? null : Text.of("reg.date.bad", text, p);
  }

  // numbers go in as text: a year is not 2,012 nor a month in Persian digits beside the date
  private static Text problem(int year, Integer month, Integer day) {
    if (year < 1 || year > 9999) return Text.of("reg.date.year", String.valueOf(year));
    if (month == null) return day == null ? null : Text.of("reg.date.dayNoMonth");
    if (month < 1 || month > 12) return Text.of("reg.date.month", String.valueOf(month));
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return Text.of("reg.date.noDay", String.valueOf(day), YearMonth.of(year, month).toString());
      }
    }
    return null;
  }

  private static ValidationException refused(String field, Text problem) {
    return ValidationException.worded(
        Text.of("reg.date.refused"), List.of(Text.of("lang.jr.field", field, problem)));
  }

  /** The first day covered. */
  public LocalDate start() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day covered. */
  public LocalDate end() {
    if (month == null) return LocalDate.of(year, 12, 31);
    if (day == null) return YearMonth.of(year, month).atEndOfMonth();
    return LocalDate.of(year, month, day);
  }

  /** True when only the year is known. */
  public boolean yearOnly() {
    return month == null;
  }

  @JsonValue
  @Override
  public String toString() {
    if (month == null) return String.format("%04d", year);
    if (day == null) return String.format("%04d-%02d", year, month);
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    return ORDER.compare(this, o);
  }
}
