package caravan.heritage;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Each word to its common Latin key: Cyrillic by BGN/PCGN (Фараби → farabi), every other script by
 * ICU's Any-Latin, then plain ASCII in lower case; the article (al-, el-, аль-, Әл-, the attached
 * ال) goes; then the name-variants table maps a key to its name's (faraby → farabi), which may be
 * several words (сырдарья → syr darya). Arabic and Persian letters come here already normalised.
 */
final class LatinKeyFilter extends TokenFilter {
  /**
   * Kazakh ә and the schwa have no ASCII fold in Latin-ASCII: read as a (Әл-Фараби → al farabi).
   */
  private static final Transliterator TO_LATIN =
      Transliterator.createFromRules(
          "caravan-heritage-latin",
          ":: NFKC; [әӘəƏ] > a; :: Russian-Latin/BGN; :: Any-Latin; :: Latin-ASCII; :: Lower;",
          Transliterator.FORWARD);

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ul", "l");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final Map<String, List<String>> variants;
  private final Deque<String> pending = new ArrayDeque<>();
  private int skipped;

  LatinKeyFilter(TokenStream in, Map<String, List<String>> variants) {
    super(in);
    this.variants = variants;
  }

  /** The Latin key of one (already normalised) word, or "" when nothing of it is a letter. */
  static String key(String word) {
    String w = word;
    // the Arabic article written attached (الفارابي), before a word of two letters at least
    if (w.length() > 3
        && w.startsWith("ال")
        && Character.UnicodeScript.of(w.charAt(2)) == Character.UnicodeScript.ARABIC) {
      w = w.substring(2);
    }
    String latin;
    synchronized (TO_LATIN) {
      latin = TO_LATIN.transliterate(w);
    }
    return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(1);
      return true;
    }
    while (input.incrementToken()) {
      String key = key(term.toString());
      if (key.isEmpty() || ARTICLES.contains(key)) {
        skipped += position.getPositionIncrement();
        continue;
      }
      List<String> words = variants.getOrDefault(key, List.of(key));
      pending.addAll(words.subList(1, words.size()));
      term.setEmpty().append(words.get(0));
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      skipped = 0;
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    skipped = 0;
  }
}
