package caravan.heritage;

import caravan.registry.ValidationException;
import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The name-variants table (data/heritage/name_variants.csv, see data/heritage/PROVENANCE.md): the
 * forms of authors' and places' names in each script, each mapped to its name's key.
 * Transliteration alone gives فارابی "farabi" only by luck (Perso-Arabic writes no short vowels, so
 * ICU reads "faraby"); the table closes the gap. Each variant is folded as the catalogue folds text
 * and must come out one word (articles aside).
 */
final class NameVariants {
  private NameVariants() {}

  static final String FILE = "heritage/name_variants.csv";

  /** Folded variant → its key's words. */
  static Map<String, List<String>> shipped() {
    return read(ShippedData.csv(FILE), "data/" + FILE);
  }

  static Map<String, List<String>> read(List<NamedCsvRecord> rows, String file) {
    Map<String, List<String>> map = new HashMap<>();
    List<caravan.text.Text> problems = new ArrayList<>();
    try (Analyzer plain = new HeritageAnalyzer(Map.of())) {
      for (NamedCsvRecord r : rows) {
        String key = Texts.clean(r.getField("key"));
        String variant = Texts.clean(r.getField("variant"));
        long line = r.getStartingLineNumber();
        if (key == null || variant == null) {
          problems.add(
              HeritageCsv.at(
                  file, line, HeritageItem.at("key", caravan.text.Text.of("her.var.needsBoth"))));
          continue;
        }
        List<String> keyWords = fold(plain, key);
        List<String> folded = fold(plain, variant);
        if (folded.size() != 1) {
          problems.add(
              HeritageCsv.at(
                  file,
                  line,
                  HeritageItem.at(
                      "variant",
                      caravan.text.Text.of("her.var.notOneWord", variant, folded.toString()))));
          continue;
        }
        if (!folded.get(0).equals(String.join(" ", keyWords))) {
          map.put(folded.get(0), keyWords);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ValidationException.worded(caravan.text.Text.of("her.var.refused"), problems);
    }
    return Map.copyOf(map);
  }

  /** The words {@code analyzer} makes of {@code text}. */
  static List<String> fold(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
