package caravan.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing words in one language, from the resource bundles {@code i18n/messages_<lang>}.
 * Russian and English ship first; a missing key shows as {@code ?key?} rather than failing a page.
 */
public final class Messages {
  public static final List<String> LANGUAGES = List.of("ru", "en");

  private final String lang;
  private final ResourceBundle bundle;

  private Messages(String lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang));
  }

  /** Messages for {@code lang}, falling back to English for a language Caravan does not speak. */
  public static Messages of(String lang) {
    return new Messages(lang != null && LANGUAGES.contains(lang) ? lang : "en");
  }

  public String lang() {
    return lang;
  }

  public String get(String key, Object... args) {
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    } catch (MissingResourceException e) {
      return "?" + key + "?";
    }
  }
}
