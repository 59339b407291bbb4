package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.text.ShippedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken copies of the shipped network, one fault each: the check names it by file, line and field,
 * and the same network is refused at load and at import (the previous one stays).
 */
class NetworkCheckTest {
  @TempDir Path tmp;

  @Test
  void the_shipped_network_has_no_fault() {
    assertThat(NetworkLoader.check(NetworkStore.shipped())).isEmpty();
    Network n = NetworkLoader.load(NetworkStore.shipped());
    // 45 node rows in nodes.csv; 61 draft link rows + 3 Caravan added (tools/extend.py ADDED)
    assertThat(n.nodes()).hasSize(45);
    assertThat(n.links()).hasSize(64);
  }

  @Test
  void an_unknown_node_is_named_with_its_file_line_and_field() throws IOException {
    Path dir = broken("links.csv", 2, "KZ_UZN,KZ_BOL,", "KZ_UZN,KZ_BOX,");
    assertThat(faults(dir)).contains("links.csv:2: to: unknown node 'KZ_BOX' (not in nodes.csv)");
  }

  @Test
  void a_rail_link_without_a_gauge_is_a_fault() throws IOException {
    Path dir = broken("links.csv", 22, "404,357,,1520,", "404,357,,,");
    assertThat(faults(dir))
        .contains(
            "links.csv:22: gauge: missing gauge on the rail link KZ_BEY-KZ_MNG (e.g. 1520, or"
                + " 1520/1435 at a break)");
  }

  @Test
  void a_node_no_link_reaches_is_disconnected() throws IOException {
    Path dir = copy();
    Files.writeString(
        dir.resolve("nodes.csv"),
        "ZZ_NEW,Nowhere,Нигде,KAZ,rail_station,45,60,1520,,,,,,,,\n",
        StandardOpenOption.APPEND);
    // the shipped nodes.csv has a header and 45 rows: the new row is line 47
    assertThat(faults(dir))
        .containsExactly(
            "nodes.csv:47: id: node ZZ_NEW is disconnected: no link in links.csv reaches it");
  }

  @Test
  void a_node_linked_only_with_another_stray_node_is_disconnected_too() throws IOException {
    Path dir = copy();
    Files.writeString(
        dir.resolve("nodes.csv"),
        "ZZ_A,A,А,KAZ,rail_station,45,60,1520,,,,,,,,\nZZ_B,B,Б,KAZ,rail_station,45,61,1520,,,,,,,,\n",
        StandardOpenOption.APPEND);
    Files.writeString(
        dir.resolve("links.csv"),
        "ZZ_A,ZZ_B,rail,segment,80,,,1520,,,,,,,,,,\n",
        StandardOpenOption.APPEND);
    assertThat(faults(dir))
        .containsExactly(
            "nodes.csv:47: id: node ZZ_A is disconnected from the rest of the network (linked only"
                + " with ZZ_B)",
            "nodes.csv:48: id: node ZZ_B is disconnected from the rest of the network (linked only"
                + " with ZZ_A)");
  }

  @Test
  void a_sea_link_between_inland_nodes_is_a_fault() throws IOException {
    Path dir = copy();
    Files.writeString(
        dir.resolve("links.csv"),
        "KZ_ALA,KZ_AST,sea,ferry,,,,n/a,,,,,,,,,,\n",
        StandardOpenOption.APPEND);
    // 64 link rows after the header: the new row is line 66
    assertThat(faults(dir))
        .containsExactly(
            "links.csv:66: mode: a sea link between KZ_ALA and KZ_AST, but KZ_ALA and KZ_AST are"
                + " inland (not a port, no coast in nodes.csv)");
  }

  @Test
  void negative_and_absurd_distances_and_speeds_are_faults() throws IOException {
    assertThat(faults(broken("links.csv", 22, ",404,357,", ",-404,357,")))
        .containsExactly("links.csv:22: distance_km_stated: negative distance -404 km");
    assertThat(faults(broken("links.csv", 22, ",404,357,", ",40400,357,")))
        .containsExactly(
            "links.csv:22: distance_km_stated: absurd distance 40400 km (longer than 10000 km)");
    // Kuryk–Alat: 402 km great-circle (no stated length) in 0.5 h would be 804 km/h at sea
    assertThat(faults(broken("links.csv", 38, ",402,18,", ",402,0.5,")))
        .containsExactly(
            "links.csv:38: typical_transit_hours_stated: absurd speed: 402 km in 0.5 h is 804"
                + " km/h, above the 60 km/h a sea link can average");
    assertThat(faults(broken("links.csv", 38, ",402,18,", ",402,-18,")))
        .containsExactly(
            "links.csv:38: typical_transit_hours_stated: absurd time -18 h (expected 0 < h ≤"
                + " 2000)");
  }

  @Test
  void a_range_of_conflicting_lengths_needs_a_chosen_value_and_its_rule() throws IOException {
    Path dir = broken("links.csv", 2, "146,\"rule 2:", ",\"rule 2:");
    assertThat(faults(dir)).isEmpty(); // a plain stated 146 stands on its own
    Path range = broken("links.csv", 2, "segment,146,", "segment,120-146,");
    Path noChoice = broken(range, "links.csv", 2, "146,\"rule 2:", ",\"rule 2:");
    assertThat(faults(noChoice))
        .containsExactly(
            "links.csv:2: distance_km_chosen: the stated '120-146' holds conflicting sources:"
                + " choose one in distance_km_chosen and say why in chosen_by");
  }

  @Test
  void a_faulty_network_is_refused_at_load_and_at_import_and_the_previous_one_stays()
      throws IOException {
    Path data = tmp.resolve("data");
    NetworkStore store = new NetworkStore(data);
    // a figure changed: Beyneu–Mangyshlak 404 → 410 km, imported and then active
    Path changed = broken("links.csv", 22, ",404,357,", ",410,357,");
    store.importFrom(changed);
    assertThat(length(store.load(), "KZ_BEY", "KZ_MNG")).isEqualTo(410);

    Path faulty = broken("links.csv", 2, "KZ_UZN,KZ_BOL,", "KZ_UZN,KZ_BOX,");
    assertThatThrownBy(() -> store.importFrom(faulty))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("links.csv:2: to: unknown node 'KZ_BOX' (not in nodes.csv)");
    assertThat(length(store.load(), "KZ_BEY", "KZ_MNG")).isEqualTo(410);

    // the same files put in place by hand are refused at load with the same line
    Path current = data.resolve("corridor/networks/1/links.csv");
    Files.copy(
        faulty.resolve("links.csv"), current, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(store::load)
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("links.csv:2: to: unknown node 'KZ_BOX' (not in nodes.csv)");
  }

  @Test
  void a_folder_without_the_files_is_refused_by_name() {
    NetworkStore store = new NetworkStore(tmp.resolve("data"));
    assertThatThrownBy(() -> store.importFrom(tmp)).hasMessageContaining("nodes.csv is missing");
  }

  private static double length(Network n, String from, String to) {
    return n.links().stream()
        .filter(l -> l.from().equals(from) && l.to().equals(to))
        .findFirst()
        .orElseThrow()
        .distanceKm()
        .orElseThrow()
        .value();
  }

  private List<String> faults(Path dir) {
    return new NetworkStore(tmp.resolve("unused"))
        .check(dir).stream().map(Object::toString).toList();
  }

  private Path copy() throws IOException {
    Path dir = Files.createTempDirectory(tmp, "net");
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    return dir;
  }

  private Path broken(String file, int line, String was, String now) throws IOException {
    return broken(copy(), file, line, was, now);
  }

  /** {@code dir} with {@code was} replaced by {@code now} on one line of one file. */
  private static Path broken(Path dir, String file, int line, String was, String now)
      throws IOException {
    Path f = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
    assertThat(lines.get(line - 1)).as(file + ":" + line).contains(was);
    lines.set(line - 1, lines.get(line - 1).replace(was, now));
    Files.write(f, lines, StandardCharsets.UTF_8);
    return dir;
  }
}
