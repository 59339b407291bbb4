package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.registry.Pair;
import caravan.registry.PartialDate;
import caravan.registry.Source;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search across scripts over the shipped items, with the variants table, facets and ranking. */
class HeritageSearchTest {
  static List<NamedCsvRecord> rows;
  static HeritageSearch shipped;
  static Map<String, List<String>> variants;

  @BeforeAll
  static void build() throws Exception {
    try (var csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .ofNamedCsvRecord(Path.of("data/heritage/items.csv"))) {
      rows = csv.stream().toList();
    }
    variants = NameVariants.shipped();
    shipped = new HeritageSearch(HeritageCsv.shipped(Pair.of("KAZ-IRN")), variants);
  }

  /** Ids of the rows where some cell holds one of {@code needles}, by a plain read of the file. */
  static List<String> rowsMentioning(String... needles) {
    return rows.stream()
        .filter(
            r ->
                r.getFields().stream()
                    .map(f -> f.toLowerCase(Locale.ROOT))
                    .anyMatch(f -> List.of(needles).stream().anyMatch(f::contains)))
        .map(r -> r.getField("id"))
        .toList();
  }

  static List<String> ids(String query) {
    return shipped.search(query, Map.of()).items().stream().map(HeritageItem::id).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Фараби", // Russian
        "аль-Фараби", // Russian with the article
        "Farabi", // English
        "al-Fārābī", // ALA-LC
        "Әл-Фараби", // Kazakh
        "فارابی", // Persian
        "الفارابي", // Arabic, article attached, Arabic yeh
        "فارابى", // alef maksura for the final yeh
        "فارابِی", // with a kasra
        "فاـرابی" // with a tatweel
      })
  void al_farabi_is_found_in_every_script(String q) {
    assertThat(rowsMentioning("farabi", "фараби")).containsExactly("HER-008");
    assertThat(ids(q)).containsExactly("HER-008");
  }

  @Test
  void kazakh_persian_and_russian_names_find_the_latin_records() {
    // Tauke: Kazakh Тәуке, Russian Тауке; the rows name him in English (Tauke) or Russian
    List<String> tauke = rowsMentioning("tauke", "тауке");
    assertThat(tauke).containsExactly("HER-003", "HER-004");
    assertThat(ids("Тәуке")).containsExactlyInAnyOrderElementsOf(tauke);
    assertThat(ids("Tauke")).containsExactlyInAnyOrderElementsOf(tauke);
    assertThat(ids("تاوکه")).containsExactlyInAnyOrderElementsOf(tauke);
    // the Syr Darya: written in Persian by Mehr (HER-011's quote), in English in the titles
    List<String> syr = rowsMentioning("syr darya", "سیردریا");
    assertThat(syr).containsExactly("HER-006", "HER-011");
    assertThat(ids("Сырдарья")).containsExactlyInAnyOrderElementsOf(syr);
    assertThat(ids("سیردریا")).containsExactlyInAnyOrderElementsOf(syr);
    assertThat(ids("Syr Darya")).containsExactlyInAnyOrderElementsOf(syr);
    // Shahnameh in Persian, Russian and English
    assertThat(ids("شاهنامه")).containsExactly("HER-012");
    assertThat(ids("Шахнаме")).containsExactly("HER-012");
    assertThat(ids("Фирдоуси")).containsExactly("HER-012");
    // Abulkhair and Nader Shah, in Kazakh, Russian and Persian; every word must match
    List<String> nader = rowsMentioning("nader", "надир");
    assertThat(nader).containsExactly("HER-005");
    assertThat(ids("Әбілқайыр")).isEqualTo(nader);
    assertThat(ids("ابوالخیر نادر")).isEqualTo(nader);
    assertThat(ids("Абулхаир Надир")).isEqualTo(nader);
    assertThat(ids("Абулхаир Фараби")).isEmpty();
  }

  @Test
  void arabic_and_persian_letter_forms_fold_to_one() {
    var a = new HeritageAnalyzer(Map.of());
    // kaf and keheh; yeh, farsi yeh and alef maksura; alef with hamza or madda; teh marbuta
    assertThat(NameVariants.fold(a, "كتاب")).isEqualTo(NameVariants.fold(a, "کتاب"));
    assertThat(NameVariants.fold(a, "علي")).isEqualTo(NameVariants.fold(a, "علی"));
    assertThat(NameVariants.fold(a, "على")).isEqualTo(NameVariants.fold(a, "علی"));
    assertThat(NameVariants.fold(a, "أحمد")).isEqualTo(NameVariants.fold(a, "احمد"));
    assertThat(NameVariants.fold(a, "آثار")).isEqualTo(NameVariants.fold(a, "اثار"));
    assertThat(NameVariants.fold(a, "مدرسة")).isEqualTo(NameVariants.fold(a, "مدرسه"));
    // heh goal, harakat and tatweel
    assertThat(NameVariants.fold(a, "کتابہ")).isEqualTo(NameVariants.fold(a, "کتابه"));
    assertThat(NameVariants.fold(a, "كِتَابٌ")).isEqualTo(NameVariants.fold(a, "کتاب"));
    assertThat(NameVariants.fold(a, "کتـــاب")).isEqualTo(NameVariants.fold(a, "کتاب"));
    // ZWNJ is a word break, as typing a space is (Lucene's PersianCharFilter)
    assertThat(NameVariants.fold(a, "نسخه\u200Cهای")).isEqualTo(NameVariants.fold(a, "نسخه های"));
    // Persian and Arabic-Indic digits are ASCII digits
    assertThat(NameVariants.fold(a, "۱۴۰۴")).containsExactly("1404");
    assertThat(NameVariants.fold(a, "١٤٠٤")).containsExactly("1404");
    // Cyrillic to Latin, Kazakh letters included, articles dropped
    assertThat(NameVariants.fold(a, "Әл-Фараби")).containsExactly("farabi");
    assertThat(NameVariants.fold(a, "al-Fārābī")).containsExactly("farabi");
  }

  @Test
  void the_variants_table_closes_what_transliteration_leaves_open() throws Exception {
    var plain = new HeritageAnalyzer(Map.of());
    var withTable = new HeritageAnalyzer(variants);
    // Perso-Arabic writes no short vowels: transliteration alone does not reach "farabi"
    assertThat(NameVariants.fold(plain, "فارابی")).doesNotContain("farabi");
    assertThat(NameVariants.fold(withTable, "فارابی")).containsExactly("farabi");
    // every row of the table, read plainly, folds to its key's words
    try (var csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .ofNamedCsvRecord(Path.of("data/heritage/name_variants.csv"))) {
      for (NamedCsvRecord r : csv) {
        assertThat(String.join(" ", NameVariants.fold(withTable, r.getField("variant"))))
            .as(r.getField("variant"))
            .isEqualTo(r.getField("key"));
        assertThat(r.getField("found_in"))
            .as("provenance of " + r.getField("variant"))
            .isNotBlank();
      }
    }
  }

  @Test
  void an_exact_title_comes_first() {
    Source s = new Source("https://example.org/a", PartialDate.of(2025), "q");
    HeritageItem exact = item("HER-A", "Shahnameh", null, s);
    // more mentions, and the word in its title, but its title is not the query
    HeritageItem longer =
        item(
            "HER-B", "Ferdowsi's Shahnameh, a shared heritage", "Shahnameh Shahnameh Shahnameh", s);
    HeritageItem aside = item("HER-C", "Maps", "on the Shahnameh", s);
    HeritageSearch search = new HeritageSearch(List.of(aside, longer, exact), variants);
    for (String q : List.of("Shahnameh", "шахнаме", "شاهنامه")) {
      assertThat(search.search(q, Map.of()).items())
          .as(q)
          .extracting(HeritageItem::id)
          .containsExactly("HER-A", "HER-B", "HER-C");
    }
  }

  @Test
  void facets_count_the_items_found_and_narrow_them() {
    HeritageSearch.Found all = shipped.search("", Map.of());
    assertThat(all.items()).hasSize(rows.size());
    // centuries by hand from the period column: HER-001 18th–19th, HER-002 18th, HER-003 late
    // 17th – early 18th, HER-005 18th; HER-009 16th; HER-008 "ongoing (2025)" and HER-013 "2020-"
    assertThat(all.facets().get(Facet.CENTURY))
        .containsEntry("18", 4)
        .containsEntry("17", 1)
        .containsEntry("19", 1)
        .containsEntry("16", 1)
        .containsEntry("21", 2);
    assertThat(all.facets().get(Facet.COLLECTION)).containsEntry("COL-FARABI", 1);
    assertThat(all.facets().get(Facet.LANGUAGE)).containsExactly(Map.entry("Persian", 1));
    long archives =
        rows.stream()
            .map(r -> r.getField("holder_archive"))
            .filter(h -> !h.equals("unknown"))
            .distinct()
            .count();
    assertThat(all.facets().get(Facet.ARCHIVE)).hasSize((int) archives);

    HeritageSearch.Found farabi = shipped.search("", Map.of(Facet.COLLECTION, "COL-FARABI"));
    assertThat(farabi.items()).extracting(HeritageItem::id).containsExactly("HER-008");
    HeritageSearch.Found khanate18 =
        shipped.search("khanate", Map.of(Facet.CENTURY, "18", Facet.COLLECTION, "COL-KHANATE"));
    // by hand: the 18th-century items of the khanate collection (whose name holds "khanate")
    assertThat(khanate18.items())
        .extracting(HeritageItem::id)
        .containsExactlyInAnyOrder("HER-001", "HER-002", "HER-003", "HER-005");
  }

  static HeritageItem item(String id, String title, String description, Source s) {
    return new HeritageItem(
        id,
        1,
        title,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "manuscript",
        null,
        null,
        null,
        null,
        "Test archive",
        null,
        null,
        null,
        description,
        null,
        List.of(),
        List.of(),
        null,
        List.of(),
        List.of(),
        null,
        List.of(s),
        Pair.of("KAZ-IRN"));
  }
}
