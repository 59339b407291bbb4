package caravan.briefing;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The note's words and numbers in one language: the bundles {@code i18n/messages_<lang>} (a key a
 * language lacks yet is said in English), numbers, money, rates and dates by ICU4J in the note's
 * locale, with Persian (Extended Arabic-Indic) or Latin digits as asked. Read straight from the
 * bundles rather than through text.Messages, so the four languages work whatever languages the rest
 * of the interface speaks at the moment.
 */
public final class Words {
  private static final ResourceBundle.Control OWN_FILE_ONLY =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String lang;
  private final ULocale locale;
  private final ResourceBundle bundle;
  private final ResourceBundle english;

  Words(String lang, BriefingRequest.Digits digits) {
    this.lang = lang;
    this.locale =
        new ULocale(
            lang + "@numbers=" + (digits == BriefingRequest.Digits.PERSIAN ? "arabext" : "latn"));
    this.english = bundle("en");
    ResourceBundle own;
    try {
      own = bundle(lang);
    } catch (MissingResourceException e) {
      own = english;
    }
    this.bundle = own;
  }

  private static ResourceBundle bundle(String lang) {
    return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang), OWN_FILE_ONLY);
  }

  public String lang() {
    return lang;
  }

  /** True for a language written right to left (Persian). */
  public boolean rtl() {
    return lang.equals("fa");
  }

  /** The message {@code key} with its arguments (already formatted text), English if missing. */
  public String get(String key, Object... args) {
    String pattern;
    if (bundle.containsKey(key)) pattern = bundle.getString(key);
    else if (english.containsKey(key)) pattern = english.getString(key);
    else return "?" + key + "?";
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  private static final java.util.Map<String, String> ISO2 = new java.util.HashMap<>();

  static {
    for (String iso2 : Locale.getISOCountries()) {
      ISO2.put(new Locale("", iso2).getISO3Country(), iso2);
    }
  }

  /** A country's name in the note's language from CLDR (ICU4J); its code where CLDR has none. */
  public String country(String iso3) {
    String iso2 = ISO2.get(iso3);
    if (iso2 == null) return iso3;
    String name = new ULocale("und_" + iso2).getDisplayCountry(locale);
    return name == null || name.isBlank() || name.equals(iso2) ? iso3 : name;
  }

  /** True when the key exists in the note's language or in English. */
  public boolean has(String key) {
    return bundle.containsKey(key) || english.containsKey(key);
  }

  /** A number as the locale writes it, with at most {@code fraction} decimals. */
  public String number(double v, int fraction) {
    return NumberFormatter.withLocale(locale)
        .precision(Precision.maxFraction(fraction))
        .format(v)
        .toString();
  }

  /** A whole count. */
  public String count(long n) {
    return NumberFormatter.withLocale(locale).format(n).toString();
  }

  /** US dollars in millions, one decimal: "516.3 m USD", "516,3 млн долл. США". */
  public String musd(double usd) {
    return NumberFormatter.withLocale(locale)
            .precision(Precision.fixedFraction(1))
            .format(usd / 1e6)
            .toString()
        + " "
        + get("brief.unit.musd");
  }

  /** A rate (0.4 = 40 %) as a signed percentage: "+40.0%", "+40,0 %". */
  public String rate(double rate) {
    return NumberFormatter.withLocale(locale)
        .unit(MeasureUnit.PERCENT)
        .precision(Precision.fixedFraction(1))
        .sign(NumberFormatter.SignDisplay.EXCEPT_ZERO)
        .format(rate * 100)
        .toString();
  }

  /** A share (0.25 = 25 %), unsigned. */
  public String share(double share) {
    return NumberFormatter.withLocale(locale)
        .unit(MeasureUnit.PERCENT)
        .precision(Precision.fixedFraction(1))
        .format(share * 100)
        .toString();
  }

  /** A year as digits without grouping ("2030", "۲۰۳۰"). */
  public String year(int year) {
    return NumberFormatter.withLocale(locale)
        .grouping(NumberFormatter.GroupingStrategy.OFF)
        .format(year)
        .toString();
  }

  /**
   * A day in full: in Persian by the Solar Hijri calendar, as Iranian readers date things, with the
   * Gregorian date beside it; in the other languages by the Gregorian calendar.
   */
  public String date(LocalDate day) {
    java.util.Date d = java.util.Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    com.ibm.icu.util.TimeZone utc = com.ibm.icu.util.TimeZone.GMT_ZONE;
    if (rtl()) {
      DateFormat sh =
          DateFormat.getDateInstance(
              DateFormat.LONG,
              new ULocale(locale.getBaseName() + "@calendar=persian;numbers=" + numbers()));
      sh.setTimeZone(utc);
      DateFormat g = DateFormat.getDateInstance(DateFormat.LONG, withCalendar("gregorian"));
      g.setTimeZone(utc);
      return sh.format(d) + " (" + g.format(d) + ")";
    }
    DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, locale);
    f.setTimeZone(utc);
    return f.format(d);
  }

  private String numbers() {
    return locale.getKeywordValue("numbers");
  }

  private ULocale withCalendar(String calendar) {
    return new ULocale(locale.getBaseName() + "@calendar=" + calendar + ";numbers=" + numbers());
  }

  /**
   * Digits in a text written elsewhere (a period label such as "2025-01..2025-10", a record's id)
   * turned into the note's digits, so a Persian note does not mix two kinds.
   */
  public String digits(String text) {
    if (text == null || !"arabext".equals(numbers())) return text;
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
    }
    return sb.toString();
  }
}
