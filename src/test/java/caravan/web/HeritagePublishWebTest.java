package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.heritage.HeritageItem;
import caravan.heritage.IiifManifest;
import caravan.heritage.TestImages;
import caravan.registry.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The published forms over HTTP on a fresh data directory: the shipped catalogue plus one Persian
 * codex the test adds, with two images it draws into the data directory.
 */
class HeritagePublishWebTest {
  @RegisterExtension static final TestServer web = new TestServer();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static String codex;
  static Path firstImage;

  @BeforeAll
  static void aPersianCodexWithImages() throws Exception {
    Path dir = web.dataDir().resolve("heritage/images");
    firstImage = TestImages.write(dir.resolve("ahsan-f001.png"), "png", 100, 150);
    TestImages.write(dir.resolve("ahsan-f002.jpg"), "jpeg", 80, 120);
    HeritageItem item =
        new HeritageItem(
            null,
            0,
            "Ahsan al-Tawarikh (copy)",
            "احسن التواریخ",
            "Aḥsan al-tavārīkh",
            null,
            null,
            "Hasan Beg Rumlu",
            null,
            null,
            "manuscript copy",
            "16th century",
            null,
            "Persian",
            "nastaʿlīq",
            "National Center of Manuscripts and Rare Books",
            "NC 17",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of("ahsan-f001.png", "ahsan-f002.jpg"),
            List.of("COL-KHANATE"),
            null,
            List.of(new Source("https://example.org/source", null, "quoted")),
            null);
    codex = web.app().registry().create(item, "tester").id();
    Files.writeString(web.dataDir().resolve("secret.txt"), "not to be served");
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void a_persian_codex_has_a_valid_right_to_left_manifest_whose_images_are_served()
      throws Exception {
    HttpResponse<byte[]> r = get("/iiif/" + codex + "/manifest");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    JsonNode m = JSON.readTree(r.body());
    assertThat(caravan.heritage.IiifRules.problems(m)).isEmpty();
    assertThat(m.get("id").asText()).isEqualTo(web.base() + "/iiif/" + codex + "/manifest");
    assertThat(m.get("viewingDirection").asText()).isEqualTo("right-to-left");
    assertThat(m.get("label").get("fa").get(0).asText()).isEqualTo("احسن التواریخ");
    assertThat(m.get("items")).hasSize(2);
    String imageUrl = m.at("/items/0/items/0/items/0/body/id").asText();
    assertThat(imageUrl).startsWith(web.base());
    HttpResponse<byte[]> image = get(imageUrl.substring(web.base().length()));
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.body()).isEqualTo(Files.readAllBytes(firstImage));
  }

  @Test
  void a_record_without_images_has_no_manifest_and_no_file_outside_its_images_is_served()
      throws Exception {
    assertThat(get("/iiif/HER-001/manifest").statusCode()).isEqualTo(404);
    assertThat(get("/iiif/NOPE/manifest").statusCode()).isEqualTo(404);
    assertThat(get("/iiif/" + codex + "/images/..%2F..%2F..%2Fsecret.txt").statusCode())
        .isEqualTo(404);
    assertThat(get("/iiif/" + codex + "/images/../../../secret.txt").statusCode()).isEqualTo(404);
    // another record's name for the same file is not this record's image
    assertThat(get("/iiif/HER-001/images/ahsan-f001.png").statusCode()).isEqualTo(404);
  }

  @Test
  void dublin_core_per_item_as_xml_and_json() throws Exception {
    HttpResponse<byte[]> xml = get("/heritage/HER-001.dc.xml");
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
    var root = caravan.heritage.OaiRules.parse(text(xml)).getDocumentElement();
    assertThat(caravan.heritage.OaiRules.dcProblems(root)).isEmpty();
    // heritage.csv, row HER-001: its English title, holder and source
    assertThat(text(xml))
        .contains("<dc:title xml:lang=\"en\">Copies of 27 manuscripts on 18th–19th-century Kazakh")
        .contains(
            "<dc:source>Archives of the Ministry of Foreign Affairs of the Islamic Republic of"
                + " Iran</dc:source>")
        .contains("<dc:relation>https://qazinform.com/news/tokayev-and-pezeshkian");
    JsonNode json = JSON.readTree(get("/heritage/HER-001.dc.json").body());
    assertThat(json.at("/dc:title/0/@language").asText()).isEqualTo("en");
    assertThat(json.get("dc:rights").get(0).asText()).isEqualTo(IiifManifest.RIGHTS_NOT_EVALUATED);
    assertThat(get("/heritage/NOPE.dc.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void an_aggregator_harvests_the_catalogue_over_get_and_post() throws Exception {
    HttpResponse<byte[]> id = get("/oai?verb=Identify");
    assertThat(id.statusCode()).isEqualTo(200);
    assertThat(id.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    assertThat(caravan.heritage.OaiRules.problems(text(id))).isEmpty();
    assertThat(text(id)).contains("<baseURL>" + web.base() + "/oai</baseURL>");
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "verb=ListIdentifiers&metadataPrefix=oai_dc"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(caravan.heritage.OaiRules.problems(post.body())).isEmpty();
    Matcher ids =
        Pattern.compile("<identifier>oai:caravan:([^<]+)</identifier>").matcher(post.body());
    List<String> harvested = ids.results().map(x -> x.group(1)).toList();
    // the 14 rows of heritage.csv and the codex this test added, on one page of 100
    assertThat(harvested).hasSize(15).contains("HER-001", "HER-014", codex);
    assertThat(post.body()).doesNotContain("resumptionToken");
    assertThat(text(get("/oai?verb=Nonsense"))).contains("code=\"badVerb\"");
  }

  @Test
  void the_viewer_page_loads_mirador_with_the_manifest() throws Exception {
    HttpResponse<byte[]> page = get("/iiif/" + codex + "/viewer?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(text(page))
        .contains("data-manifest=\"" + web.base() + "/iiif/" + codex + "/manifest\"")
        .contains("/vendor/mirador/mirador.min.js");
    HttpResponse<byte[]> mirador = get("/vendor/mirador/mirador.min.js");
    assertThat(mirador.statusCode()).isEqualTo(200);
    assertThat(mirador.body().length).isGreaterThan(1_000_000);
    assertThat(text(get("/iiif/HER-001/viewer?lang=en"))).contains("no images");
  }
}
