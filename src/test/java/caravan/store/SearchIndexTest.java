package caravan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  SearchIndex index = SearchIndex.inMemory();

  @BeforeEach
  void fill() {
    index.rebuild(
        "heritage",
        List.of(
            new SearchIndex.Doc(
                "heritage", "HER-1", "Трактаты аль-Фараби", "Копии рукописей из архивов Ирана"),
            new SearchIndex.Doc(
                "heritage",
                "HER-2",
                "Letters of Tauke Khan",
                "Copies of manuscripts on Kazakh history")));
    index.rebuild(
        "agreement",
        List.of(
            new SearchIndex.Doc(
                "agreement",
                "AGR-1",
                "Соглашение о сотрудничестве в области таможенного дела",
                null),
            new SearchIndex.Doc(
                "agreement", "AGR-2", "Memorandum on cooperation in tourism", null)));
  }

  @Test
  void farabi_is_found_from_every_script() {
    for (String q : List.of("Farabi", "al-Fārābī", "фараби", "فارابی")) {
      assertThat(index.search(q, null, 5))
          .as(q)
          .extracting(SearchIndex.Hit::id)
          .first()
          .isEqualTo("HER-1");
    }
  }

  @Test
  void russian_and_english_words_are_stemmed() {
    // "таможенное" and "таможенного" share the stem; "manuscript" matches "manuscripts"
    assertThat(index.search("таможенное", null, 5))
        .extracting(SearchIndex.Hit::id)
        .containsExactly("AGR-1");
    assertThat(index.search("manuscript", "heritage", 5))
        .extracting(SearchIndex.Hit::id)
        .contains("HER-2");
  }

  @Test
  void rebuilding_a_kind_replaces_only_that_kind() {
    index.rebuild("agreement", List.of());
    assertThat(index.search("tourism", null, 5)).isEmpty();
    assertThat(index.search("Tauke", null, 5))
        .extracting(SearchIndex.Hit::id)
        .containsExactly("HER-2");
  }

  @Test
  void odd_query_text_is_escaped_not_an_error() {
    assertThat(index.search("khan (\"", null, 5)).extracting(SearchIndex.Hit::id).contains("HER-2");
  }
}
