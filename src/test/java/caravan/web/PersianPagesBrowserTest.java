package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 14 §2: a real headless Chromium opens every page of the interface in Persian (the
 * dashboard, the corridor pages, the registry's overview, lists, details, forms and views, sign-in,
 * an error page) and checks that each runs right to left with its layout mirrored, shows no {@code
 * ?key?} of a missing message, and offers the four languages with links that keep the page and its
 * query.
 */
class PersianPagesBrowserTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static WebDriver browser;

  // what Messages shows for a key no bundle has
  private static final Pattern MISSING_KEY =
      Pattern.compile("\\?[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+\\?");

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  @Test
  void every_page_in_persian_runs_right_to_left_with_every_message_and_the_switch()
      throws Exception {
    browser = Browsers.chromium(1280, 900);
    web.app().access().addUser("parisa", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    Session editor =
        web.app().access().signIn("parisa", "caspian-steppe-42".toCharArray()).orElseThrow();
    browser.get(web.base() + "/signin?lang=fa");
    check("/signin?lang=fa");
    browser.manage().addCookie(new Cookie(AccessRoutes.SESSION_COOKIE, editor.token()));

    Set<String> pages = new LinkedHashSet<>();
    pages.add("/pairs/KAZ-IRN?lang=fa");
    pages.add("/pairs/KAZ-IRN?basis=stated&lang=fa&cal=persian");
    pages.add("/pairs/KAZ-IRN/corridor?lang=fa");
    pages.add("/corridor?lang=fa&from=Aktau&to=Bandar%20Abbas");
    pages.add("/registry?lang=fa");
    pages.add("/registry/decisions/overdue?lang=fa&cal=persian");
    pages.add("/registry/agreements/timeline?lang=fa");
    pages.add("/registry/projects/map?lang=fa");
    pages.add("/nowhere?lang=fa");
    for (String slug : RegistryPageEntities.ALL.keySet()) {
      pages.add("/registry/" + slug + "?lang=fa");
      pages.add("/registry/" + slug + "/new?lang=fa");
    }
    List<String> details = new ArrayList<>();
    for (String page : pages) {
      browser.get(web.base() + page);
      check(page);
      // the first record of each list, its detail and its edit form
      if (page.matches("/registry/[a-z]+\\?lang=fa")) {
        String slug = page.substring("/registry/".length(), page.indexOf('?'));
        for (WebElement a : browser.findElements(By.cssSelector("table a[href]"))) {
          String href = a.getDomAttribute("href");
          if (href.startsWith("/registry/" + slug + "/") && !href.contains("/new")) {
            details.add(href);
            break;
          }
        }
      }
    }
    assertThat(details).as("a record of each kind is shipped").isNotEmpty();
    for (String d : details) {
      browser.get(web.base() + d);
      check(d);
      String edit = d.replaceFirst("\\?", "/edit?");
      browser.get(web.base() + edit);
      check(edit);
    }
  }

  private static void check(String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(js.executeScript("return document.documentElement.lang")).as(page).isEqualTo("fa");
    assertThat(js.executeScript("return document.documentElement.dir")).as(page).isEqualTo("rtl");
    String text = String.valueOf(js.executeScript("return document.body.innerText"));
    assertThat(MISSING_KEY.matcher(text).results().map(m -> m.group()).toList()).as(page).isEmpty();
    // mirrored: the page's first heading starts at the right
    Number right =
        (Number)
            js.executeScript(
                "const h = document.querySelector('h1, h2'); const r = document.createRange();"
                    + " r.selectNodeContents(h); return r.getBoundingClientRect().right;");
    Number width = (Number) js.executeScript("return document.documentElement.clientWidth");
    assertThat(right.doubleValue()).as(page).isGreaterThan(width.doubleValue() * 0.6);
    // the switch: four languages, each keeping the path and every parameter of the page
    List<WebElement> langs = browser.findElements(By.cssSelector("#langs a[lang]"));
    assertThat(langs)
        .as(page)
        .extracting(a -> a.getDomAttribute("lang"))
        .containsExactly("ru", "en", "kk", "fa");
    String current = String.valueOf(js.executeScript("return location.pathname + location.search"));
    String en = langs.get(1).getDomAttribute("href");
    assertThat(en).as(page).startsWith(current.replaceFirst("\\?.*", "?")).endsWith("lang=en");
    for (String param : current.replaceFirst("^[^?]*\\??", "").split("&")) {
      if (!param.isEmpty() && !param.startsWith("lang=")) assertThat(en).as(page).contains(param);
    }
  }
}
