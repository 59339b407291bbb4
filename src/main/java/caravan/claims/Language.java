package caravan.claims;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The languages whose claims Caravan reads: Russian and English. A text's language is told by its
 * letters (Cyrillic or Latin) unless given; Kazakh (its own Cyrillic letters), Persian and the rest
 * are refused by name rather than read wrongly.
 */
public enum Language {
  RU,
  EN;

  private static final Pattern ENGLISH_WORDS =
      Pattern.compile("(?i)\\b(the|and|of|in|to|was|with|by|for)\\b");

  /** The language named ({@code ru}, {@code en}; {@code auto} or blank: told from the text). */
  public static Language of(String name, String text) {
    if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) return detect(text);
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "ru" -> RU;
      case "en" -> EN;
      default ->
          throw new ClaimException(
              400,
              caravan.text.Text.of("claim.error.language", name),
              Map.of("field", "textLang", "value", name));
    };
  }

  static Language detect(String text) {
    long cyrillic = 0;
    long kazakh = 0;
    long latin = 0;
    long other = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0) kazakh++;
      } else if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        other++;
      }
    }
    long letters = cyrillic + latin + other;
    // a Russian text names a foreign firm in Latin letters now and then: a clear majority decides
    if (letters > 0 && cyrillic * 10 >= letters * 7) {
      // Kazakh letters in more than one word of a hundred: a Kazakh text, which is not read
      if (kazakh * 200 > cyrillic) throw unknown("kk");
      return RU;
    }
    if (letters > 0 && latin * 10 >= letters * 7 && ENGLISH_WORDS.matcher(text).find()) return EN;
    throw unknown(other * 2 > letters ? "other" : "?");
  }

  private static ClaimException unknown(String seen) {
    return new ClaimException(
        422,
        caravan.text.Text.of("claim.error.languageUnknown"),
        Map.of("field", "text", "language", seen));
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
