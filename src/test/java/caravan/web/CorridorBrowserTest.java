package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
}
