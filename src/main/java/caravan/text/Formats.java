package caravan.text;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Numbers, money and dates for one reader, by CLDR through ICU: the language's digits and
 * separators (Persian digits for fa, which is CLDR's default numbering system there, {@code
 * fa@numbers=arabext}; a no-break space grouping in kk and ru) and, where the reader chose it, the
 * Solar Hijri calendar ({@code @calendar=persian}). Every page formats through one of these, so a
 * figure reads the same in the cards, the tables and the messages.
 */
public final class Formats {
  /** The calendars a reader may choose ({@code ?cal=} on the pages). */
  public static final String GREGORIAN = "gregorian";

  public static final String PERSIAN = "persian";

  private final String lang;
  private final String calendar;
  private final ULocale locale;

  private Formats(String lang, String calendar) {
    this.lang = lang;
    this.calendar = calendar;
    this.locale = ULocale.forLanguageTag(lang);
  }

  /** Formats for a language Caravan speaks (else English), in the Gregorian calendar. */
  public static Formats of(String lang) {
    return of(lang, GREGORIAN);
  }

  /**
   * Formats for {@code lang} in {@code calendar}: {@link #PERSIAN} gives Solar Hijri dates,
   * anything else (null included) the Gregorian calendar.
   */
  public static Formats of(String lang, String calendar) {
    String l = lang != null && Messages.LANGUAGES.contains(lang) ? lang : "en";
    return new Formats(l, PERSIAN.equals(calendar) ? PERSIAN : GREGORIAN);
  }

  public String lang() {
    return lang;
  }

  public String calendar() {
    return calendar;
  }

  public ULocale locale() {
    return locale;
  }

  private LocalizedNumberFormatter numbers() {
    return NumberFormatter.withLocale(locale);
  }

  /** A number as the language writes it, with as many decimals as it has (at most 6). */
  public String number(Number v) {
    if (v == null) return "";
    Number n = v instanceof BigDecimal b ? b.stripTrailingZeros() : v;
    return numbers().precision(Precision.maxFraction(6)).format(n).toString();
  }

  /** A number with exactly {@code digits} decimals: "1 234,5" in kk and ru, "۱٬۲۳۴٫۵" in fa. */
  public String fixed(double v, int digits) {
    return numbers().precision(Precision.fixedFraction(digits)).format(v).toString();
  }

  /** A number rounded to at most {@code digits} decimals. */
  public String upTo(Number v, int digits) {
    return numbers().precision(Precision.maxFraction(digits)).format(v).toString();
  }

  /** A whole number with the language's grouping. */
  public String integer(double v) {
    return numbers().precision(Precision.integer()).format(v).toString();
  }

  /** A share given in percent (12.3 for 12.3 %), with the language's percent sign and digits. */
  public String percent(double pct, int digits) {
    return numbers()
        .unit(MeasureUnit.PERCENT)
        .precision(Precision.fixedFraction(digits))
        .format(pct)
        .toString();
  }

  /** A change given in percent, signed: "+12.3%" in English, "+12,3 %" in Russian. */
  public String signedPercent(double pct, int digits) {
    return numbers()
        .unit(MeasureUnit.PERCENT)
        .precision(Precision.fixedFraction(digits))
        .sign(NumberFormatter.SignDisplay.EXCEPT_ZERO)
        .format(pct)
        .toString();
  }

  /**
   * An amount of money with the currency's full name as the language inflects it ("5 000 000
   * долларов США", "5,000,000 US dollars"); an unknown code stays a code after the number.
   */
  public String money(BigDecimal amount, String currency) {
    if (amount == null) return "";
    var n = numbers().precision(Precision.maxFraction(2));
    if (currency == null) return n.format(amount).toString();
    try {
      return n.unit(Currency.getInstance(currency))
          .unitWidth(NumberFormatter.UnitWidth.FULL_NAME)
          .format(amount)
          .toString();
    } catch (IllegalArgumentException e) {
      return n.format(amount) + " " + currency;
    }
  }

  /** The currency's name in the language (доллар США), or the code CLDR does not know. */
  public String currencyName(String code) {
    if (code == null) return null;
    try {
      return Currency.getInstance(code).getName(locale, Currency.LONG_NAME, null);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  /**
   * A day in the reader's calendar, in the language's medium style: "11 Dec 2025", "20 آذر 1404"
   * (with Persian digits) when the reader chose the Solar Hijri calendar.
   */
  public String date(LocalDate day) {
    if (day == null) return "";
    DateFormat f = DateFormat.getDateInstance(newCalendar(), DateFormat.MEDIUM, calendarLocale());
    return f.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** An instant as a UTC day and minute in the reader's calendar and language. */
  public String dateTime(Instant at) {
    if (at == null) return "";
    DateFormat f =
        DateFormat.getDateTimeInstance(
            newCalendar(), DateFormat.MEDIUM, DateFormat.SHORT, calendarLocale());
    return f.format(Date.from(at));
  }

  // named always: CLDR's default calendar for fa (fa_IR) is already the Persian one, and a Persian
  // page is Gregorian unless its reader chose otherwise
  private ULocale calendarLocale() {
    return locale.setKeywordValue("calendar", calendar);
  }

  private Calendar newCalendar() {
    Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, calendarLocale());
    c.clear();
    return c;
  }

  @Override
  public String toString() {
    return lang.toUpperCase(Locale.ROOT) + "/" + calendar;
  }
}
