package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules the shipped data/figures/stated-figures.csv keeps (see its PROVENANCE.md). */
class ShippedFiguresTest {
  static final Path SHIPPED = Path.of("data/figures/stated-figures.csv");

  static List<StatedFigure> shipped() throws Exception {
    try (Reader r = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
      return FiguresCsv.read(SHIPPED.toString(), r);
    }
  }

  @Test
  void an_open_bound_has_no_high_value_and_its_basis_quotes_the_word() throws Exception {
    // The rule: "more than", "over", "exceeded" keep value_low only (Bound.AT_LEAST) and the
    // basis quotes the word; a basis quoting one of those words is never a closed value.
    Pattern word = Pattern.compile("more than|exceeded|over");
    Pattern quotedWord = Pattern.compile("'(more than|exceeded|over)'");
    for (StatedFigure f : shipped()) {
      String basis = f.basis() == null ? "" : f.basis().toLowerCase(Locale.ROOT);
      if (Bound.of(f) == Bound.AT_LEAST) {
        assertThat(basis).as(f.id()).containsPattern(word);
      }
      if (quotedWord.matcher(basis).find()) {
        assertThat(Bound.of(f)).as(f.id()).isEqualTo(Bound.AT_LEAST);
      }
    }
    // R21 "exceeded $340 million", R06-2016 "$560-$590 млн"
    assertThat(shipped())
        .filteredOn(f -> f.id().equals("R21"))
        .singleElement()
        .satisfies(f -> assertThat(Bound.of(f)).isEqualTo(Bound.AT_LEAST));
    assertThat(shipped())
        .filteredOn(f -> f.id().equals("R06-2016"))
        .singleElement()
        .satisfies(f -> assertThat(Bound.of(f)).isEqualTo(Bound.RANGE));
  }

  @Test
  void an_upper_bound_has_no_low_value_and_its_basis_quotes_up_to() throws Exception {
    // PROVENANCE's audit of every "up to"/"до" row: only X06 ("capacity to send up to 15 million
    // tons") states an upper bound; the others name a level reached or aimed at.
    assertThat(shipped())
        .filteredOn(f -> Bound.of(f) == Bound.AT_MOST)
        .extracting(StatedFigure::id)
        .containsExactly("X06");
    StatedFigure x06 =
        shipped().stream().filter(f -> f.id().equals("X06")).findFirst().orElseThrow();
    assertThat(x06.valueLow()).isNull();
    assertThat(x06.valueHigh()).isEqualByComparingTo("15");
    assertThat(x06.value()).isEqualByComparingTo("15");
    assertThat(Bound.of(x06).code()).isEqualTo("at_most");
    assertThat(x06.basis()).contains("'up to'");
  }

  @Test
  void no_shipped_figure_cites_a_bare_site_root() throws Exception {
    assertThat(shipped())
        .allSatisfy(
            f -> {
              if (f.sourceUrl() == null) {
                assertThat(f.basis()).as(f.id()).containsIgnoringCase("unknown");
              } else {
                assertThat(SourceUrls.isSiteRoot(f.sourceUrl())).as(f.sourceUrl()).isFalse();
              }
            });
    // the rule itself: a root with or without its slash is one; a path or a query names a page
    assertThat(SourceUrls.isSiteRoot("https://www.zakon.kz/")).isTrue();
    assertThat(SourceUrls.isSiteRoot("https://www.zakon.kz")).isTrue();
    assertThat(SourceUrls.isSiteRoot("http://kazworld.info/?p=4746")).isFalse();
    assertThat(SourceUrls.isSiteRoot("https://kayhan.ir/en/news/103905")).isFalse();
  }
}
