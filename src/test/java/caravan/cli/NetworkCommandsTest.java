package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.text.ShippedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan check network} and {@code caravan import-network} as a user runs them. */
class NetworkCommandsTest {
  @TempDir Path tmp;

  private CliRun caravan(String... args) {
    return CliRun.in(tmp.resolve("data"), args);
  }

  /** A copy of the shipped network with the link KZ_UZN–KZ_BOL pointing at a node none has. */
  private Path broken() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mine"));
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    String links = Files.readString(dir.resolve("links.csv"));
    Files.writeString(
        dir.resolve("links.csv"), links.replaceFirst("KZ_UZN,KZ_BOL,", "KZ_UZN,KZ_BOX,"));
    return dir;
  }

  @Test
  void check_network_passes_the_shipped_data_and_names_the_fault_of_a_broken_copy()
      throws IOException {
    CliRun shipped = caravan("check", "network");
    assertThat(shipped.code()).isZero();
    assertThat(shipped.out())
        .contains("OK: the shipped network (data/corridor/): 45 nodes, 64 links")
        .contains("warning: links.csv:4: distance: length of TM_SER-TM_GYZ unknown");

    CliRun faulty = caravan("check", "network", broken().toString());
    assertThat(faulty.code()).isEqualTo(1);
    assertThat(faulty.out().lines())
        .startsWith("links.csv:2: to: unknown node 'KZ_BOX' (not in nodes.csv)");
  }

  @Test
  void import_network_refuses_a_faulty_one_whole_and_keeps_the_previous() throws IOException {
    CliRun refused = caravan("import-network", broken().toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .startsWith("caravan: The network in ")
        .contains("links.csv:2: to: unknown node 'KZ_BOX' (not in nodes.csv)");
    assertThat(caravan("check", "network").out()).contains("OK: the shipped network");

    Path fixed = broken();
    String links = Files.readString(fixed.resolve("links.csv"));
    Files.writeString(fixed.resolve("links.csv"), links.replaceFirst("KZ_BOX", "KZ_BOL"));
    CliRun imported = caravan("import-network", fixed.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("it is now the active network");
    assertThat(caravan("check", "network").out()).contains("OK: " + tmp.resolve("data"));
  }

  @Test
  void a_network_saved_as_utf16_is_named_by_file_and_line_by_check_and_import() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("utf16"));
    for (String f : List.of("nodes.csv", "links.csv", "costs.csv")) {
      Files.write(dir.resolve(f), ShippedData.read("corridor/" + f));
    }
    String nodes = Files.readString(dir.resolve("nodes.csv"));
    Files.write(dir.resolve("nodes.csv"), nodes.getBytes(StandardCharsets.UTF_16LE));
    // "id" in UTF-16LE is 69 00 64 00: a NUL on line 1
    String fault =
        "nodes.csv:1: file: a NUL byte: UTF-16 text, not UTF-8; save it as UTF-8 CSV (or a binary"
            + " file)";
    CliRun check = caravan("check", "network", dir.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out().lines()).startsWith(fault);
    CliRun refused = caravan("import-network", dir.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains(fault).doesNotContain("\0").doesNotContain("Exception");
    assertThat(caravan("check", "network").out()).contains("OK: the shipped network");
  }
}
