package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.registry.RegistryService;
import caravan.registry.Source;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import caravan.text.InvalidValueException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan export --format dc|iiif}: one file per record, all or nothing. */
// one catalogue for the class: loading the shipped data set is the slow part
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFilesTest {
  static final String BASE = "https://caravan.example";
  Path dataDir;
  @TempDir Path outParent;
  RegistryService service;
  PublishedItems catalogue;
  int shipped;
  String codex;

  @BeforeAll
  void catalogue() throws Exception {
    dataDir = Files.createTempDirectory("caravan-published-files");
    RelationalStore store = TestStores.h2();
    service = new RegistryService(store.jdbi(), Countries.shipped(), Clock.systemUTC());
    service.loadShipped();
    shipped = service.list(HeritageItem.class, null).size();
    TestImages.write(Images.folder(dataDir).resolve("codex-1.png"), "png", 40, 60);
    codex =
        service
            .create(
                new HeritageItem(
                    null,
                    0,
                    "A codex",
                    "کتاب",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "manuscript copy",
                    null,
                    null,
                    "Persian",
                    null,
                    "Archive",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    List.of("codex-1.png"),
                    List.of(),
                    null,
                    List.of(new Source("https://example.org/s", null, "q")),
                    null),
                "tester")
            .id();
    catalogue = new PublishedItems(service, store.jdbi(), dataDir);
  }

  static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void dublin_core_of_every_record_as_xml_and_json() throws Exception {
    Path out = outParent.resolve("dc");
    PublishedFiles.Report r = PublishedFiles.write(catalogue, "dc", out, BASE);
    // two files for each shipped record and the one added here
    assertThat(names(out))
        .hasSize(2 * (shipped + 1))
        .contains(codex + ".dc.xml", codex + ".dc.json");
    assertThat(r.written()).hasSize(2 * (shipped + 1));
    String xml = Files.readString(out.resolve(codex + ".dc.xml"));
    assertThat(OaiRules.dcProblems(OaiRules.parse(xml).getDocumentElement())).isEmpty();
    assertThat(xml).contains("<dc:title xml:lang=\"fa\">کتاب</dc:title>");
    assertThat(xml).contains("<dc:relation>" + BASE + "/iiif/" + codex + "/manifest</dc:relation>");
    assertThat(
            new ObjectMapper()
                .readTree(out.resolve(codex + ".dc.json").toFile())
                .get("@id")
                .asText())
        .isEqualTo(BASE + "/heritage/" + codex);
  }

  @Test
  void manifests_of_the_records_with_images_and_the_others_named() throws Exception {
    Path out = outParent.resolve("iiif");
    PublishedFiles.Report r = PublishedFiles.write(catalogue, "iiif", out, BASE);
    assertThat(names(out)).containsExactly(codex + ".manifest.json");
    assertThat(r.leftOut()).hasSize(shipped);
    var m = new ObjectMapper().readTree(out.resolve(codex + ".manifest.json").toFile());
    assertThat(IiifRules.problems(m)).isEmpty();
    assertThat(m.get("viewingDirection").asText()).isEqualTo("right-to-left");
  }

  @Test
  void a_failure_part_way_leaves_nothing() throws Exception {
    // the codex's image is overwritten by text: its manifest cannot be made
    Path image = Images.folder(dataDir).resolve("codex-1.png");
    byte[] picture = Files.readAllBytes(image);
    Files.writeString(image, "no longer an image");
    Path parent = Files.createDirectories(outParent.resolve("failed"));
    Path out = parent.resolve("iiif");
    try {
      assertThatThrownBy(() -> PublishedFiles.write(catalogue, "iiif", out, BASE))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("codex-1.png");
    } finally {
      Files.write(image, picture);
    }
    assertThat(out).doesNotExist();
    // nor any staging folder beside it
    assertThat(names(parent)).isEmpty();
  }

  @Test
  void a_directory_with_files_is_refused_before_any_work() throws Exception {
    Path out = Files.createDirectories(outParent.resolve("old"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> PublishedFiles.write(catalogue, "dc", out, BASE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("new or empty directory");
    assertThat(names(out)).containsExactly("keep.txt");
  }
}
