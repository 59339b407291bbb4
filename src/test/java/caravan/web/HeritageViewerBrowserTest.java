package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.heritage.HeritageItem;
import caravan.heritage.Images;
import caravan.heritage.TestImages;
import caravan.registry.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium opens a Persian codex in the IIIF viewer (Mirador, served by Caravan)
 * and checks that the viewer loaded its manifest and lays its pages out right to left in book view;
 * a screenshot goes to target/screenshots/.
 */
class HeritageViewerBrowserTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static WebDriver browser;

  @AfterAll
  static void quit() {
    if (browser != null) browser.quit();
  }

  // what the page's viewer holds: the manifest's direction as Mirador reads it, the window's view
  // and its canvases, or null while it is still loading
  static final String STATE =
      "var v = window.caravanViewer; if (!v) return null;"
          + " var s = v.store.getState(); var w = Object.keys(s.windows)[0];"
          + " if (!w) return null; var m = s.manifests[s.windows[w].manifestId];"
          + " if (!m || m.isFetching) return null;"
          + " if (m.error) return 'error: ' + m.error;"
          + " if (document.querySelectorAll('#iiif-viewer canvas').length == 0) return null;"
          + " return Mirador.getSequenceViewingDirection(s, {windowId: w}) + '|' + s.windows[w].view"
          + " + '|' + document.querySelectorAll('#iiif-viewer canvas').length;";

  @Test
  void a_persian_codex_opens_in_the_viewer_right_to_left() throws Exception {
    Path images = Images.folder(web.dataDir());
    for (int i = 1; i <= 3; i++) {
      TestImages.write(images.resolve("rtl-f00" + i + ".png"), "png", 300, 450);
    }
    HeritageItem codex =
        new HeritageItem(
            null,
            0,
            "A Persian codex",
            "دیوان",
            null,
            null,
            null,
            null,
            null,
            null,
            "manuscript copy",
            null,
            null,
            "Persian",
            "nastaʿlīq",
            "Archive",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of("rtl-f001.png", "rtl-f002.png", "rtl-f003.png"),
            List.of(),
            null,
            List.of(new Source("https://example.org/s", null, "q")),
            null);
    String id = web.app().registry().create(codex, "tester").id();
    browser = Browsers.chromium(1200, 900);
    // the item page itself carries the viewer (the partial heritage/viewer.jte)
    browser.get(web.base() + "/heritage/" + id + "?lang=en");
    Object state =
        new WebDriverWait(browser, Duration.ofSeconds(60))
            .until(
                d ->
                    ((JavascriptExecutor) d)
                        .executeScript("return (function(){" + STATE + "})();"));
    String[] parts = String.valueOf(state).split("\\|");
    assertThat(parts[0]).as(String.valueOf(state)).isEqualTo("right-to-left");
    assertThat(parts[1]).isEqualTo("book");
    // right to left, the button to the next page is the left one (Mirador's own labels)
    Object order =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var n = document.querySelector('#iiif-viewer button[aria-label=\"Next item\"]');"
                    + " var p = document.querySelector('#iiif-viewer button[aria-label=\"Previous item\"]');"
                    + " return n && p ? (n.getBoundingClientRect().x < p.getBoundingClientRect().x) : null;");
    assertThat(order).isEqualTo(Boolean.TRUE);
    Browsers.screenshot(browser, "heritage-viewer-rtl.png");
  }
}
