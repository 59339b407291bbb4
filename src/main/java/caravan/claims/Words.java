package caravan.claims;

import caravan.claims.Claim.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * The words of a sentence that say what a number measures, and whether it rose or fell. Each word
 * is stemmed (Lucene's Russian light stemmer, its English minimal stemmer), so "товарооборот",
 * "товарооборота" and "товарообороту" are one; a stem is then matched as a prefix, which also takes
 * compounds ("грузоперевозки") and the alternations the light stemmer leaves ("перевозка",
 * "перевозок"). Short stems that would match unrelated words must match whole ({@code =}).
 */
final class Words {
  private Words() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  /** A word found: its stem and where it starts. */
  record Word(String stem, int start) {}

  static List<Word> of(String text, Language lang) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(new Word(stem(m.group(), lang), m.start()));
    return out;
  }

  static String stem(String word, Language lang) {
    char[] s = word.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray();
    int len =
        lang == Language.RU
            ? new RussianLightStemmer().stem(s, s.length)
            : new EnglishMinimalStemmer().stem(s, s.length);
    return new String(s, 0, len);
  }

  // prefixes of stems; "=" marks one that must be the whole stem
  private static final Map<Subject, List<String>> SUBJECTS_RU =
      Map.of(
          Subject.TURNOVER, List.of("товарооборот", "оборот", "торговл", "=торгов"),
          Subject.EXPORTS, List.of("экспорт", "вывоз", "=вывез"),
          Subject.IMPORTS, List.of("импорт", "ввоз", "=ввез"),
          Subject.FDI, List.of("инвест", "вложил", "=влож", "вложен"),
          Subject.FREIGHT,
              List.of("перевоз", "груз", "транспорт", "транзит", "=перевезен", "перевезл"),
          Subject.TARGET, List.of("=цел", "довест", "довед", "=ориентир"));

  private static final Map<Subject, List<String>> SUBJECTS_EN =
      Map.of(
          Subject.TURNOVER, List.of("turnover", "=trade", "=trading"),
          Subject.EXPORTS, List.of("export"),
          Subject.IMPORTS, List.of("import"),
          Subject.FDI, List.of("invest", "=fdi"),
          Subject.FREIGHT,
              List.of("freight", "cargo", "transport", "transit", "shipment", "=haul", "haulage"),
          Subject.TARGET, List.of("=target", "=goal", "=aim", "=objective"));

  private static final List<String> FALL_RU =
      List.of("сократ", "сниз", "снизил", "упал", "уменьш", "паден", "спад", "сокращен");
  private static final List<String> FALL_EN =
      List.of("fell", "=fall", "drop", "declin", "decreas", "=down", "shrank", "shrunk");
  private static final List<String> RISE_RU =
      List.of("выро", "рост", "увелич", "прирост", "возрос", "=вырос");
  private static final List<String> RISE_EN =
      List.of("grew", "grow", "=rise", "=rose", "increas", "=up", "surg", "jump", "climb");

  static boolean matches(String stem, List<String> prefixes) {
    for (String p : prefixes) {
      if (p.startsWith("=") ? stem.equals(p.substring(1)) : stem.startsWith(p)) return true;
    }
    return false;
  }

  static Map<Subject, List<String>> subjects(Language lang) {
    return lang == Language.RU ? SUBJECTS_RU : SUBJECTS_EN;
  }

  /** The subject of each word that names one, else null. */
  static Subject subjectOf(Word w, Language lang) {
    for (Subject s : Subject.values()) {
      List<String> p = subjects(lang).get(s);
      if (p != null && matches(w.stem(), p)) return s;
    }
    return null;
  }

  static boolean falls(Word w, Language lang) {
    return matches(w.stem(), lang == Language.RU ? FALL_RU : FALL_EN);
  }

  static boolean rises(Word w, Language lang) {
    return matches(w.stem(), lang == Language.RU ? RISE_RU : RISE_EN);
  }
}
