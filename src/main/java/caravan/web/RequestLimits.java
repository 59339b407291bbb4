package caravan.web;

import caravan.text.CaravanException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How much a request may carry (issue 10 §3): a body of at most {@value #MAX_BODY} bytes (413), a
 * search {@code q} of at most {@value #MAX_Q} characters, any other query value or form field of at
 * most {@value #MAX_FIELD} (400 naming the field). Failures the libraries raise on a malformed
 * request (a body over Jetty's form limit, bad JSON, a Javalin HTTP error) become problem details
 * in Caravan's words; their own messages name classes and never reach the client.
 */
final class RequestLimits {
  static final int MAX_BODY = 1_000_000;
  static final int MAX_Q = 200;
  static final int MAX_FIELD = 20_000;

  /** Headers together (cookies included): far above what a browser sends, far below a flood. */
  static final int MAX_HEADERS = 16 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RequestLimits.class);

  private RequestLimits() {}

  static void register(JavalinConfig cfg) {
    cfg.http.maxRequestSize = MAX_BODY;
    cfg.jetty.modifyHttpConfiguration(
        h -> {
          h.setRequestHeaderSize(MAX_HEADERS);
          h.setSendServerVersion(false);
        });
    cfg.jetty.modifyServletContextHandler(
        h -> {
          h.setMaxFormContentSize(MAX_BODY);
          h.setMaxFormKeys(2_000);
        });
    cfg.routes.before(RequestLimits::check);
    cfg.routes.exception(HttpResponseException.class, RequestLimits::httpError);
  }

  static void check(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > MAX_BODY) throw tooLarge(length);
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      int max = "q".equals(e.getKey()) ? MAX_Q : MAX_FIELD;
      for (String v : e.getValue()) requireLength(e.getKey(), v, max);
    }
    if (Guard.isForm(ctx)) {
      for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
        for (String v : e.getValue()) requireLength(e.getKey(), v, MAX_FIELD);
      }
    }
  }

  private static void requireLength(String field, String value, int max) {
    if (field.length() > 200) throw tooLong(field.substring(0, 40) + "…", field.length(), 200);
    if (value != null && value.length() > max) throw tooLong(field, value.length(), max);
  }

  private static CaravanException tooLong(String field, int length, int max) {
    return new CaravanException(
        caravan.text.Text.of(
            "lang.err.tooLong", field, String.valueOf(length), String.valueOf(max)),
        Map.of("field", field, "length", length, "max", max));
  }

  static CaravanException tooLarge(long length) {
    return new Status(
        length > 0
            ? caravan.text.Text.of(
                "lang.err.bodyBytes", String.valueOf(length), String.valueOf(MAX_BODY))
            : caravan.text.Text.of("lang.err.bodyTooLarge", String.valueOf(MAX_BODY)),
        Map.of("max", MAX_BODY),
        413);
  }

  /** Javalin's own refusals (413 body too large, 405, 400…), in Caravan's words. */
  private static void httpError(HttpResponseException e, Context ctx) {
    CaravanException mine =
        e.getStatus() == 413
            ? tooLarge(-1)
            : new Status(
                caravan.text.Text.of("lang.err.asSent", String.valueOf(e.getStatus())),
                Map.of(),
                e.getStatus() >= 400 && e.getStatus() < 600 ? e.getStatus() : 400);
    LOG.debug("Refused {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    Problems.handle(mine, ctx);
  }

  /** A refusal with its own status. */
  static final class Status extends CaravanException {
    private final int status;

    Status(caravan.text.Text message, Map<String, Object> details, int status) {
      super(message, details);
      this.status = status;
    }

    @Override
    public int status() {
      return status;
    }
  }
}
