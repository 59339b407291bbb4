package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * At a phone's width (390 × 844 CSS pixels, an iPhone 12 to 15) every page fits the screen: the
 * document is no wider than the window, so nothing needs a sideways scroll. A wide table scrolls
 * inside its own box instead.
 */
class NarrowScreenBrowserTest {
  @RegisterExtension static final TestServer web = new TestServer();

  private static final List<String> PAGES =
      List.of(
          "/pairs/KAZ-IRN",
          "/pairs/KAZ-IRN?lang=en",
          "/pairs/ZAF-KAZ?basis=flows",
          "/registry",
          "/registry/agreements",
          "/registry/sessions",
          "/registry/decisions",
          "/registry/indicators",
          "/registry/projects",
          "/registry/organisations",
          "/registry/requests",
          "/registry/events",
          "/registry/agreements/AGR-019",
          "/registry/projects/PRJ-002",
          "/registry/indicators/IND-TRADE-TURNOVER",
          "/registry/decisions/overdue",
          "/registry/agreements/timeline",
          "/registry/projects/map",
          "/signin",
          "/nowhere",
          // an editor's pages, after signing in
          "/registry/projects/new",
          "/registry/decisions/new",
          "/registry/agreements/AGR-019/edit");

  private static final String PASSWORD = "caspian-steppe-42";

  @BeforeAll
  static void editor() {
    web.app().access().addUser("aigerim", PASSWORD.toCharArray(), Role.EDITOR);
  }

  /** The elements reaching past the window's right edge, for the failure message. */
  private static final String OVERFLOWING =
      "const w = window.innerWidth; const out = [];"
          + "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();"
          + " if (r.right > w + 0.5 && out.length < 5) out.push(e.tagName.toLowerCase()"
          + " + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
          + " ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
          + " + ' right=' + Math.round(r.right)); });"
          + "return out.join(', ');";

  @Test
  void every_page_fits_a_390_pixel_wide_screen() throws Exception {
    WebDriver browser = Browsers.phone(390, 844);
    List<String> wide = new ArrayList<>();
    try {
      JavascriptExecutor js = (JavascriptExecutor) browser;
      for (String page : PAGES) {
        if (page.endsWith("/new") && browser.manage().getCookieNamed("caravan_session") == null) {
          browser.get(web.base() + "/signin");
          browser.findElement(By.name("name")).sendKeys("aigerim");
          browser.findElement(By.name("password")).sendKeys(PASSWORD);
          browser.findElement(By.cssSelector("#signin button[type=submit]")).click();
          new WebDriverWait(browser, Duration.ofSeconds(10))
              .until(d -> d.manage().getCookieNamed("caravan_session") != null);
        }
        browser.get(web.base() + page);
        if (page.startsWith("/pairs/")) {
          new WebDriverWait(browser, Duration.ofSeconds(20))
              .until(
                  d ->
                      "true"
                          .equals(d.findElement(By.id("dashboard")).getDomAttribute("data-ready")));
        }
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll =
            ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(inner).as(page + ": the window's width").isEqualTo(390);
        // a phone lays out at its own width only where the page asks for it
        assertThat(
                (String)
                    js.executeScript(
                        "const v = document.querySelector('meta[name=viewport]');"
                            + " return v ? v.content : ''"))
            .as(page + ": viewport")
            .contains("width=device-width");
        if (page.equals("/pairs/KAZ-IRN")) Browsers.screenshot(browser, "dashboard-390.png");
        if (page.equals("/registry/projects")) Browsers.screenshot(browser, "projects-390.png");
        if (page.equals("/pairs/KAZ-IRN")) {
          // the series chart's value axis writes thousands as Russian does: 3 000 (CLDR: a no-break
          // space groups the digits); the target of 3 000 m USD puts such labels on the axis
          assertThat(
                  (String)
                      js.executeScript(
                          "return Array.from(document.querySelectorAll('#chart-series svg text'))"
                              + ".map(t => t.textContent).join('|')"))
              .containsPattern("(^|\\|)\\d{1,3}\u00A0\\d{3}(\\||$)")
              .contains("цель 3\u00A0000")
              .contains("прогноз: среднегодовой рост 2019–2024")
              .doesNotContain("stated growth", "CAGR");
        }
        if (scroll > inner) {
          wide.add(
              page + ": " + scroll + " > " + inner + " (" + js.executeScript(OVERFLOWING) + ")");
        }
      }
    } finally {
      browser.quit();
    }
    assertThat(wide).as("pages wider than the screen").isEmpty();
  }
}
