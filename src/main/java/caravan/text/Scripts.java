package caravan.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Script folding, so that a search finds a name however it is written: {@code Фараби}, {@code
 * Farabi}, {@code al-Fārābī} and {@code فارابی} all fold to the Latin key {@code farabi} and the
 * consonant skeleton {@code frb}. Arabic and Persian letter variants (ي/ی, ك/ک, ة/ه, hamza forms)
 * and diacritics are normalised first.
 */
public final class Scripts {
  /**
   * Russian by the BGN/PCGN romanization, which is how readers and web addresses write it
   * (Каспийское → kaspiyskoye, кожевенный → kozhevennyy, Ереван → yerevan), then every other script
   * by ICU's general rules.
   */
  private static final Transliterator TO_LATIN =
      Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

  /**
   * Latin typed for Russian, back to Cyrillic by the same BGN/PCGN rules (kaspiyskoe → каспийское).
   */
  private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Russian/BGN");

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private Scripts() {}

  /** Lower-case ASCII words of {@code text} in any script, without articles such as "al-". */
  public static List<String> foldWords(String text) {
    String arabic =
        NFKC.normalize(text)
            .replace('ي', 'ی')
            .replace('ى', 'ی')
            .replace('ك', 'ک')
            .replace('ة', 'ه')
            .replaceAll("[أإآٱ]", "ا")
            .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "") // harakat, dagger alif, tatweel
            .replaceAll("(^|[\\s\\p{Punct}])ال(?=\\p{IsArabic}{2})", "$1"); // the attached article
    String latin;
    synchronized (TO_LATIN) {
      latin = TO_LATIN.transliterate(arabic);
    }
    // soft and hard signs (ʹ ʺ, or ' after Latin-ASCII) and BGN's separator dot sit inside words
    latin = latin.replaceAll("[\\p{Lm}'’`ˌ·]", "");
    List<String> words = new ArrayList<>();
    for (String w : latin.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.isEmpty() || w.equals("al") || w.equals("el") || w.equals("ul")) continue;
      words.add(w);
    }
    return words;
  }

  /**
   * The consonant skeleton of a folded word: vowels, y/w/h glides and doubled letters dropped, so
   * that spellings differing only in vowels (Farabi, Faraby, Pharabi) meet.
   */
  public static String skeleton(String word) {
    String s =
        // Cyrillic й transliterates as j after a vowel (Каспийский → kaspijskij); people write y
        word.replaceAll("(?<=[aeiouy])j", "")
            // a Latin c before a, o or u sounds k (Caspian, Kaspiy), before e, i or y it sounds s
            .replaceAll("c(?=[aou])", "k")
            .replace("ph", "f")
            .replace("kh", "h")
            .replace("q", "k")
            .replaceAll("[aeiouyw'h]", "");
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) out.append(c);
    }
    return out.length() == 0 ? word : out.toString();
  }

  /**
   * {@code text} with its Latin letters read as romanized Russian and written back in Cyrillic
   * (BGN/PCGN), so that a Russian analyzer can stem what a reader typed in Latin letters; other
   * scripts are left as they are.
   */
  public static String toCyrillic(String text) {
    synchronized (TO_CYRILLIC) {
      return TO_CYRILLIC.transliterate(text.toLowerCase(Locale.ROOT));
    }
  }

  /** The folded words and their skeletons, space separated, for a search index field. */
  public static String foldForIndex(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : foldWords(text)) {
      sb.append(w).append(' ').append('~').append(skeleton(w)).append(' ');
    }
    return sb.toString().trim();
  }
}
