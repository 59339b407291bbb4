package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium: an editor signs in, adds a commission decision to session 19 with a
 * deadline already past, finds it on the overdue page, changes its status and sees the change in
 * the audit trail; then the projects map is drawn. Screenshots go to target/screenshots/.
 */
class RegistryBrowserTest {
  static final String PASSWORD = "caspian-steppe-42";

  @RegisterExtension static final TestServer web = new TestServer();

  @BeforeAll
  static void start() {
    web.app().access().addUser("aigerim", PASSWORD.toCharArray(), Role.EDITOR);
  }

  @Test
  void an_editor_adds_an_overdue_decision_edits_its_status_and_sees_the_audit_entry()
      throws Exception {
    WebDriver browser = browser();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    try {
      browser.get(web.base() + "/signin?lang=en&next=%2Fregistry%2Fdecisions%2Fnew%3Fsession%3D19");
      browser.findElement(By.name("name")).sendKeys("aigerim");
      browser.findElement(By.name("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("#signin button[type=submit]")).click();

      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registry-form")));
      assertThat(browser.findElement(By.id("in-sessionNumber")).getDomProperty("value"))
          .isEqualTo("19");
      browser.findElement(By.id("in-text")).sendKeys("Open a joint grain terminal at Aktau port");
      browser.findElement(By.id("in-owners-KAZ")).sendKeys("Ministry of Agriculture");
      browser.findElement(By.id("in-owners-IRN")).sendKeys("Ministry of Agriculture Jihad");
      browser.findElement(By.id("in-deadline")).sendKeys("2024-06");
      browser.findElement(By.name("sourceUrl")).sendKeys("https://example.org/ses-19-protocol");
      browser.findElement(By.name("sourceDate")).sendKeys("2023-12-04");
      browser.findElement(By.name("sourceQuote")).sendKeys("The parties agreed to open it.");
      browser.findElement(By.id("save")).click();

      wait.until(ExpectedConditions.urlMatches("/registry/decisions/DEC-[0-9A-F]{8}"));
      String id = browser.getCurrentUrl().replaceAll(".*/(DEC-[0-9A-F]{8}).*", "$1");

      browser.get(web.base() + "/registry/decisions/overdue?lang=en");
      String row =
          browser.findElement(By.cssSelector("#overdue tr[data-id='" + id + "']")).getText();
      assertThat(row).contains("Open a joint grain terminal at Aktau port").contains("2024-06");
      screenshot(browser, "registry-overdue.png");

      browser.findElement(By.cssSelector("#overdue tr[data-id='" + id + "'] a")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("edit"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registry-form")));
      new Select(browser.findElement(By.id("in-status"))).selectByValue("IN_PROGRESS");
      browser.findElement(By.id("save")).click();

      WebElement update =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#audit tr[data-change=update]")));
      assertThat(update.getText()).contains("aigerim").contains("status: PLANNED → IN_PROGRESS");
      assertThat(browser.findElement(By.cssSelector("[data-field=status]")).getText())
          .isEqualTo("in progress");
      screenshot(browser, "registry-decision.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  void the_projects_map_draws_the_shipped_base_map_offline() throws Exception {
    WebDriver browser = browser();
    try {
      browser.get(web.base() + "/registry/projects/map?lang=ru");
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.id("project-map")).getDomAttribute("data-ready") != null);
      assertThat(browser.findElement(By.id("project-map")).getDomAttribute("data-ready"))
          .isEqualTo("true");
      assertThat(browser.findElements(By.cssSelector("#project-map canvas"))).isNotEmpty();
      // shipped projects name settlements the gazetteer holds, so some are drawn; the rest are
      // listed under the "not placed" heading instead of being given an invented point
      assertThat(browser.findElement(By.id("not-placed")).getText()).startsWith("Не размещены");
      screenshot(browser, "registry-map.png");
    } finally {
      browser.quit();
    }
  }

  static WebDriver browser() throws Exception {
    return Browsers.chromium(1400, 1400);
  }

  static void screenshot(WebDriver browser, String name) throws Exception {
    Browsers.screenshot(browser, name);
  }
}
