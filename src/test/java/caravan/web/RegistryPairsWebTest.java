package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.cli.CaravanCommand;
import caravan.registry.Organisation;
import caravan.registry.Pair;
import caravan.registry.PartialDate;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A second pair (Kazakhstan–Turkey) beside the shipped Kazakhstan–Iran data: the API's lists and
 * exports, the registry pages and the CLI's export each show one pair when asked.
 */
class RegistryPairsWebTest {
  @RegisterExtension static final TestServer web = new TestServer();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void secondPair() {
    web.app()
        .registry()
        .create(
            new Organisation(
                null,
                0,
                Map.of("en", "Anatolian Mills"),
                "TUR",
                null,
                "company",
                null,
                null,
                List.of("1101"),
                List.of(),
                List.of(),
                null,
                List.of(new Source("https://example.org/tur", PartialDate.of(2025, 3), "q")),
                Pair.of("KAZ-TUR")),
            "alice");
  }

  @Test
  void the_api_lists_and_exports_one_pair() throws Exception {
    JsonNode tur = web.json("/api/v1/registry/organisations?pair=KAZ-TUR");
    assertThat(tur).hasSize(1);
    assertThat(tur.get(0).get("pair").asText()).isEqualTo("KAZ-TUR");
    // M49 codes name the same pair: Kazakhstan 398, Türkiye 792
    assertThat(web.json("/api/v1/registry/organisations?pair=398-792")).hasSize(1);
    JsonNode irn = web.json("/api/v1/registry/organisations?pair=KAZ-IRN");
    assertThat(irn.size()).isPositive();
    irn.forEach(o -> assertThat(o.get("pair").asText()).isEqualTo("KAZ-IRN"));
    JsonNode all = web.json("/api/v1/registry/organisations");
    assertThat(all.size()).isEqualTo(irn.size() + 1);

    JsonNode export = web.json("/api/v1/registry/export.json?pair=KAZ-TUR");
    assertThat(export.get("organisations")).hasSize(1);
    assertThat(export.get("agreements")).isEmpty();
    String csv = web.get("/api/v1/registry/organisations?format=csv&pair=KAZ-IRN");
    assertThat(csv).doesNotContain("Anatolian Mills");
  }

  @Test
  void an_unknown_pair_is_a_problem_naming_the_field() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(web.base() + "/api/v1/registry/organisations?pair=KAZ-XXX"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isBetween(400, 499);
    assertThat(r.body()).contains("unknown country code 'XXX'");
  }

  @Test
  void the_list_page_filters_by_pair() throws Exception {
    String tur = web.get("/registry/organisations?pair=KAZ-TUR&lang=en");
    assertThat(tur).contains("Anatolian Mills").contains("data-shown=\"1\"");
    String irn = web.get("/registry/organisations?pair=KAZ-IRN&lang=en");
    assertThat(irn).doesNotContain("Anatolian Mills");
    // the overview of one pair counts that pair's records and its links keep the pair
    String overview = web.get("/registry?pair=KAZ-TUR&lang=en");
    assertThat(overview).contains("/registry/organisations?pair=KAZ-TUR&amp;lang=en");
  }

  @Test
  void a_pairs_dashboard_links_to_its_own_dashboard_and_registry() throws Exception {
    // the navigation of the KAZ-TUR dashboard stays with KAZ-TUR, not the shipped KAZ-IRN
    String page = web.get("/pairs/KAZ-TUR?lang=en");
    assertThat(page)
        .contains("href=\"/pairs/KAZ-TUR?lang=en\"")
        .contains("href=\"/registry?lang=en&amp;pair=KAZ-TUR\"")
        .contains("href=\"/registry/decisions/overdue?lang=en&amp;pair=KAZ-TUR\"")
        .doesNotContain("/pairs/KAZ-IRN");
  }

  @Test
  void the_cli_exports_one_pair() throws Exception {
    // a data directory of its own: the server holds the test server's H2 file
    Path dir = Files.createTempDirectory("caravan-pair-cli");
    Path out = dir.resolve("tur.json");
    int code =
        CaravanCommand.run(
            "--data-dir",
            dir.resolve("data").toString(),
            "export",
            "--format",
            "json",
            "--pair",
            "KAZ-TUR",
            "--out",
            out.toString());
    assertThat(code).isZero();
    // a fresh directory holds only the shipped KAZ-IRN records: none of KAZ-TUR
    JsonNode doc = JSON.readTree(out.toFile());
    assertThat(doc.get("organisations")).isEmpty();
    assertThat(doc.get("agreements")).isEmpty();
    Path irn = dir.resolve("irn.json");
    assertThat(
            CaravanCommand.run(
                "--data-dir",
                dir.resolve("data").toString(),
                "export",
                "--format",
                "json",
                "--pair",
                "KAZ-IRN",
                "--out",
                irn.toString()))
        .isZero();
    assertThat(JSON.readTree(irn.toFile()).get("agreements").size()).isPositive();
  }
}
