package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shipped stated figure traces back to a row of the reference CSVs (by id, URL and quote) or
 * to the 2025-12-11 talks report (its quote occurs verbatim there), and its period dates are the
 * ones the code computes. The reference rows and the talks' sentences are copies in
 * src/test/resources/figures-trace (see its PROVENANCE.md), so the test needs nothing outside the
 * repository; where the shared folder is present, the copies are checked against it.
 */
class StatedFiguresTraceTest {
  static final Path SHARED = Path.of("..", "shared");
  static final Path COPIES = Path.of("src/test/resources/figures-trace");
  static final List<String> REFERENCE_FILES =
      List.of(
          "kaz_irn_trade_reference_values.csv",
          "kaz_irn_targets_transport_reference.csv",
          "kaz_irn_product_reference_values.csv");
  static final String TALKS_QUOTES = "talks-2025-12-11-quotes.ru.txt";
  static final Path SHIPPED = Path.of("data/figures/stated-figures.csv");

  static List<NamedCsvRecord> read(Path file) throws IOException {
    try (var csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      return csv.stream().toList();
    }
  }

  /**
   * Reference rows by ref_id, as column name to value. Row R31 of the trade reference file has an
   * unquoted comma in its free-text period field, one field too many: such rows are aligned from
   * the end (the comma sits before source_url and the quote), so their URL and quote still match.
   */
  static Map<String, Map<String, String>> readReference(Path file) throws IOException {
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (var csv = CsvReader.builder().allowExtraFields(true).ofCsvRecord(file)) {
      List<CsvRecord> records = csv.stream().toList();
      List<String> header = records.get(0).getFields();
      for (CsvRecord r : records.subList(1, records.size())) {
        int shift = r.getFieldCount() - header.size();
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), r.getField(i == 0 ? 0 : i + shift));
        }
        rows.put(row.get(header.get(0)), row);
      }
    }
    return rows;
  }

  @Test
  void everyRowTracesToAReferenceRowOrTheTalksReport() throws IOException {
    Map<String, Map<String, String>> refs = new HashMap<>();
    for (String name : REFERENCE_FILES) refs.putAll(readReference(COPIES.resolve(name)));
    assertThat(refs).hasSize(31 + 17 + 11);
    String talksText = Files.readString(COPIES.resolve(TALKS_QUOTES), StandardCharsets.UTF_8);

    List<NamedCsvRecord> rows = read(SHIPPED);
    for (NamedCsvRecord row : rows) {
      String id = row.getField("id");
      String base = id.split("-")[0];
      if (base.startsWith("S")) {
        // the report names Zakon.kz quoting Akorda but no article address: left empty, said so
        assertThat(row.getField("source_url")).as(id).isEmpty();
        assertThat(row.getField("basis")).as(id).contains("article URL unknown");
        assertThat(row.getField("reported_by")).as(id).isEqualTo("Zakon.kz quoting Akorda");
        assertThat(row.getField("source_date")).as(id).isEqualTo("2025-12-11");
        assertThat(talksText).as(id + " quote").contains(row.getField("quote"));
      } else {
        assertThat(refs).as("reference row for " + id).containsKey(base);
        Map<String, String> ref = refs.get(base);
        assertThat(row.getField("source_url")).as(id).isEqualTo(ref.get("source_url"));
        assertThat(row.getField("quote")).as(id).isEqualTo(ref.get("quote_excerpt"));
      }
    }
    // every reference row is normalised into at least one stated figure
    assertThat(rows.stream().map(r -> r.getField("id").split("-")[0])).containsAll(refs.keySet());
  }

  @Test
  void theCopiesEqualTheSharedOriginalsWhereTheSharedFolderIsPresent() throws IOException {
    Path reference = SHARED.resolve("data/reference");
    Path talks = SHARED.resolve("sources/2025-12-11-kazakhstan-iran-talks.ru.txt");
    // Only this check reads outside the repository: it skips where the shared folder is absent,
    // even under CI, since a fresh clone has none.
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(reference) && Files.isRegularFile(talks),
        "shared folder " + SHARED.toAbsolutePath().normalize() + " is absent");
    for (String name : REFERENCE_FILES) {
      assertThat(Files.readAllBytes(COPIES.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(reference.resolve(name)));
    }
    String report = Files.readString(talks, StandardCharsets.UTF_8);
    for (String sentence : Files.readAllLines(COPIES.resolve(TALKS_QUOTES))) {
      if (!sentence.isBlank()) assertThat(report).contains(sentence);
    }
  }

  @Test
  void periodDatesInTheFileAreTheComputedOnes() throws IOException {
    for (NamedCsvRecord row : read(SHIPPED)) {
      String label = row.getField("period");
      if (label.isEmpty()) {
        assertThat(row.getField("period_start") + row.getField("period_end"))
            .as(row.getField("id"))
            .isEmpty();
        continue;
      }
      Period p = Period.parse(label);
      assertThat(row.getField("period_start"))
          .as(row.getField("id"))
          .isEqualTo(p.start().toString());
      assertThat(row.getField("period_end")).as(row.getField("id")).isEqualTo(p.end().toString());
    }
  }

  @Test
  void theShippedFileValidatesWhole() throws IOException {
    String text = Files.readString(SHIPPED, StandardCharsets.UTF_8);
    List<StatedFigure> figures = FiguresCsv.read(SHIPPED.toString(), new StringReader(text));
    assertThat(figures).hasSize(read(SHIPPED).size());
    assertThat(figures).allMatch(f -> f.pairA().equals("KAZ") && f.pairB().equals("IRN"));
  }
}
