package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan export --format dc|iiif --output DIR} on a fresh data directory. */
class ExportHeritageCommandTest {
  record Run(int code, String err) {}

  static Run caravan(Path dir, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--data-dir";
    all[1] = dir.toString();
    all[2] = "--db";
    all[3] = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    System.arraycopy(args, 0, all, 4, args.length);
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      return new Run(CaravanCommand.run(all), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void the_shipped_catalogue_as_dublin_core_and_no_manifest_without_images(@TempDir Path dir)
      throws Exception {
    Path dc = dir.resolve("dc");
    Run r = caravan(dir, "export", "--format", "dc", "--output", dc.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(dc)) {
      // data/heritage/items.csv: 14 records, two files each
      assertThat(files.count()).isEqualTo(28);
    }
    assertThat(Files.readString(dc.resolve("HER-001.dc.xml")))
        .contains("<dc:identifier>http://localhost:7070/heritage/HER-001</dc:identifier>");
    // no shipped record has images of its own: no manifest, each named
    Path iiif = dir.resolve("iiif");
    Run m = caravan(dir, "export", "--format", "iiif", "--output", iiif.toString());
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.err()).contains("no manifest: HER-001");
    // a second export into the same, now full, directory is misuse
    Run again = caravan(dir, "export", "--format", "dc", "--output", dc.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("must be a new or empty directory");
  }
}
