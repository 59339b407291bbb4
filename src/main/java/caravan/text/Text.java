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

  /** The sentence in {@code lang} (English for a language Caravan does not speak). */
  public String in(String lang) {
    return Messages.of(lang).get(key, args.toArray());
  }

  public String english() {
    return in("en");
  }
}
