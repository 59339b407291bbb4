package caravan.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The headers every answer carries (pages, API, static files, error pages), as OWASP ASVS level 1
 * asks. The policy allows scripts only from Caravan itself, so an injected {@code <script>} or
 * {@code onerror=} does not run; pages hand data to their scripts in data-* attributes. Styles may
 * be inline because ECharts writes style attributes into its tooltips; a style cannot run code.
 */
final class SecurityHeaders {
  static final String POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /** One year, the value HSTS preload lists ask for. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private SecurityHeaders() {}

  /** Adds the headers before any handler runs, so that error answers carry them too. */
  static void register(JavalinConfig cfg, RequestOrigin origin) {
    cfg.routes.before(ctx -> apply(ctx, origin));
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
  }

  static void apply(Context ctx, RequestOrigin origin) {
    origin.attach(ctx);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    // Over plain http the header is ignored by browsers, and a local run must stay reachable.
    if (origin.https(ctx)) ctx.header("Strict-Transport-Security", HSTS);
  }
}
