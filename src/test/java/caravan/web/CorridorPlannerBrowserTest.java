package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12 §4: a real headless Chromium plans Almaty → Bandar Abbas in the corridor page, and the
 * routes the map draws are the route API's (same count, same places in the same order), as are the
 * routes the page lists beside it.
 */
class CorridorPlannerBrowserTest {
  @RegisterExtension static final TestServer web = new TestServer();

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

    WebDriver browser = Browsers.chromium(1400, 1400);
    try {
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
        assertThat(points.get(i).intValue())
            .as("route " + (i + 1))
            .isEqualTo(expected.get(i).size());
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
    } finally {
      browser.quit();
    }
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
