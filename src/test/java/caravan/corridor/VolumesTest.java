package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import caravan.text.ShippedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped volumes per point, each expected figure worked out by hand from volumes.csv. */
class VolumesTest {
  @TempDir Path tmp;

  private CorridorService corridor() {
    return new CorridorService(tmp.resolve("data"), null);
  }

  @Test
  void sarakhs_in_iranian_years_with_utilisation_of_its_stated_capacity() {
    PointVolumes sarakhs = corridor().volumesOf("Sarakhs IR");
    PointVolumes.Entry sh1400 =
        sarakhs.series().stream()
            .filter(e -> e.volume().period().label().equals("SH1400"))
            .findFirst()
            .orElseThrow();
    // 1 Farvardin 1400 = 2021-03-21, the last day of Esfand 1400 = 2022-03-20
    assertThat(sh1400.volume().period().start()).isEqualTo(LocalDate.of(2021, 3, 21));
    assertThat(sh1400.volume().period().end()).isEqualTo(LocalDate.of(2022, 3, 20));
    // 1.4 Mt over the 7.5 Mt/yr capacity (report.az, c. 2022) = 18.67 %, a whole year: derived
    assertThat(sh1400.utilisationPct().orElseThrow().value())
        .isCloseTo(1.4 / 7.5 * 100, within(0.01));
    assertThat(sh1400.utilisationPct().orElseThrow().basis()).isEqualTo(Basis.DERIVED);

    PointVolumes.Entry tenMonths =
        sarakhs.series().stream()
            .filter(e -> e.volume().period().label().equals("SH1401-01..SH1401-10"))
            .findFirst()
            .orElseThrow();
    // 21 Mar 2022 – 20 Jan 2023 is 306 days: 0.9 × 365.25 / 306 / 7.5 = 14.32 %, annualised:
    // estimate
    assertThat(tenMonths.utilisationPct().orElseThrow().value())
        .isCloseTo(0.9 * 365.25 / 306 / 7.5 * 100, within(0.01));
    assertThat(tenMonths.utilisationPct().orElseThrow().isEstimate()).isTrue();
    assertThat(tenMonths.volume().growthStatedPct()).isEqualTo(-30.0);
  }

  @Test
  void growth_against_the_same_period_a_year_before_is_computed_beside_the_stated_one() {
    PointVolumes titr = corridor().volumesOf("route:titr");
    PointVolumes.Entry y2023 =
        titr.series().stream()
            .filter(e -> e.volume().period().label().equals("2023"))
            .findFirst()
            .orElseThrow();
    // 2.76 / 1.5 − 1 = +84 %; the source states +65 % (its 2022 base is not the 1.5 Mt row)
    assertThat(y2023.growthComputedPct().orElseThrow().value()).isCloseTo(84.0, within(0.001));
    assertThat(y2023.volume().growthStatedPct()).isEqualTo(65.0);
  }

  @Test
  void a_capacity_years_away_says_nothing_and_the_talks_plus_53_is_kept_as_stated() {
    PointVolumes aktau = corridor().volumesOf("Актау");
    // 2013 (10 Mt) against the 2023–2024 capacity would be 87 %: ten years apart, no utilisation
    assertThat(aktau.series().get(0).volume().period().label()).isEqualTo("2013");
    assertThat(aktau.series().get(0).utilisationPct()).isEmpty();
    List<Volume> nsc = corridor().volumesOf("route:NSC-KZ").other();
    assertThat(nsc)
        .anySatisfy(
            v -> {
              assertThat(v.measure()).isEqualTo("growth");
              assertThat(v.low()).isEqualTo(53);
              assertThat(v.period().label()).isEqualTo("2025-01..2025-10");
            });
    // no point has both figures at 80 % or more in the shipped statements
    assertThat(corridor().volumes().nearCapacity()).isEmpty();
  }

  @Test
  void a_faulty_volumes_file_is_refused_with_its_line_and_an_import_carrying_it_is_refused_whole()
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mine"));
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv", "volumes.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    List<String> lines = Files.readAllLines(dir.resolve("volumes.csv"), StandardCharsets.UTF_8);
    // line 49 is Sarakhs SH1400; its period label made unreadable
    assertThat(lines.get(48)).contains(",IR_SAR,throughput,SH1400,");
    lines.set(48, lines.get(48).replace(",IR_SAR,throughput,SH1400,", ",IR_SAR,throughput,SH14,"));
    Files.write(dir.resolve("volumes.csv"), lines, StandardCharsets.UTF_8);
    CorridorService c = corridor();
    assertThat(c.check(dir))
        .singleElement()
        .asString()
        .startsWith("volumes.csv:49: period_label: ");
    assertThatThrownBy(() -> c.importNetwork(dir)).isInstanceOf(NetworkException.class);
    assertThat(c.activeOrigin()).isEqualTo("the shipped network (data/corridor/)");
  }
}
