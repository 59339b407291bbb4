package caravan.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing words in one language, from the resource bundles {@code i18n/messages_<lang>}:
 * Russian, English, Kazakh and Persian. A missing key shows as {@code ?key?} rather than failing a
 * page. Arguments are formatted by ICU in the language (Persian digits in fa), so a number passed
 * to a message reads like the numbers around it.
 */
public final class Messages {
  public static final List<String> LANGUAGES = List.of("ru", "en", "kk", "fa");

  /** Each language's name in itself, for the language switch. */
  private static final List<String> OWN_NAMES = List.of("Русский", "English", "Қазақша", "فارسی");

  private final String lang;
  private final ResourceBundle bundle;

  private Messages(String lang) {
    this.lang = lang;
    this.bundle =
        ResourceBundle.getBundle(
            "i18n.messages",
            Locale.forLanguageTag(lang),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Messages for {@code lang}, falling back to English for a language Caravan does not speak. */
  public static Messages of(String lang) {
    return new Messages(supported(lang) ? lang : "en");
  }

  /** Whether Caravan speaks {@code lang} (a bare ISO 639-1 code: ru, en, kk, fa). */
  public static boolean supported(String lang) {
    return lang != null && LANGUAGES.contains(lang);
  }

  /**
   * The first language of an HTTP {@code Accept-Language} header that Caravan speaks, in the
   * header's order of preference, or null when it names none.
   */
  public static String fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) return null;
    try {
      for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
        if (r.getWeight() <= 0) continue;
        String tag = r.getRange().toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        if (supported(primary)) return primary;
      }
    } catch (IllegalArgumentException e) {
      return null; // a malformed header names no language we can honour
    }
    return null;
  }

  /** The language's name in itself (Қазақша for kk). */
  public static String ownName(String lang) {
    int i = LANGUAGES.indexOf(lang);
    return i < 0 ? lang : OWN_NAMES.get(i);
  }

  public String lang() {
    return lang;
  }

  /** Whether the language is written right to left (Persian). */
  public boolean rtl() {
    return "fa".equals(lang);
  }

  /** The value of an HTML {@code dir} attribute for the language. */
  public String dir() {
    return rtl() ? "rtl" : "ltr";
  }

  public String get(String key, Object... args) {
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, ULocale.forLanguageTag(lang)).format(plain(args));
    } catch (MissingResourceException e) {
      return "?" + key + "?";
    }
  }

  // a date or time argument stays as it prints (2025-12-11), as java.text.MessageFormat left it;
  // ICU would format it as a date-time in the language. A page formats its dates through Formats.
  private static Object[] plain(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof java.time.temporal.TemporalAccessor t) out[i] = t.toString();
    }
    return out;
  }

  /** Whether the bundles have {@code key} in this language. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
