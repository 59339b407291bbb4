package caravan.web;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Caravan's own styles and scripts under a path that names the build ({@code /assets/<version>/}),
 * so that a browser may keep them for a year and still fetches the new ones after an upgrade. Pages
 * link them with {@code @import caravan.web.Assets} and {@code ${Assets.PATH}/caravan.css}. The
 * same files stay at their plain path ({@code /caravan.css}) with the default, revalidated caching.
 */
public final class Assets {
  private Assets() {}

  /** The hosted path of this build's assets, without a trailing slash. */
  public static final String PATH = "/assets/" + version();

  // Javalin answers 404 for a static file over this size: the vendored IIIF viewer
  // (vendor/mirador/mirador.min.js, 2.3 MB) must fit
  static final int MAX_ASSET = 4 << 20;

  static void register(StaticFilesConfig files) {
    files.add(
        f -> {
          f.hostedPath = "/";
          f.directory = "/web";
          f.location = Location.CLASSPATH;
          f.precompressMaxSize = MAX_ASSET;
        });
    files.add(
        f -> {
          f.hostedPath = PATH;
          f.directory = "/web";
          f.location = Location.CLASSPATH;
          f.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
          // gzip kept in memory once per file, not made per request
          f.precompressMaxSize = MAX_ASSET;
        });
  }

  /** A digest of the shipped assets and of the build (the jar's or classes' time). */
  private static String version() {
    CRC32 crc = new CRC32();
    for (String name :
        new String[] {
          "/web/caravan.css",
          "/web/dashboard.js",
          "/web/map.js",
          "/web/registry.js",
          "/web/topo.js",
          "/web/corridor.js",
          "/web/heritage-viewer.js",
          "/web/opportunities.js"
        }) {
      try (InputStream in = Assets.class.getResourceAsStream(name)) {
        if (in != null) crc.update(in.readAllBytes());
      } catch (IOException e) {
        // a missing asset adds nothing to the digest
      }
    }
    try {
      Path code = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      crc.update(Long.toString(Files.getLastModifiedTime(code).toMillis()).getBytes());
    } catch (Exception e) {
      // no code source (an unusual class loader): the assets' digest alone
    }
    return Long.toString(crc.getValue(), 36);
  }
}
