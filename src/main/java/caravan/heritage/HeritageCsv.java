package caravan.heritage;

import caravan.registry.Pair;
import caravan.registry.PartialDate;
import caravan.registry.Source;
import caravan.registry.ValidationException;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Heritage items from CSV: the shipped data/heritage/items.csv and a file {@code caravan
 * import-heritage} reads. One row a record, columns as in the shipped file (README, "Heritage");
 * lists ({@code agreement_ids}, {@code event_ids}, {@code images}, {@code collection_ids}) are
 * separated by {@code ;}. Every row is read and checked; problems come back as {@code
 * file:line:field: reason}, all of them, so a caller stores nothing from a bad file.
 */
public final class HeritageCsv {
  private HeritageCsv() {}

  static final String SHIPPED = "heritage/items.csv";

  /** The records of a file, and every problem found in it. */
  public record Read(List<HeritageItem> items, List<Text> problems) {}

  /** {@code file:line:field: reason}, the place the same in every language. */
  static Text at(String file, Object line, Text problem) {
    return Text.of("her.line", file, String.valueOf(line), problem);
  }

  /**
   * Reads {@code text}, naming {@code file} in problems; a row without a pair gets {@code home}.
   */
  public static Read read(String file, String text, Pair home) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<HeritageItem> items = new ArrayList<>();
    List<Text> problems = new ArrayList<>();
    try (var csv = CsvReader.builder().skipEmptyLines(true).ofNamedCsvRecord(text)) {
      for (NamedCsvRecord r : csv) {
        long line = r.getStartingLineNumber();
        List<Text> own = new ArrayList<>();
        HeritageItem item = item(r, home, own);
        if (own.isEmpty()) own.addAll(item.problemTexts());
        for (Text p : own) problems.add(at(file, line, p));
        if (own.isEmpty()) items.add(item);
      }
    } catch (java.io.IOException | RuntimeException e) {
      if (e instanceof ValidationException) throw (ValidationException) e;
      problems.add(
          at(
              file,
              1,
              HeritageItem.at("file", Text.of("her.csv.notCsv", String.valueOf(e.getMessage())))));
    }
    return new Read(items, problems);
  }

  /** The shipped records, refused whole when the file has any problem. */
  static List<HeritageItem> shipped(Pair home) {
    String text =
        new String(caravan.text.ShippedData.read(SHIPPED), java.nio.charset.StandardCharsets.UTF_8);
    Read read = read("data/" + SHIPPED, text, home);
    if (!read.problems().isEmpty()) {
      throw ValidationException.worded(Text.of("her.shipped"), read.problems());
    }
    return read.items();
  }

  private static HeritageItem item(NamedCsvRecord r, Pair home, List<Text> problems) {
    Pair pair = home;
    String p = get(r, "pair");
    if (p != null) {
      try {
        pair = Pair.of(p);
      } catch (ValidationException e) {
        e.problemTexts().forEach(x -> problems.add(HeritageItem.at("pair", x)));
      }
    }
    PartialDate sourceDate = null;
    try {
      sourceDate = PartialDate.parse("source_date", get(r, "source_date"));
    } catch (ValidationException e) {
      problems.addAll(e.problemTexts());
    }
    List<Source> sources = new ArrayList<>();
    String url = get(r, "source_url");
    if (url == null) problems.add(HeritageItem.at("source_url", Text.of("her.csv.noSource")));
    else sources.add(new Source(url, sourceDate, get(r, "quote")));
    return new HeritageItem(
        get(r, "id"),
        0,
        get(r, "title_en"),
        get(r, "title_original"),
        get(r, "title_transliterated"),
        get(r, "title_kk"),
        get(r, "title_ru"),
        get(r, "author"),
        get(r, "author_viaf"),
        get(r, "author_wikidata"),
        get(r, "kind"),
        get(r, "period"),
        HistoricDate.parse(get(r, "date")),
        get(r, "language"),
        get(r, "script"),
        get(r, "holder_archive"),
        get(r, "shelfmark"),
        get(r, "folios"),
        get(r, "material"),
        get(r, "description"),
        get(r, "provenance"),
        split(r, "agreement_ids"),
        split(r, "event_ids"),
        get(r, "rights"),
        split(r, "images"),
        split(r, "collection_ids"),
        get(r, "notes"),
        sources,
        pair);
  }

  private static String get(NamedCsvRecord r, String column) {
    return Texts.clean(r.findField(column).orElse(null));
  }

  private static List<String> split(NamedCsvRecord r, String column) {
    String v = get(r, column);
    return v == null ? List.of() : Texts.list(Arrays.asList(v.split(";")));
  }
}
