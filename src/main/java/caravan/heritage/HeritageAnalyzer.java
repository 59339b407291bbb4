package caravan.heritage;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The catalogue's one analysis for every script, so that {@code Фараби}, {@code Farabi}, {@code
 * al-Fārābī}, {@code Әл-Фараби} and {@code فارابی} meet on one key: ZWNJ to a word break (Lucene's
 * PersianCharFilter), words by Unicode rules, lower case, Arabic-Indic and Persian digits to ASCII,
 * Persian letters to Arabic ones (farsi yeh and yeh barree to yeh, keheh to kaf, heh goal and heh
 * with hamza to heh), Arabic normalisation (alef with hamza or madda to alef, alef maksura to yeh,
 * teh marbuta to heh, tatweel and harakat dropped), then each word's Latin key and the variants
 * table ({@link LatinKeyFilter}). Both the persian and the arabic folds go one way, to the Arabic
 * letters, so a Persian query meets an Arabic record and the reverse.
 */
final class HeritageAnalyzer extends Analyzer {
  private final Map<String, List<String>> variants;

  HeritageAnalyzer(Map<String, List<String>> variants) {
    this.variants = variants;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PersianCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream s = new LowerCaseFilter(source);
    s = new DecimalDigitFilter(s);
    s = new PersianNormalizationFilter(s);
    s = new ArabicNormalizationFilter(s);
    s = new LatinKeyFilter(s, variants);
    return new TokenStreamComponents(source, s);
  }
}
