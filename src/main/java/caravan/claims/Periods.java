package caravan.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period words of a sentence and the date of a text. Months counted from January ("за 10
 * месяцев текущего года", "in the first ten months of 2025"), month ranges ("январь–октябрь 2025",
 * "January-October"), the year so far ("с начала года", "this year", "на сегодняшний день"), last
 * year, and years; a period without its year ("this year", "за 10 месяцев") takes the text's date.
 * A day with its month and year ("11 декабря 2025 года") is a date, not a period.
 */
final class Periods {
  private Periods() {}

  private static final String MONTHS_RU =
      "(январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
  private static final String MONTHS_EN =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?";
  private static final List<String> STEMS_RU =
      List.of(
          "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
          "ноябр", "декабр");
  private static final List<String> STEMS_EN =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> NUMBERS_EN =
      List.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve");

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d%])");
  private static final Pattern YEARS =
      Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})(?![\\d%])");
  private static final Pattern DATE_RU =
      Pattern.compile("(\\d{1,2})\\s+" + MONTHS_RU + "\\s+((?:19|20)\\d{2})", F);
  private static final Pattern DATE_EN_MDY =
      Pattern.compile(MONTHS_EN + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})", F);
  private static final Pattern DATE_EN_DMY =
      Pattern.compile("(\\d{1,2})\\s+" + MONTHS_EN + "\\s+((?:19|20)\\d{2})", F);
  private static final Pattern DATE_ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern COUNT_RU =
      Pattern.compile("(?:за|в)\\s+(?:первые\\s+)?(\\d{1,2})\\s+месяц\\p{L}*", F);
  private static final Pattern COUNT_EN =
      Pattern.compile(
          "(?:first|the|in|over|for)\\s+(\\d{1,2}|" + String.join("|", NUMBERS_EN) + ")\\s+months",
          F);
  private static final Pattern RANGE_RU =
      Pattern.compile(MONTHS_RU + "\\s*(?:[-–—]|по)\\s*" + MONTHS_RU, F);
  private static final Pattern RANGE_EN =
      Pattern.compile(MONTHS_EN + "\\s*(?:[-–—]|to|through)\\s*" + MONTHS_EN, F);
  private static final Pattern TO_DATE_RU =
      Pattern.compile(
          "с\\s+начала\\s+(?:этого\\s+|текущего\\s+)?года|в\\s+(?:этом|текущем|нынешнем)\\s+году"
              + "|на\\s+сегодняшний\\s+день|на\\s+сегодня",
          F);
  private static final Pattern TO_DATE_EN =
      Pattern.compile(
          "this\\s+year|since\\s+the\\s+(?:beginning|start)\\s+of\\s+the\\s+year|year[-\\s]to[-\\s]date"
              + "|so\\s+far|to\\s+date",
          F);
  private static final Pattern LAST_YEAR_RU =
      Pattern.compile("(?:в|за)\\s+прошл\\p{L}+\\s+год\\p{L}*|прошлого\\s+года", F);
  private static final Pattern LAST_YEAR_EN =
      Pattern.compile("last\\s+year|(?:the\\s+)?previous\\s+year", F);
  private static final Pattern THIS_YEAR_RU =
      Pattern.compile("(?:текущ|этого|нынешн)\\p{L}*\\s+год", F);
  private static final Pattern THIS_YEAR_EN = Pattern.compile("this\\s+year|the\\s+year", F);

  /** The first date written in the text (a day, its month and its year), if any. */
  static Optional<LocalDate> dateIn(String text) {
    for (Pattern p : List.of(DATE_ISO, DATE_RU, DATE_EN_MDY, DATE_EN_DMY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        try {
          if (p == DATE_ISO) {
            return Optional.of(
                LocalDate.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
          }
          int day = Integer.parseInt(m.group(p == DATE_EN_MDY ? 2 : 1));
          int month = month(m.group(p == DATE_EN_MDY ? 1 : 2), p == DATE_RU);
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
        } catch (java.time.DateTimeException e) {
          // "31 февраля": not a date, look on
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The period a sentence speaks of, its own number spans ({@code skipFrom}..{@code skipTo}, the
   * claim itself) left out of the years; empty when no word says when.
   */
  static Optional<ClaimPeriod> in(
      String sentence, LocalDate textDate, Language lang, int skipFrom, int skipTo) {
    boolean ru = lang == Language.RU;
    String s = blankDates(sentence, ru);
    Integer year = explicitYear(s, skipFrom, skipTo);
    int thisYear = textDate.getYear();
    boolean saysThisYear = (ru ? THIS_YEAR_RU : THIS_YEAR_EN).matcher(s).find();
    int y = year != null ? year : thisYear;
    Matcher c = (ru ? COUNT_RU : COUNT_EN).matcher(s);
    if (c.find()) {
      int n = count(c.group(1));
      if (n >= 1 && n <= 12)
        return Optional.of(ClaimPeriod.months(saysThisYear ? thisYear : y, 1, n));
    }
    Matcher r = (ru ? RANGE_RU : RANGE_EN).matcher(s);
    if (r.find()) {
      int first = month(r.group(1), ru);
      int last = month(r.group(2), ru);
      if (first <= last) return Optional.of(ClaimPeriod.months(y, first, last));
    }
    if ((ru ? TO_DATE_RU : TO_DATE_EN).matcher(s).find() && year == null) {
      return Optional.of(ClaimPeriod.yearToDate(textDate));
    }
    if ((ru ? LAST_YEAR_RU : LAST_YEAR_EN).matcher(s).find() && year == null) {
      return Optional.of(ClaimPeriod.year(thisYear - 1));
    }
    Matcher ys = YEARS.matcher(s);
    while (ys.find()) {
      if (ys.end() <= skipFrom || ys.start() >= skipTo) {
        int a = Integer.parseInt(ys.group(1));
        int b = Integer.parseInt(ys.group(2));
        if (a < b) return Optional.of(ClaimPeriod.years(a, b));
      }
    }
    return year == null ? Optional.empty() : Optional.of(ClaimPeriod.year(year));
  }

  private static Integer explicitYear(String s, int skipFrom, int skipTo) {
    Matcher m = YEAR.matcher(s);
    while (m.find()) {
      if (m.end() <= skipFrom || m.start() >= skipTo) return Integer.parseInt(m.group(1));
    }
    return null;
  }

  /** The sentence with each written date blanked out (same length, so offsets hold). */
  private static String blankDates(String s, boolean ru) {
    String out = s;
    for (Pattern p :
        ru ? List.of(DATE_RU, DATE_ISO) : List.of(DATE_EN_MDY, DATE_EN_DMY, DATE_ISO)) {
      Matcher m = p.matcher(out);
      StringBuilder b = new StringBuilder(out);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
      }
      out = b.toString();
    }
    return out;
  }

  private static int count(String n) {
    int i = NUMBERS_EN.indexOf(n.toLowerCase(Locale.ROOT));
    return i >= 0 ? i + 1 : Integer.parseInt(n);
  }

  private static int month(String word, boolean ru) {
    String w = word.toLowerCase(Locale.ROOT);
    List<String> stems = ru ? STEMS_RU : STEMS_EN;
    for (int i = 0; i < stems.size(); i++) {
      if (w.startsWith(stems.get(i))) return i + 1;
    }
    throw new IllegalArgumentException(word);
  }
}
