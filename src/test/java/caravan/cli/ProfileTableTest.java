package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.trade.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTableTest {

  @Test
  void long_labels_and_ranges_keep_the_columns_in_line() {
    // the labels and values of `profile KAZ IRN` as shipped: a growth over months has a label of 30
    // characters and a range a value of 17, both wider than the table's old fixed columns (24, 14)
    Profile.Amount exact = new Profile.Amount(516.3e6, "2018", List.of("R08"));
    Profile p =
        new Profile(
            new Profile.Pair("KAZ", "IRN", "Kazakhstan", "Iran"),
            "stated",
            "2018",
            new Profile.Amount(426.7e6, "2018", List.of("R09")),
            new Profile.Amount(null, "2018", List.of()),
            exact,
            new Profile.Amount(575e6, "2017", List.of("R06"), "range", 560e6, 590e6),
            null,
            null,
            List.of(
                new Profile.Change(0.2, "2022-01..2022-11", "x", List.of("R18-G"), "at_least"),
                new Profile.Change(0.2, "2022", "x", List.of("R19-G"))),
            null,
            List.of(
                new Profile.Point(
                    "2016",
                    2016,
                    575e6,
                    null,
                    null,
                    List.of("R06"),
                    List.of(),
                    "range",
                    560e6,
                    590e6),
                new Profile.Point(
                    "SH1404-01..SH1404-07",
                    2025,
                    265.2e6,
                    null,
                    null,
                    List.of("R14"),
                    List.of(),
                    "exact",
                    265.2e6,
                    265.2e6)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    List<String> lines = ProfileTable.render(p).lines().toList();
    // each headline and growth row: its value ends where the others' do, two spaces before the rest
    List<Integer> valueEnds =
        lines.stream()
            .filter(l -> l.matches("^(Exports|Imports|Turnover|Balance|Stated growth).*"))
            .map(l -> l.matches(".*(USD|%|no data)  .*") ? endOfValue(l) : -1)
            .toList();
    assertThat(valueEnds).hasSize(6).doesNotContain(-1).containsOnly(valueEnds.get(0));
    assertThat(lines).anyMatch(l -> l.contains("560.0–590.0 m USD  2017"));
    List<Integer> seriesIds =
        lines.stream()
            .filter(l -> l.matches("^  (2016|SH1404).*"))
            .map(l -> l.indexOf('['))
            .toList();
    assertThat(seriesIds).hasSize(2).doesNotContain(-1).containsOnly(seriesIds.get(0));
  }

  private static int endOfValue(String line) {
    for (String v : List.of(" m USD  ", " %  ", "no data  ")) {
      int i = line.indexOf(v);
      if (i >= 0) return i + v.length();
    }
    return -1;
  }
}
