package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the shipped network fills in, checked against figures it did not use: the draft's own
 * great-circle column and ESTIMATE notes, a stated whole-line length beside its estimated segments,
 * and hand arithmetic. Every filled figure says it is an estimate.
 */
class NetworkEstimatesTest {
  static final Network NET = NetworkLoader.load(NetworkStore.shipped());

  static Link link(String from, String to) {
    return NET.links().stream()
        .filter(l -> l.from().equals(from) && l.to().equals(to))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_node_without_a_coordinate_is_placed_only_by_its_stated_method_and_marked() {
    Position akYayla = NET.node("TM_AKY").position().orElseThrow();
    // by hand: Bereket (39.24463, 55.51536) + 257/338.5 × (Gorgan (36.8427, 54.44391) − Bereket)
    assertThat(akYayla.lat()).isCloseTo(37.42101, within(1e-5));
    assertThat(akYayla.lon()).isCloseTo(54.70188, within(1e-5));
    assertThat(akYayla.basis()).isEqualTo(Basis.ESTIMATE);
    assertThat(akYayla.how()).contains("257/338.5").contains("ISDB_BEREKET");
    // no stated length places Gyzylgaya: it stays unknown, and so do its links' lengths
    assertThat(NET.node("TM_GYZ").position()).isEmpty();
    assertThat(link("TM_SER", "TM_GYZ").routable()).isFalse();
    assertThat(NET.cautions().stream().map(NetworkFault::toString))
        .contains(
            "links.csv:4: distance: length of TM_SER-TM_GYZ unknown (no stated figure; no"
                + " coordinate for TM_GYZ): not routed");
  }

  @Test
  void a_missing_length_is_great_circle_times_the_rail_circuity_and_agrees_with_a_stated_whole() {
    Link bereketEtrek = link("TM_BER", "TM_ETR");
    // the draft's own great-circle column says 188 km; × 1.196 = 224.8
    assertThat(bereketEtrek.distanceKm().orElseThrow().value()).isCloseTo(188 * 1.196, within(0.5));
    assertThat(bereketEtrek.distanceKm().orElseThrow().basis()).isEqualTo(Basis.ESTIMATE);
    double estimated =
        bereketEtrek.distanceKm().orElseThrow().value()
            + link("TM_ETR", "TM_AKY").distanceKm().orElseThrow().value();
    // IsDB states 257 km Bereket–border (ISDB_BEREKET), a figure the estimates did not use
    assertThat(estimated).isCloseTo(257, within(257 * 0.01));
  }

  @Test
  void the_rail_circuity_in_costs_csv_is_the_median_of_the_stated_lengths_over_great_circle() {
    List<Double> ratios = new ArrayList<>();
    for (NamedCsvRecord r : ShippedData.csv("corridor/links.csv")) {
      String stated = r.getField("distance_km_stated").replace("~", "");
      String gc = r.getField("distance_km_great_circle_ESTIMATE");
      if (!r.getField("mode").equals("rail") || r.getField("link_kind").equals("planned")) continue;
      if (gc.isEmpty() || !stated.matches("\\d+(\\.\\d+)?")) continue;
      ratios.add(Double.parseDouble(stated) / Double.parseDouble(gc));
    }
    Collections.sort(ratios);
    assertThat(ratios).hasSize(9);
    assertThat(NET.costs().get("circuity", "rail", "*", "ratio").value())
        .isCloseTo(ratios.get(4), within(0.001));
  }

  @Test
  void sea_times_follow_the_drafts_own_estimate_and_stated_times_stay_stated() {
    // the draft's note: "ESTIMATE ~35 h at sea (great-circle 786 km x 18 h / 402 km)"
    Measure aktauAmirabad = link("KZ_AKT", "IR_AMR").hours().orElseThrow();
    assertThat(aktauAmirabad.value()).isCloseTo(786 * 18.0 / 402, within(0.2));
    assertThat(aktauAmirabad.isEstimate()).isTrue();
    // the stated time keeps its English words; its text is the bundles' sentence for other
    // languages
    assertThat(link("KZ_KUR", "AZ_ALT").hours().orElseThrow())
        .extracting(Measure::value, Measure::basis, Measure::how)
        .containsExactly(18.0, Basis.STATED, "stated transit time");
    assertThat(link("KZ_KUR", "AZ_ALT").headwayHours().orElseThrow().value()).isEqualTo(84);
    assertThat(link("KZ_AKT", "IR_AMR").headwayHours().orElseThrow().isEstimate()).isTrue();
  }

  @Test
  void variants_are_chosen_by_the_stated_rule_and_derived_lengths_say_so() {
    Measure whole = link("KZ_UZN", "IR_GOR").distanceKm().orElseThrow();
    assertThat(whole.value()).isEqualTo(934.5); // ADB 596 + 338.5, rule 1
    assertThat(whole.basis()).isEqualTo(Basis.CHOSEN);
    assertThat(whole.how()).contains("908").contains("925").contains("928");
    assertThat(link("KZ_UZN", "IR_GOR").routable()).isFalse(); // a check-only whole line
    Measure gorganGarmsar = link("IR_GOR", "IR_GRM").distanceKm().orElseThrow();
    assertThat(gorganGarmsar.value()).isEqualTo(495 - 88);
    assertThat(gorganGarmsar.basis()).isEqualTo(Basis.DERIVED);
  }

  @Test
  void crossings_carry_their_dwell_and_gauge_breaks() {
    Crossing dostyk = crossing("KZ_DOS", "CN_ALS");
    assertThat(dostyk.dwellHours().basis()).isEqualTo(Basis.STATED);
    assertThat(dostyk.dwellHours().value()).isEqualTo(4.25);
    Crossing incheBurun = crossing("TM_AKY", "IR_INB");
    assertThat(incheBurun.dwellHours().isEstimate()).isTrue();
    assertThat(incheBurun.gaugeBreak().orElseThrow().node()).isEqualTo("IR_INB");
    assertThat(incheBurun.countryFrom() + "-" + incheBurun.countryTo()).isEqualTo("TKM-IRN");
    assertThat(crossing("KZ_BOL", "TM_SER").gaugeBreak()).isEmpty(); // 1520 on both sides
  }

  private static Crossing crossing(String from, String to) {
    return NET.crossings().stream()
        .filter(c -> c.link().from().equals(from) && c.link().to().equals(to))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_node_is_found_by_any_of_its_names_in_any_case(@TempDir Path dir) {
    CorridorService corridor = new CorridorService(dir, null);
    for (String name :
        List.of("Bandar Abbas", "bandar abbas", "БЕНДЕР-АББАС", "ir_bnd", "Shahid Rajaee")) {
      assertThat(corridor.node(name).id()).as(name).isEqualTo("IR_BND");
    }
    assertThat(corridor.node("алматы").id()).isEqualTo("KZ_ALA");
    assertThat(corridor.node("Incheh Borun").id()).isEqualTo("IR_INB");
    assertThat(corridor.node("Жанаозен").id()).isEqualTo("KZ_UZN");
    // Серахс is the Russian name of both sides of the border: the user is asked to choose
    assertThatThrownBy(() -> corridor.node("Серахс"))
        .hasMessageContaining("IR_SAR")
        .hasMessageContaining("TM_SAR");
    assertThatThrownBy(() -> corridor.node("Atlantis"))
        .hasMessageContaining("No place named 'Atlantis'");
  }
}
