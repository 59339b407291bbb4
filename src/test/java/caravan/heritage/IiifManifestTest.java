package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.text.InvalidValueException;
import caravan.text.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IIIF Presentation 3 manifests of catalogue records, over images the test draws. */
class IiifManifestTest {
  static final String BASE = "http://caravan.test";
  @TempDir Path dataDir;
  static final List<String> IMAGES = List.of("ms1-f001.png", "ms1-f002.jpg");
  ImageFolder folder;

  @BeforeEach
  void images() throws Exception {
    folder = new ImageFolder(dataDir);
    // sizes chosen here; the manifest must read them back from the files
    TestImages.write(folder.root().resolve("ms1-f001.png"), "png", 120, 200);
    TestImages.write(folder.root().resolve("ms1-f002.jpg"), "jpeg", 90, 60);
  }

  static PublishedItem persianCodex(List<String> images, String rights) {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("en", "History of the Kazakh khans (copy)");
    titles.put("fa", "تاریخ خانان قزاق");
    titles.put("ru", "История казахских ханов (копия)");
    titles.put("kk", "Қазақ хандарының тарихы (көшірме)");
    return new PublishedItem(
        "MS-1",
        titles,
        "Hasan Beg Rumlu",
        "manuscript copy",
        "16th century",
        "Persian",
        "nastaʿlīq",
        "National Library of Iran",
        "MS 1234",
        "A copy on paper.",
        rights,
        images,
        List.of(),
        List.of(),
        List.of("https://example.org/source"),
        Instant.parse("2026-01-02T03:04:05Z"),
        false);
  }

  @Test
  void a_persian_codex_reads_right_to_left_with_four_language_labels_and_rights() {
    PublishedItem item = persianCodex(IMAGES, null);
    ObjectNode m = IiifManifest.of(item, folder, BASE);

    assertThat(IiifRules.problems(m)).isEmpty();
    assertThat(m.get("id").asText()).isEqualTo("http://caravan.test/iiif/MS-1/manifest");
    assertThat(m.get("viewingDirection").asText()).isEqualTo("right-to-left");
    assertThat(m.get("label").get("fa").get(0).asText()).isEqualTo("تاریخ خانان قزاق");
    assertThat(m.get("label").get("kk").get(0).asText()).startsWith("Қазақ хандарының");
    assertThat(m.get("label").fieldNames()).toIterable().containsExactly("en", "fa", "ru", "kk");
    // no rights given: "Copyright Not Evaluated", never a licence guessed
    assertThat(m.get("rights").asText()).isEqualTo("http://rightsstatements.org/vocab/CNE/1.0/");
    JsonNode held = m.get("requiredStatement");
    assertThat(held.get("label").fieldNames()).toIterable().containsExactly("ru", "en", "kk", "fa");
    assertThat(held.get("label").get("fa").get(0).asText()).isEqualTo("نگهدارنده");
    assertThat(held.get("value").get("none").get(0).asText())
        .isEqualTo("National Library of Iran, MS 1234");
    // every metadata label is a four-language map
    assertThat(m.get("metadata")).allSatisfy(e -> assertThat(e.get("label").size()).isEqualTo(4));
    assertThat(m.get("seeAlso").get(0).get("id").asText())
        .isEqualTo("http://caravan.test/heritage/MS-1.dc.xml");
  }

  @Test
  void one_canvas_per_image_sized_from_the_file() {
    ObjectNode m = IiifManifest.of(persianCodex(IMAGES, null), folder, BASE);
    JsonNode canvases = m.get("items");
    assertThat(canvases).hasSize(2);
    JsonNode first = canvases.get(0);
    assertThat(first.get("width").asInt()).isEqualTo(120);
    assertThat(first.get("height").asInt()).isEqualTo(200);
    JsonNode body = first.at("/items/0/items/0/body");
    assertThat(body.get("format").asText()).isEqualTo("image/png");
    assertThat(body.get("id").asText())
        .isEqualTo("http://caravan.test/iiif/MS-1/images/ms1-f001.png");
    JsonNode second = canvases.get(1);
    assertThat(second.get("width").asInt()).isEqualTo(90);
    assertThat(second.get("height").asInt()).isEqualTo(60);
    assertThat(second.at("/items/0/items/0/body/format").asText()).isEqualTo("image/jpeg");
  }

  @Test
  void a_latin_script_record_reads_left_to_right_and_keeps_a_given_licence() {
    PublishedItem persian = persianCodex(IMAGES, null);
    PublishedItem latin =
        new PublishedItem(
            "MS-1",
            Map.of("en", "Letters"),
            null,
            null,
            null,
            "Russian",
            "Cyrillic",
            "Archive",
            null,
            null,
            "https://creativecommons.org/licenses/by/4.0/",
            persian.images(),
            List.of(),
            List.of(),
            List.of(),
            persian.changed(),
            false);
    ObjectNode m = IiifManifest.of(latin, folder, BASE);
    assertThat(IiifRules.problems(m)).isEmpty();
    assertThat(m.get("viewingDirection").asText()).isEqualTo("left-to-right");
    // IIIF takes the licence URI as Creative Commons publish it, over http
    assertThat(m.get("rights").asText()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
  }

  @Test
  void a_record_without_images_has_no_manifest_and_points_to_its_holder() {
    PublishedItem none =
        new PublishedItem(
            "MS-2",
            Map.of("en", "Maps"),
            null,
            null,
            null,
            null,
            null,
            "Archive",
            null,
            null,
            null,
            List.of(),
            List.of("https://archive.example/item/7"),
            List.of(),
            List.of(),
            Instant.EPOCH,
            false);
    assertThatThrownBy(() -> IiifManifest.of(none, folder, BASE))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("https://archive.example/item/7");
  }

  @Test
  void a_file_that_is_not_an_image_is_named() throws Exception {
    Files.writeString(folder.root().resolve("ms1-f003.png"), "not a picture");
    PublishedItem item = persianCodex(List.of("ms1-f001.png", "ms1-f003.png"), null);
    assertThatThrownBy(() -> IiifManifest.of(item, folder, BASE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ms1-f003.png");
  }

  @Test
  void a_name_outside_the_image_folder_is_not_read() throws Exception {
    Files.writeString(dataDir.resolve("secret.txt"), "x");
    assertThatThrownBy(() -> folder.file("../../secret.txt")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_hand_checker_refuses_what_the_specification_refuses() {
    // the checker is itself tested: each broken manifest gives the rule it breaks
    ObjectNode good = IiifManifest.of(persianCodex(IMAGES, null), folder, BASE);
    ObjectNode noLabel = good.deepCopy();
    noLabel.remove("label");
    assertThat(IiifRules.problems(noLabel)).contains("label: required on a Manifest");
    ObjectNode badRights = good.deepCopy();
    badRights.put("rights", "https://example.org/all-rights");
    assertThat(IiifRules.problems(badRights)).anyMatch(s -> s.startsWith("rights:"));
    ObjectNode noItems = good.deepCopy();
    noItems.putArray("items");
    assertThat(IiifRules.problems(noItems)).anyMatch(s -> s.startsWith("items:"));
    ObjectNode halfSized = good.deepCopy();
    ((ObjectNode) halfSized.get("items").get(0)).remove("width");
    assertThat(IiifRules.problems(halfSized)).anyMatch(s -> s.contains("go together"));
    ObjectNode stringLabel = good.deepCopy();
    stringLabel.put("label", "plain");
    assertThat(IiifRules.problems(stringLabel)).anyMatch(s -> s.startsWith("label:"));
  }
}
