package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.TestEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests, started with the flags this closed network needs;
 * absent, the test skips with the reason (fails under CI).
 */
final class Browsers {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browsers() {}

  static WebDriver chromium(int width, int height) throws Exception {
    return chromium(width, height, false);
  }

  /**
   * A screen of {@code width} × {@code height} CSS pixels by device emulation (headless Chromium's
   * window is never narrower than 500 pixels). It lays pages out at that width as a desktop does: a
   * phone would zoom a page out to fit content wider than the screen, hiding the overflow that a
   * test looks for.
   */
  static WebDriver phone(int width, int height) throws Exception {
    return chromium(width, height, true);
  }

  private static WebDriver chromium(int width, int height, boolean phone) throws Exception {
    TestEnvironment.require(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and ChromeDriver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics",
              java.util.Map.of(
                  "width", width, "height", height, "pixelRatio", 1.0, "mobile", false)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows to target/screenshots/{name}. */
  static void screenshot(WebDriver browser, String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path out = Path.of("target", "screenshots", name);
    Files.createDirectories(out.getParent());
    Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(out)).isPositive();
  }
}
