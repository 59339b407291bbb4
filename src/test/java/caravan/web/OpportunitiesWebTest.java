package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The opportunities' API, product space and page over the shipped data (no BACI year of KAZ and
 * IRN: the HS4 2017 exports matrix answers), and the problem details of a bad question.
 */
class OpportunitiesWebTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> send(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_api_answers_with_what_the_exports_matrix_gives_and_names_what_it_lacks()
      throws Exception {
    JsonNode o = web.json("/api/v1/pairs/KAZ-IRN/opportunities?limit=10");
    assertThat(o.path("importSide").asBoolean()).isFalse();
    assertThat(o.path("needsImportSide").toString()).contains("untapped_potential");
    assertThat(o.path("importCommand").asText()).startsWith("./caravan import --format baci");
    assertThat(o.path("notice").asText()).isEqualTo("researchOnly");
    assertThat(o.path("products").size()).isEqualTo(10);
    assertThat(o.path("products").get(0).path("reasons").path("density").isNumber()).isTrue();
    String csv = web.get("/api/v1/pairs/KAZ-IRN/opportunities?format=csv&part=rca");
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("product,name,rca_a,rca_b");
    assertThat(web.get("/api/v1/openapi.json")).contains("/api/v1/pairs/{pair}/opportunities");
  }

  @Test
  void the_product_space_is_a_few_hundred_nodes_joined_by_a_spanning_tree_and_strong_links()
      throws Exception {
    JsonNode g = web.json("/api/v1/pairs/KAZ-IRN/opportunities/space?limit=20");
    JsonNode nodes = g.path("nodes");
    assertThat(nodes.size()).isBetween(21, 300);
    Set<String> ids = new HashSet<>();
    int marked = 0;
    for (JsonNode n : nodes) {
      ids.add(n.path("id").asText());
      if (n.path("kind").asText().equals("opportunity")) marked++;
    }
    assertThat(marked).isEqualTo(20);
    // a spanning tree has one link fewer than the nodes it joins (at most: a product with no tie
    // stands alone), and as many strongest other links again at most
    int links = g.path("links").size();
    assertThat(links).isGreaterThan(nodes.size() / 2).isLessThanOrEqualTo(2 * (nodes.size() - 1));
    for (JsonNode l : g.path("links")) {
      assertThat(ids).contains(l.path("source").asText(), l.path("target").asText());
      assertThat(l.path("proximity").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void a_bad_pair_sector_limit_or_part_is_a_problem_detail_naming_the_field() throws Exception {
    String[][] cases = {
      {"/api/v1/pairs/KAZIRN/opportunities", "400", "pair"},
      {"/api/v1/pairs/KAZ-KAZ/opportunities", "400", "b"},
      {"/api/v1/pairs/KAZ-QQQ/opportunities", "404", null},
      {"/api/v1/pairs/KAZ-IRN/opportunities?sector=tourism", "400", "sector"},
      {"/api/v1/pairs/KAZ-IRN/opportunities?limit=0", "400", "limit"},
      {"/api/v1/pairs/KAZ-IRN/opportunities?limit=ten", "400", "limit"},
      {"/api/v1/pairs/KAZ-IRN/opportunities?format=csv&part=all", "400", "part"},
      {"/api/v1/pairs/KAZ-IRN/opportunities?matrix=hs6", "400", "matrix"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = send(c[0]);
      assertThat(r.statusCode()).as(c[0] + " " + r.body()).isEqualTo(Integer.parseInt(c[1]));
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .as(c[0])
          .startsWith("application/problem+json");
      JsonNode body = new ObjectMapper().readTree(r.body());
      assertThat(body.path("status").asInt()).isEqualTo(Integer.parseInt(c[1]));
      if (c[2] != null) assertThat(body.path("field").asText()).as(c[0]).isEqualTo(c[2]);
    }
  }

  @Test
  void the_page_shows_the_ranked_products_charts_notice_and_import_command_in_each_language()
      throws Exception {
    String en = web.get("/pairs/KAZ-IRN/opportunities?lang=en&limit=5");
    assertThat(en)
        .contains("<html lang=\"en\"")
        .contains("What Kazakhstan could sell Iran")
        .contains("research and non-commercial use only")
        .contains("id=\"opp-import-command\">./caravan import --format baci")
        .contains("id=\"opp-space\"", "id=\"opp-rca\"")
        .contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
        .contains(
            "format=csv&amp;part=space", "format=csv&amp;part=rca", "format=csv&amp;part=products");
    assertThat(en.split("<tr data-product=", -1)).hasSize(6);
    String ru = web.get("/pairs/KAZ-IRN/opportunities");
    assertThat(ru).contains("<html lang=\"ru\"", "Что ещё", "только для исследований");
    // a sector asked: only its products
    String medicine = web.get("/pairs/KAZ-IRN/opportunities?lang=en&sector=medicine");
    assertThat(medicine).contains("Medicine and pharmaceuticals").doesNotContain("<code>27");
    // a refused question is said on the page, with its status
    HttpResponse<String> bad = send("/pairs/KAZ-IRN/opportunities?lang=en&limit=5000");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("id=\"opp-problem\"", "limit must be 1 to 1000");
    // the dashboard links the page
    assertThat(web.get("/pairs/KAZ-IRN?lang=en"))
        .contains("href=\"/pairs/KAZ-IRN/opportunities?lang=en\" id=\"opportunities-link\"");
  }
}
