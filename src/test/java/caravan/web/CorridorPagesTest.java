package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The corridor page (issue 12 §4) over the shipped network: the network JSON the map draws, the
 * page in both languages, the pair's page and the dashboard's link to it, the 1:50m base map.
 */
class CorridorPagesTest {
  @RegisterExtension static final TestServer web = new TestServer();

  @Test
  void the_network_json_holds_every_node_and_link_with_crossings_and_gauge_breaks()
      throws Exception {
    JsonNode n = web.json("/api/v1/corridor/network");
    // data/corridor/nodes.csv has 45 rows and links.csv 64 (counted with Python's csv module)
    assertThat(n.path("nodes").size()).isEqualTo(45);
    assertThat(n.path("links").size()).isEqualTo(64);
    JsonNode inche = node(n, "IR_INB");
    // links.csv: TM_AKY-IR_INB is a rail border link of gauge 1520/1435 and TM_ETR-IR_INB a road
    // one
    assertThat(inche.path("crossing").asBoolean()).isTrue();
    assertThat(node(n, "KZ_ALA").path("crossing").asBoolean()).isFalse();
    assertThat(node(n, "KZ_ALA").path("nameRu").asText()).isEqualTo("Алматы");
    JsonNode akyInb = link(n, "TM_AKY", "IR_INB", "rail");
    assertThat(akyInb.path("border").asBoolean()).isTrue();
    assertThat(akyInb.path("gaugeBreak").asBoolean()).isTrue();
    // each gauge break of a crossing names its node, and that node is marked on the map
    List<String> breaks = new ArrayList<>();
    for (JsonNode c : n.path("crossings")) {
      if (!c.path("gaugeBreak").isNull()) breaks.add(c.path("gaugeBreak").asText().split(" ")[0]);
    }
    assertThat(breaks).isNotEmpty();
    for (String id : breaks) assertThat(node(n, id).path("gaugeBreak").asBoolean()).as(id).isTrue();
    // nodes.csv gives no coordinate for Inche Burun: a stated method places it, marked an estimate
    assertThat(inche.path("positionEstimate").asBoolean()).isTrue();
    assertThat(inche.path("positionHow").asText()).isNotBlank();
    // a link with an estimated length or time says so, and how it was reached
    boolean someEstimate = false;
    for (JsonNode l : n.path("links")) {
      if (!l.path("estimate").asBoolean()) continue;
      someEstimate = true;
      boolean explained = false;
      for (String f : List.of("km", "hours", "headwayHours")) {
        JsonNode m = l.path(f);
        if (m.path("estimate").asBoolean()) explained |= !m.path("how").asText().isBlank();
      }
      assertThat(explained).as(l.path("id").asText()).isTrue();
    }
    assertThat(someEstimate).isTrue();
    // volumes.csv has 5 rows about IR_SAR (Python's csv module): 4 throughput, 1 capacity; the
    // map lists them all on hover, with the use of capacity where throughput and capacity are known
    JsonNode sarakhs = node(n, "IR_SAR").path("volumes");
    assertThat(sarakhs.size()).isEqualTo(5);
    int capacities = 0;
    boolean utilisation = false;
    for (JsonNode v : sarakhs) {
      if (v.path("measure").asText().equals("capacity")) capacities++;
      utilisation |= v.path("utilisationPct").path("value").isNumber();
    }
    assertThat(capacities).isEqualTo(1);
    assertThat(utilisation).isTrue();
    assertThat(node(n, "KZ_SHY").path("volumes").size()).isZero();
  }

  @Test
  void the_page_answers_in_russian_and_english_with_the_map_and_the_planner() throws Exception {
    String ru = web.get("/corridor");
    assertThat(ru).contains("<html lang=\"ru\"", "Транспортные коридоры", "id=\"corridor-map\"");
    assertThat(ru).contains("data-network=\"/api/v1/corridor/network\"");
    assertThat(ru).contains("data-map=\"/data/maps/countries-50m-caspian.json\"");
    assertThat(ru).contains("<option value=\"Алматы\">KZ_ALA</option>");
    assertThat(ru).doesNotContain("?corr.", "<script>");
    String text = RussianPagesTest.visible(ru);
    for (String english : List.of("Plan", "From", "Cargo", "rail", "sea", "road", "container")) {
      assertThat(text).doesNotContainPattern("\\b" + english + "\\b");
    }
    String en = web.get("/corridor?lang=en");
    assertThat(en).contains("<html lang=\"en\"", "Transport corridors", ">Plan</button>");
    assertThat(en).contains("<option value=\"Bandar Abbas\">IR_BND</option>");
  }

  @Test
  void a_plan_is_listed_by_the_server_in_the_pages_language() throws Exception {
    JsonNode api = web.json("/api/v1/routes?from=KZ_ALA&to=IR_BND");
    // asked in Russian names (nodes.csv name_ru) and sent without script: the legs are listed
    String ru =
        web.get(
            "/corridor?from="
                + CorridorPage.encode("Алматы")
                + "&to="
                + CorridorPage.encode("Бендер-Аббас"));
    assertThat(ru.split("<section class=\"route\"", -1)).hasSize(api.path("routes").size() + 1);
    assertThat(ru.split("<section class=\"alternative\"", -1))
        .hasSize(api.path("alternatives").size() + 1);
    // the estimates' explanations hold data's own words (costs.csv notes, links.csv rules): the
    // page's words are checked without them (their Russian: the_estimates_are_explained_...)
    String text =
        RussianPagesTest.visible(
            ru.replaceAll("(?s)<details class=\"estimates\">.*?</details>", ""));
    assertThat(text).contains("Маршрут 1", "в пути", "пограничный переход", "долл./т", " ч");
    assertThat(text).doesNotContain("USD", " h ", "on the way", "border crossing", "?corr.");
    // the other corridors say in Russian which route beats them, and the capacity line is Russian
    // (Sarakhs' stated capacity is known: volumes.csv)
    assertThat(text).contains("Маршрут 1 не медленнее", "заявленной пропускной способности");
    assertThat(text).doesNotContain("is as quick", "of stated capacity");
  }

  @Test
  void the_estimates_are_explained_in_the_pages_language() throws Exception {
    // issue 14 §2: a step's estimated figure says how it was reached in its hover title; before,
    // the Russian, Kazakh and Persian pages gave the router's English ("USD/t-km", "ESTIMATE: ")
    String plan = "/corridor?from=KZ_ALA&to=IR_BND";
    List<String> ru = titles(web.get(plan));
    assertThat(ru).isNotEmpty().allMatch(t -> t.startsWith("Оценка") || t.startsWith("оценка"));
    assertThat(String.join("\n", ru))
        .contains(" т")
        .doesNotContain("USD/t-km", "ESTIMATE", "great-circle", "half the headway", " t\n");
    assertThat(String.join("\n", titles(web.get(plan + "&lang=fa"))))
        .contains("تن")
        .doesNotContain("USD");
    assertThat(String.join("\n", titles(web.get(plan + "&lang=kk")))).doesNotContain("USD/t-km");
    // and so does the list of the route's estimates below its legs
    String list =
        web.get(plan).replaceAll("(?s).*?<details class=\"estimates\">(.*?)</details>.*", "$1");
    assertThat(list)
        .contains("links.csv:", "ОЦЕНКА")
        .doesNotContain("USD/t-km", "ESTIMATE", "great-circle");
    // the English page keeps the router's own words, as the API's "how" gives them
    assertThat(String.join("\n", titles(web.get(plan + "&lang=en")))).contains(" t");
  }

  private static List<String> titles(String page) {
    List<String> out = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("<td title=\"([^\"]*)\"").matcher(page);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  @Test
  void closing_a_crossing_on_the_page_says_what_it_changed_as_the_api_does() throws Exception {
    JsonNode w =
        web.json("/api/v1/routes?from=KZ_ALA&to=IR_BND&close=TM_SAR-IR_SAR").path("whatIf");
    String en =
        RussianPagesTest.visible(
            web.get("/corridor?lang=en&from=KZ_ALA&to=IR_BND&close=TM_SAR-IR_SAR"));
    // the page's figures are the API's, rounded to a tenth of an hour
    assertThat(en)
        .contains("What if")
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "quickest %.1f h instead of %.1f h",
                w.path("quickestHoursClosed").asDouble(),
                w.path("quickestHoursOpen").asDouble()));
    assertThat(w.path("quickestHoursClosed").asDouble())
        .isGreaterThan(w.path("quickestHoursOpen").asDouble());
    assertThat(web.get("/corridor?lang=en&from=KZ_ALA&to=IR_BND")).doesNotContain("id=\"what-if\"");
  }

  @Test
  void a_plan_without_a_route_gives_its_reason_in_the_pages_language() throws Exception {
    // by sea and road alone nothing leaves Almaty (its links are rail): the reason names the modes
    String ru =
        RussianPagesTest.visible(web.get("/corridor?from=KZ_ALA&to=IR_BND&modes=sea&modes=road"));
    assertThat(ru).contains("Только с видами транспорта").doesNotContain("leaves no route");
    String en =
        RussianPagesTest.visible(
            web.get("/corridor?lang=en&from=KZ_ALA&to=IR_BND&modes=sea&modes=road"));
    assertThat(en).contains("Allowing only").doesNotContain("?corr.");
  }

  @Test
  void a_pair_has_its_corridor_page_and_its_dashboard_links_there() throws Exception {
    String page = web.get("/pairs/KAZ-IRN/corridor?lang=en");
    // ISO 3166 numeric codes of Kazakhstan (398) and Iran (364), as world-atlas names countries
    assertThat(page)
        .contains("data-highlight=\"398,364\"", "Transport corridors: Kazakhstan – Iran");
    assertThat(web.get("/pairs/KAZ-IRN?lang=en"))
        .contains("href=\"/pairs/KAZ-IRN/corridor?lang=en\" id=\"corridor-link\"");
    assertThat(status("/pairs/KAZIRN/corridor")).isEqualTo(400);
  }

  @Test
  void a_bad_plan_is_named_on_the_page() throws Exception {
    String body = body("/corridor?lang=en&from=Almaty&to=Bandar%20Abbas&tonnes=-3");
    assertThat(body).contains("id=\"plan-problem\"", "Tonnes must be a number above 0");
    assertThat(body("/corridor?lang=en&from=Nowhere&to=Bandar%20Abbas"))
        .contains("No place named 'Nowhere'");
    // issue 14 §2: in the page's language (the bundles' Persian and Kazakh)
    assertThat(body("/corridor?lang=fa&from=Almaty&to=Bandar%20Abbas&tonnes=-3"))
        .contains("تن باید عددی بزرگ‌تر از 0 باشد");
    assertThat(body("/corridor?lang=kk&from=Nowhere&to=Bandar%20Abbas"))
        .contains("Желіде «Nowhere» деген орын жоқ");
  }

  @Test
  void the_base_map_is_natural_earth_at_1_50m_cut_to_the_region() throws Exception {
    JsonNode topo = web.json("/data/maps/countries-50m-caspian.json");
    List<String> names = new ArrayList<>();
    for (JsonNode g : topo.path("objects").path("countries").path("geometries")) {
      names.add(g.path("properties").path("name").asText());
    }
    // the corridor's countries are in; one far outside the frame (lon 25..95, lat 15..60) is not
    assertThat(names)
        .contains("Kazakhstan", "Iran", "Turkmenistan", "Azerbaijan", "Russia", "China")
        .doesNotContain("Brazil", "Australia");
    // 1:50m has more detail than the 110m file the registry map uses: Kazakhstan has more points
    JsonNode coarse = web.json("/data/maps/countries-110m.json");
    assertThat(topo.path("arcs").size()).isGreaterThan(0);
    assertThat(coarse.path("type").asText()).isEqualTo("Topology");
  }

  private static JsonNode node(JsonNode n, String id) {
    for (JsonNode x : n.path("nodes")) if (x.path("id").asText().equals(id)) return x;
    throw new AssertionError("no node " + id);
  }

  private static JsonNode link(JsonNode n, String from, String to, String mode) {
    for (JsonNode x : n.path("links")) {
      if (x.path("from").asText().equals(from)
          && x.path("to").asText().equals(to)
          && x.path("mode").asText().equals(mode)) return x;
    }
    throw new AssertionError("no link " + from + "-" + to + " " + mode);
  }

  private static HttpResponse<String> send(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(web.base() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int status(String path) throws Exception {
    return send(path).statusCode();
  }

  private static String body(String path) throws Exception {
    return send(path).body();
  }
}
