package caravan.heritage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a published record carries in every language Caravan speaks (IIIF language maps): one
 * bundle key read in Russian, English, Kazakh and Persian.
 */
final class PublishWords {
  /** The languages of a manifest's language maps, in the order they are written. */
  static final List<String> LANGUAGES = List.of("ru", "en", "kk", "fa");

  private PublishWords() {}

  /** {@code key} in each language that has it ({@code lang → text}). */
  static Map<String, String> all(String key) {
    Map<String, String> words = new LinkedHashMap<>();
    for (String lang : LANGUAGES) {
      String w = one(lang, key);
      if (w != null) words.put(lang, w);
    }
    return words;
  }

  /** {@code key} in {@code lang}, or null when that language's bundle lacks it. */
  static String one(String lang, String key) {
    try {
      ResourceBundle b =
          ResourceBundle.getBundle(
              "i18n.messages",
              Locale.forLanguageTag(lang),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return b.getLocale().getLanguage().equals(lang) ? b.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
