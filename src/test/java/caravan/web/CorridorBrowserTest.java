package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium opens the corridor page (issue 12 §4) and checks that the map draws the
 * network the API gives: each link by its mode, estimates dashed, crossings and gauge breaks
 * marked; a screenshot goes to target/screenshots/.
 */
class CorridorBrowserTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static WebDriver browser;

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  private static WebDriver browser() throws Exception {
    if (browser == null) browser = Browsers.chromium(1400, 1100);
    return browser;
  }

  private static void open(String path) throws Exception {
    WebDriver b = browser();
    b.get(web.base() + path);
    new WebDriverWait(b, Duration.ofSeconds(30))
        .until(
            d -> {
              String ready = d.findElement(By.id("corridor-map")).getDomAttribute("data-ready");
              return "true".equals(ready) || "error".equals(ready);
            });
    assertThat(b.findElement(By.id("corridor-map")).getDomAttribute("data-ready"))
        .as(b.findElement(By.id("corridor-map")).getText())
        .isEqualTo("true");
  }

  @Test
  void the_map_draws_every_placed_link_by_mode_and_marks_crossings_and_gauge_breaks()
      throws Exception {
    JsonNode network = web.json("/api/v1/corridor/network");
    open("/pairs/KAZ-IRN/corridor?lang=en");

    // what should be drawn, from the JSON: a link not kept for checks only whose two ends are
    // placed
    Map<String, JsonNode> nodes = new HashMap<>();
    for (JsonNode n : network.path("nodes")) nodes.put(n.path("id").asText(), n);
    Map<String, Integer> perMode = new HashMap<>();
    Map<String, Integer> dashed = new HashMap<>();
    for (JsonNode l : network.path("links")) {
      if (!l.path("checkOnly").asText().isEmpty()) continue;
      if (nodes.get(l.path("from").asText()).path("lon").isNull()
          || nodes.get(l.path("to").asText()).path("lon").isNull()) continue;
      String mode = l.path("mode").asText();
      perMode.merge(mode, 1, Integer::sum);
      // dashed: a length that is an estimate or unknown (a planned link is dotted instead)
      boolean lengthEstimated = l.path("km").isNull() || l.path("km").path("estimate").asBoolean();
      if (lengthEstimated && !l.path("kind").asText().equals("planned")) {
        dashed.merge(mode, 1, Integer::sum);
      }
    }
    JavascriptExecutor js = (JavascriptExecutor) browser();
    String option = "echarts.getInstanceByDom(document.getElementById('corridor-map')).getOption()";
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> series =
        (List<Map<String, Object>>)
            js.executeScript(
                "return "
                    + option
                    + ".series.map((s) => ({name: s.name, type: s.type, n: s.data.length,"
                    + " dashed: s.data.filter((x) => x.lineStyle && x.lineStyle.type === 'dashed').length,"
                    + " colour: s.lineStyle && s.lineStyle.color,"
                    + " triangles: s.data.filter((x) => x.symbol === 'triangle').map((x) => x.node && x.node.id),"
                    + " diamonds: s.data.filter((x) => x.symbol === 'diamond').length}))");
    Set<String> colours = new HashSet<>();
    for (String mode : List.of("rail", "sea", "road")) {
      Map<String, Object> s =
          series.stream().filter(x -> x.get("name").equals(mode)).findFirst().orElseThrow();
      assertThat(((Number) s.get("n")).intValue()).as(mode).isEqualTo(perMode.get(mode));
      assertThat(((Number) s.get("dashed")).intValue())
          .as(mode + " estimates dashed")
          .isEqualTo(dashed.getOrDefault(mode, 0));
      colours.add((String) s.get("colour"));
    }
    assertThat(colours).as("one colour per mode").hasSize(3);
    assertThat(dashed.values().stream().mapToInt(Integer::intValue).sum()).isPositive();

    Map<String, Object> places =
        series.stream().filter(x -> x.get("type").equals("scatter")).findFirst().orElseThrow();
    Set<String> breaks = new HashSet<>();
    int crossings = 0;
    for (JsonNode n : network.path("nodes")) {
      if (n.path("lon").isNull()) continue;
      if (n.path("gaugeBreak").asBoolean()) breaks.add(n.path("id").asText());
      else if (n.path("crossing").asBoolean()) crossings++;
    }
    assertThat(breaks).isNotEmpty();
    assertThat(places.get("triangles")).asList().containsExactlyInAnyOrderElementsOf(breaks);
    assertThat(((Number) places.get("diamonds")).intValue()).isEqualTo(crossings);
    // the pair's countries stand out on the base map (1:50m world-atlas, cut to the region)
    assertThat(
            js.executeScript(
                "return "
                    + option
                    + ".geo[0].regions.filter((r) => r.itemStyle && r.itemStyle.areaColor === '#d6e4f0')"
                    + ".map((r) => r.name).sort().join(',')"))
        .isEqualTo("Iran,Kazakhstan");
    // hovering Sarakhs (IR) lists its volumes: its stated capacity among them
    Object tip =
        js.executeScript(
            "const s = "
                + option
                + ".series.find((x) => x.type === 'scatter');"
                + " return s.tooltip.formatter({data: s.data.find((x) => x.node.id === 'IR_SAR')});");
    assertThat(tip).asString().contains("Volumes:", "capacity ", "use of capacity");
    Browsers.screenshot(browser(), "corridor-network.png");
  }

  @Test
  void the_routes_drawn_for_almaty_to_bandar_abbas_are_the_apis() throws Exception {
    // the page's form as a user leaves it: container, 65 t, every mode, nothing avoided
    JsonNode api =
        web.json(
            "/api/v1/routes?from=Almaty&to=Bandar%20Abbas&cargo=container&tonnes=65"
                + "&modes=rail,sea,road");
    List<List<String>> expected = new ArrayList<>();
    for (JsonNode r : api.path("routes")) expected.add(places(r.path("steps")));
    assertThat(expected).as("the API's routes").isNotEmpty();

    WebDriver browser = browser();
    browser.get(web.base() + "/corridor?lang=en");
    browser.findElement(By.id("plan-from")).sendKeys("Almaty");
    browser.findElement(By.id("plan-to")).sendKeys("Bandar Abbas");
    browser.findElement(By.id("plan-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              List<WebElement> map = d.findElements(By.cssSelector("#corridor-map[data-ready]"));
              return !map.isEmpty() && d.getCurrentUrl().contains("from=Almaty");
            });
    WebElement map = browser.findElement(By.id("corridor-map"));
    assertThat(map.getDomAttribute("data-ready")).as(map.getText()).isEqualTo("true");

    // drawn: the legs corridor.js gave ECharts, as "from>to mode", route by route
    List<List<String>> drawn = new ArrayList<>();
    for (JsonNode legs : new ObjectMapper().readTree(map.getDomAttribute("data-drawn"))) {
      List<String> keys = new ArrayList<>();
      legs.forEach(k -> keys.add(k.asText()));
      drawn.add(fromLegs(keys));
    }
    assertThat(drawn).isEqualTo(expected);
    // one polyline per route on the map, each through as many points as its places
    JavascriptExecutor js = (JavascriptExecutor) browser;
    @SuppressWarnings("unchecked")
    List<Number> points =
        (List<Number>)
            js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('corridor-map'))"
                    + ".getOption().series.filter((s) => /^route-/.test(s.id))"
                    + ".map((s) => s.data[0].coords.length)");
    assertThat(points).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(points.get(i).intValue()).as("route " + (i + 1)).isEqualTo(expected.get(i).size());
    }
    // listed: the server-rendered sections beside the map, in the same order
    List<WebElement> sections = browser.findElements(By.cssSelector("section.route"));
    assertThat(sections).hasSize(expected.size());
    for (int i = 0; i < sections.size(); i++) {
      List<String> keys = List.of(sections.get(i).getDomAttribute("data-legs").split("\\|"));
      assertThat(fromLegs(keys)).as("listed route " + (i + 1)).isEqualTo(expected.get(i));
    }
    // the other corridors the answer names (the quickest by each other way into Iran) are drawn
    // and listed too, apart from the Pareto routes
    List<List<String>> alternatives = new ArrayList<>();
    for (JsonNode a : api.path("alternatives"))
      alternatives.add(places(a.path("route").path("steps")));
    List<List<String>> drawnAlternatives = new ArrayList<>();
    for (JsonNode legs :
        new ObjectMapper().readTree(map.getDomAttribute("data-drawn-alternatives"))) {
      List<String> keys = new ArrayList<>();
      legs.forEach(k -> keys.add(k.asText()));
      drawnAlternatives.add(fromLegs(keys));
    }
    assertThat(drawnAlternatives).isEqualTo(alternatives);
    assertThat(browser.findElements(By.cssSelector("section.alternative")))
        .hasSize(alternatives.size());
    Browsers.screenshot(browser, "corridor-almaty-bandar-abbas.png");

    // avoiding Uzbekistan, the form asks again and the map follows the API's other answer
    JsonNode avoiding =
        web.json(
            "/api/v1/routes?from=Almaty&to=Bandar%20Abbas&cargo=container&tonnes=65"
                + "&avoid=UZB&modes=rail,sea,road");
    List<List<String>> other = new ArrayList<>();
    for (JsonNode r : avoiding.path("routes")) other.add(places(r.path("steps")));
    assertThat(other).isNotEmpty().isNotEqualTo(expected);
    assertThat(plan(browser, "UZB", true)).isEqualTo(other);

    // sea and road alone join no two of these places: the page says why and draws no route
    browser.findElement(By.id("plan-mode-rail")).click();
    assertThat(plan(browser, "", false)).isEmpty();
    assertThat(browser.findElement(By.id("corridor-map")).getDomAttribute("data-routes-problem"))
        .isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#no-route-reasons li"))).isNotEmpty();
  }

  /** Submits the form again with {@code avoid}; the places of each route the map then draws. */
  private static List<List<String>> plan(WebDriver browser, String avoid, boolean routes)
      throws Exception {
    WebElement field = browser.findElement(By.id("plan-avoid"));
    field.clear();
    field.sendKeys(avoid);
    String before = browser.getCurrentUrl();
    browser.findElement(By.id("plan-submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                !d.getCurrentUrl().equals(before)
                    && !d.findElements(By.cssSelector("#corridor-map[data-ready]")).isEmpty());
    WebElement map = browser.findElement(By.id("corridor-map"));
    assertThat(map.getDomAttribute("data-ready")).isEqualTo("true");
    List<List<String>> drawn = new ArrayList<>();
    for (JsonNode legs : new ObjectMapper().readTree(map.getDomAttribute("data-drawn"))) {
      List<String> keys = new ArrayList<>();
      legs.forEach(k -> keys.add(k.asText()));
      drawn.add(fromLegs(keys));
    }
    assertThat(browser.findElements(By.cssSelector("section.route")))
        .hasSize(routes ? drawn.size() : 0);
    return drawn;
  }

  /**
   * The places a route passes, read from the API's steps alone: the first step's start, then each
   * step's end where it moves on (a step that stays at a place, such as a wait, adds nothing).
   */
  private static List<String> places(JsonNode steps) {
    List<String> out = new ArrayList<>();
    out.add(steps.get(0).path("from").asText());
    for (JsonNode s : steps) {
      String to = s.path("to").asText();
      if (!to.equals(out.get(out.size() - 1))) out.add(to);
    }
    return out;
  }

  /** The places of legs written "from>to mode". */
  private static List<String> fromLegs(List<String> legs) {
    List<String> out = new ArrayList<>();
    for (String leg : legs) {
      String[] ends = leg.substring(0, leg.lastIndexOf(' ')).split(">");
      if (out.isEmpty()) out.add(ends[0]);
      out.add(ends[1]);
    }
    return out;
  }
}
