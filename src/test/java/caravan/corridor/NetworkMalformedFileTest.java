package caravan.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.text.ShippedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases {@link NetworkImportFuzzTest} found, one malformed file each, written here: each is
 * named file:line: field: reason in words, and refused at import with the previous network kept.
 */
class NetworkMalformedFileTest {
  @TempDir Path tmp;

  @Test
  void a_utf8_byte_order_mark_on_each_file_is_accepted() throws IOException {
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv", "volumes.csv")) {
      Path dir = copy();
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] body = Files.readAllBytes(dir.resolve(f));
      Files.write(dir.resolve(f), concat(bom, body));
      assertThat(faults(dir)).as(f).isEmpty();
      Path data = tmp.resolve("bom-" + f);
      // 45 node rows and 64 link rows, as NetworkCheckTest counts them
      assertThat(new NetworkStore(data).importFrom(dir).nodes()).as(f).hasSize(45);
      assertThat(new NetworkStore(data).load().links()).as(f).hasSize(64);
    }
  }

  @Test
  void an_empty_file_says_so_with_the_header_it_expects() throws IOException {
    Path dir = copy();
    Files.write(dir.resolve("links.csv"), new byte[0]);
    assertThat(faults(dir))
        .containsExactly(
            "links.csv:1: file: empty file (expected a header: from,to,mode,link_kind,"
                + "distance_km_stated,typical_transit_hours_stated,gauge)");
    Path costs = copy();
    Files.write(costs.resolve("costs.csv"), new byte[0]);
    // one line, not also "no row for speed rail ..." for each of the 12 required figures
    assertThat(faults(costs))
        .containsExactly(
            "costs.csv:1: file: empty file (expected a header: item,mode,cargo,value,unit,basis)");
    Path vol = copy();
    Files.writeString(vol.resolve("volumes.csv"), "\n\n");
    assertThat(faults(vol))
        .containsExactly(
            "volumes.csv:1: file: empty file (expected a header with point,measure,value_low)");
  }

  @Test
  void a_header_only_links_file_is_one_line_not_45_disconnected_nodes() throws IOException {
    Path dir = copy();
    String header = Files.readAllLines(dir.resolve("links.csv")).get(0);
    Files.writeString(dir.resolve("links.csv"), header + "\n");
    assertThat(faults(dir))
        .containsExactly(
            "links.csv:1: file: a header and no rows: a network needs its links (the shipped"
                + " data/corridor/ shows the format)");
  }

  @Test
  void utf16_without_and_with_its_mark_is_named_by_line_without_a_nul_in_the_message()
      throws IOException {
    Path dir = copy();
    String text = Files.readString(dir.resolve("nodes.csv"));
    Files.write(dir.resolve("nodes.csv"), text.getBytes(StandardCharsets.UTF_16LE));
    // 'i' of "id" is 0x69 0x00 in UTF-16LE: the NUL is the second byte, on line 1
    String nul =
        "nodes.csv:1: file: a NUL byte: UTF-16 text, not UTF-8; save it as UTF-8 CSV (or a"
            + " binary file)";
    assertThat(faults(dir)).containsExactly(nul);
    Path data = tmp.resolve("data");
    NetworkStore store = new NetworkStore(data);
    assertThatThrownBy(() -> store.importFrom(dir))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining(nul)
        .hasMessageNotContaining("\0");
    assertThat(data.resolve("corridor/current")).doesNotExist();

    Files.write(dir.resolve("nodes.csv"), text.getBytes(StandardCharsets.UTF_16)); // FE FF first
    assertThat(faults(dir))
        .containsExactly(
            "nodes.csv:1: file: a UTF-16 byte-order mark: UTF-16 text, not UTF-8; save it as"
                + " UTF-8 CSV");
  }

  @Test
  void a_latin1_byte_is_named_with_its_line() throws IOException {
    Path dir = copy();
    byte[] b = Files.readAllBytes(dir.resolve("nodes.csv"));
    // 'é' in Latin-1 (0xE9) put just after line 3's first character
    int at = nthLineStart(b, 3) + 1;
    byte[] latin1 =
        concat(concat(java.util.Arrays.copyOf(b, at), new byte[] {(byte) 0xE9}), tail(b, at));
    Files.write(dir.resolve("nodes.csv"), latin1);
    assertThat(faults(dir))
        .containsExactly(
            "nodes.csv:3: file: byte 0xE9 is not UTF-8 text (a Latin-1 or Windows-1251 export?);"
                + " save it as UTF-8 CSV");
  }

  @Test
  void a_volumes_row_with_a_field_too_many_is_a_fault_not_a_parser_error() throws IOException {
    // was: de.siegmar.fastcsv CsvParseException "Record 2 has 17 fields, but first record had 16"
    Path dir = edit(copy(), "volumes.csv", 2, l -> l + ",extra");
    assertThat(faults(dir))
        .containsExactly(
            "volumes.csv:2: file: 17 fields where the header has 16 (a comma too many or too few,"
                + " or an unclosed quote)");
  }

  @Test
  void a_volumes_file_without_its_point_column_is_refused_not_read_as_empty() throws IOException {
    // was: every row skipped as "about no point", the file accepted with no volumes
    Path dir = edit(copy(), "volumes.csv", 1, l -> l.replace(",point,", ",place,"));
    assertThat(faults(dir)).containsExactly("volumes.csv:1: point: missing column(s) point");
  }

  @Test
  void nan_in_volumes_is_not_a_number() throws IOException {
    // was: NaN < 0 is false, so NaN Mt was accepted as Aktau's 2013 throughput
    Path dir =
        edit(copy(), "volumes.csv", 2, l -> l.replace(",2013,10,10,Mt,", ",2013,NaN,10,Mt,"));
    assertThat(faults(dir))
        .containsExactly(
            "volumes.csv:2: value_low: value_low must be a number ≥ 0 and value_high empty (more"
                + " than) or ≥ it");
  }

  @Test
  void a_control_character_in_a_value_is_shown_not_printed() throws IOException {
    Path dir =
        edit(copy(), "links.csv", 2, l -> l.replace("KZ_UZN,KZ_BOL,", "KZ_UZN,KZ\u0007BOL,"));
    assertThat(faults(dir))
        .contains("links.csv:2: to: unknown node 'KZ<U+0007>BOL' (not in nodes.csv)");
  }

  @Test
  void huge_and_absurd_cost_figures_are_refused() throws IOException {
    // was: 400 nines read as Infinity USD/t-km, accepted, and routing threw
    // IllegalArgumentException "criteria must be finite"
    String nines = "9".repeat(400);
    Path dir =
        edit(
            copy(),
            "costs.csv",
            11,
            l -> l.replace("tonne_km,rail,*,0.04,", "tonne_km,rail,*," + nines + ","));
    assertThat(faults(dir))
        .contains(
            "costs.csv:11: value: "
                + "9".repeat(57)
                + "… is too large a number (above 1000000000)");
    Path dear =
        edit(
            copy(),
            "costs.csv",
            11,
            l -> l.replace("tonne_km,rail,*,0.04,", "tonne_km,rail,*,1000,"));
    assertThat(faults(dear))
        .contains("costs.csv:11: value: absurd tonne_km 1000 USD/t-km (at most 10)");
  }

  @Test
  void a_stray_quote_is_one_fault_at_the_line_it_opens() throws IOException {
    // a quote opening line 3's first field runs to the next quote in the file (line 3's notes)
    Path dir = edit(copy(), "links.csv", 3, l -> "\"" + l);
    // was: links.csv:1 (the wrong line) and FastCSV's own words
    assertThat(faults(dir))
        .containsExactly(
            "links.csv:3: file: a stray quote: a field that opens with a quote must close with it"
                + " (quote the whole field and double each quote inside it)");
    Path vol = edit(copy(), "volumes.csv", 4, l -> "\"" + l);
    // was: FastCSV's CsvParseException, uncaught
    assertThat(faults(vol))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("volumes.csv:4: file: a stray quote");
  }

  @Test
  void mixed_line_endings_are_read_as_lines() throws IOException {
    Path dir = copy();
    for (String f : List.of("nodes.csv", "links.csv", "volumes.csv")) {
      String[] lines = Files.readString(dir.resolve(f)).split("\n");
      StringBuilder mixed = new StringBuilder();
      // LF, CRLF and a bare CR in turn
      for (int i = 0; i < lines.length; i++)
        mixed.append(lines[i]).append(List.of("\n", "\r\n", "\r").get(i % 3));
      Files.writeString(dir.resolve(f), mixed);
    }
    assertThat(faults(dir)).isEmpty();
    assertThat(new NetworkStore(tmp.resolve("mixed")).importFrom(dir).links()).hasSize(64);
  }

  @Test
  void a_node_with_a_bad_coordinate_and_a_placement_is_a_fault_not_a_null_pointer()
      throws IOException {
    // the header repeated as a row: lat 'lat' is not a number and place_between is set; was a
    // NullPointerException (found by NetworkImportFuzzTest, seed 3, case 164)
    Path dir = edit(copy(), "nodes.csv", 1, l -> l + "\n" + l);
    assertThat(faults(dir))
        .contains(
            "nodes.csv:2: country_iso3: 'country_iso3' is not an ISO 3166 alpha-3 code",
            "nodes.csv:2: lat: 'lat' is not a number");
  }

  @Test
  void a_cost_row_the_router_needs_is_required_at_load() throws IOException {
    // a byte changed in the unit of tonne_km rail (line 11): was accepted, and every route then
    // failed with IllegalStateException "costs.csv has no tonne_km rail in USD/t-km" (fuzz seed 7)
    Path dir = edit(copy(), "costs.csv", 11, l -> l.replace(",USD/t-km,", ",USD/t-kn,"));
    assertThat(faults(dir))
        .containsExactly("costs.csv:1: item: no row for tonne_km rail in USD/t-km (cargo *)");
  }

  private List<String> faults(Path dir) {
    return new NetworkStore(tmp.resolve("unused"))
        .check(dir).stream().map(Object::toString).toList();
  }

  private Path copy() throws IOException {
    Path dir = Files.createTempDirectory(tmp, "net");
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv", "volumes.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    return dir;
  }

  private static Path edit(
      Path dir, String file, int line, java.util.function.UnaryOperator<String> change)
      throws IOException {
    Path f = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
    String was = lines.get(line - 1);
    lines.set(line - 1, change.apply(was));
    assertThat(lines.get(line - 1)).as(file + ":" + line + " changed").isNotEqualTo(was);
    Files.write(f, lines, StandardCharsets.UTF_8);
    return dir;
  }

  private static int nthLineStart(byte[] b, int line) {
    int seen = 1;
    for (int i = 0; i < b.length; i++) {
      if (seen == line) return i;
      if (b[i] == '\n') seen++;
    }
    throw new IllegalArgumentException("no line " + line);
  }

  private static byte[] tail(byte[] b, int from) {
    return java.util.Arrays.copyOfRange(b, from, b.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
