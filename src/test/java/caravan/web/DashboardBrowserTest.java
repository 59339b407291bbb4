package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium opens the KAZ–IRN dashboard on the shipped data, checks the figures it
 * shows against the API, and saves a screenshot to target/screenshots/.
 */
class DashboardBrowserTest {

  @RegisterExtension static final TestServer web = new TestServer();

  @Test
  void the_dashboard_shows_the_same_figures_as_the_api() throws Exception {
    JsonNode api = web.json("/api/v1/pairs/KAZ-IRN/profile?basis=stated");

    WebDriver browser = Browsers.chromium(1400, 2200);
    try {
      browser.get(web.base() + "/pairs/KAZ-IRN?lang=en&basis=stated");
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(
              d -> "true".equals(d.findElement(By.id("dashboard")).getDomAttribute("data-ready")));

      for (String figure : new String[] {"turnover", "exports", "imports"}) {
        String shown =
            browser
                .findElement(By.cssSelector("[data-figure=" + figure + "]"))
                .getDomAttribute("data-value");
        JsonNode value = api.path(figure).path("valueUsd");
        assertThat(shown)
            .as(figure)
            .isEqualTo(value.isNull() ? "null" : String.valueOf(value.asDouble()));
      }
      // The turnover card names its source; hovering shows who said it and the quote.
      String title =
          browser.findElement(By.cssSelector("[data-figure=turnover]")).getDomAttribute("title");
      String id = api.path("turnover").path("sourceIds").get(0).asText();
      assertThat(title).startsWith(id + ": ");
      // The 2018 conflict (422 m against 516.3 m USD) is listed, and the series chart was drawn.
      assertThat(browser.findElement(By.cssSelector("[data-conflict='2018']")).getText())
          .contains("422.0")
          .contains("516.3");
      assertThat(browser.findElements(By.cssSelector("#chart-series svg"))).isNotEmpty();
      assertThat(
              browser
                  .findElement(
                      By.cssSelector("[data-figure=target] .value, [data-figure=target] h2"))
                  .getText())
          .contains("3,000.0");

      // The series chart's x-axis is a time axis: 2007 (R01) stands seven years before 2014 (R04),
      // seven times as far as 2014 from 2015, not next to it as on a category axis.
      JavascriptExecutor js = (JavascriptExecutor) browser;
      String chart = "echarts.getInstanceByDom(document.getElementById('chart-series'))";
      assertThat(js.executeScript("return " + chart + ".getOption().xAxis[0].type"))
          .isEqualTo("value");
      @SuppressWarnings("unchecked")
      java.util.List<Number> x =
          (java.util.List<Number>)
              js.executeScript(
                  "const c = "
                      + chart
                      + ";"
                      + " return [2007, 2014, 2015].map((y) => c.convertToPixel({xAxisIndex: 0}, y));");
      double oneYear = x.get(2).doubleValue() - x.get(1).doubleValue();
      assertThat(x.get(1).doubleValue() - x.get(0).doubleValue())
          .isCloseTo(7 * oneYear, org.assertj.core.api.Assertions.within(1.0));
      // 2016 and 2017 (560–590 m, R06) are drawn as a band
      assertThat(js.executeScript("return " + chart + ".getOption().series.map((s) => s.name)"))
          .asString()
          .contains("stated range");

      Browsers.screenshot(browser, "dashboard-kaz-irn.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  void a_russian_dashboards_legends_name_the_countries_not_their_codes() throws Exception {
    WebDriver browser = Browsers.chromium(1400, 2200);
    try {
      browser.get(web.base() + "/pairs/KAZ-IRN?lang=ru&basis=stated");
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(
              d -> "true".equals(d.findElement(By.id("dashboard")).getDomAttribute("data-ready")));
      // every series name and category label of every chart drawn on the page
      JavascriptExecutor js = (JavascriptExecutor) browser;
      String labels =
          String.valueOf(
              js.executeScript(
                  "return Array.from(document.querySelectorAll('.plot'))"
                      + ".map((el) => echarts.getInstanceByDom(el)).filter((c) => c)"
                      + ".flatMap((c) => { const o = c.getOption();"
                      + " return (o.series || []).map((s) => s.name)"
                      + ".concat((o.xAxis || []).flatMap((a) => a.data || [])); })"
                      + ".join(' | ')"));
      // the exports line as the bundle ("экспорт") and CLDR (Казахстан, Иран) write it
      assertThat(labels).contains("Казахстан → Иран").doesNotContain("KAZ", "IRN");
    } finally {
      browser.quit();
    }
  }
}
