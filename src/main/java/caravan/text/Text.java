package caravan.text;

import java.util.Arrays;
import java.util.List;

/**
 * A user-facing sentence not yet put into a language: a message key of the bundles and its
 * arguments. A failure carries one so that each door words it in its reader's language (the page's,
 * the API's Accept-Language, the CLI's --lang); its English wording is the exception's message.
 */
public record Text(String key, List<Object> args) {
  public Text {
    args = List.copyOf(args);
  }

  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.asList(args));
  }

  /**
   * A sentence the bundles do not word (a name, a parser's own words), the same in every language.
   */
  public static Text literal(String words) {
    return of("lang.literal", words);
  }

  /**
   * The sentence in {@code lang} (English for a language Caravan does not speak); an argument that
   * is itself a Text is worded in the same language.
   */
  public String in(String lang) {
    Object[] a = args.stream().map(x -> worded(x, lang)).toArray();
    return Messages.of(lang).get(key, a);
  }

  /**
   * An argument that is a Text, a {@link Country} (its name in a sentence: the UN's parenthesis
   * dropped, "Iran (Islamic Republic of)" → "Iran") or a list of them is worded in the same
   * language.
   */
  private static Object worded(Object x, String lang) {
    if (x instanceof Text t) return t.in(lang);
    if (x instanceof Country c) return c.name(lang).replaceFirst(" \\(.*\\)$", "");
    if (x instanceof List<?> list) {
      return String.join(
          lang.equals("fa") ? "، " : ", ",
          list.stream().map(y -> String.valueOf(worded(y, lang))).toList());
    }
    return x;
  }

  public String english() {
    return in("en");
  }
}
