package caravan.cli;

import caravan.text.Messages;
import java.util.Locale;

/**
 * The language the CLI speaks: {@code --lang}, else {@code CARAVAN_LANG}, else the POSIX {@code
 * LANG} of the shell (ru_RU.UTF-8 → ru), else English. A language Caravan does not speak falls
 * through to the next source, so a shell in German still gets English.
 */
final class CliLanguage {
  private CliLanguage() {}

  static String choose(String option, String caravanLang, String posixLang) {
    for (String candidate : new String[] {option, caravanLang, posix(posixLang)}) {
      if (candidate == null) continue;
      String l = candidate.strip().toLowerCase(Locale.ROOT);
      if (Messages.supported(l)) return l;
    }
    return "en";
  }

  /** The process's language from --lang (may be null) and the environment. */
  static String of(String option) {
    return choose(option, System.getenv("CARAVAN_LANG"), System.getenv("LANG"));
  }

  // "fa_IR.UTF-8" → "fa"; "C.UTF-8" and "POSIX" name no language
  private static String posix(String lang) {
    if (lang == null || lang.isBlank()) return null;
    String l = lang.split("[_.@-]", 2)[0];
    return l.length() == 2 ? l : null;
  }
}
