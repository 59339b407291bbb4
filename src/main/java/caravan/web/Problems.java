package caravan.web;

import caravan.text.CaravanException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures as RFC 9457 problem details for the API, and as a plain message page for people; a user
 * never sees a stack trace.
 */
final class Problems {
  private Problems() {}

  static void handle(CaravanException e, Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title(e.status()));
    body.put("status", e.status());
    body.put("detail", e.getMessage());
    body.put("instance", ctx.path());
    body.putAll(e.details());
    send(ctx, e.status(), body);
  }

  static String title(int status) {
    return switch (status) {
      case 401 -> "Not signed in";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable content";
      default -> "Bad request";
    };
  }

  static void unexpected(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", "Internal error");
    body.put("status", 500);
    body.put("detail", "Caravan failed to answer this request; the server log has the details.");
    body.put("instance", ctx.path());
    send(ctx, 500, body);
  }

  private static void send(Context ctx, int status, Map<String, Object> body) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(body).contentType("application/problem+json");
    } else {
      ctx.html(
          "<!doctype html><meta charset=utf-8><title>Caravan</title><link rel=stylesheet href=/caravan.css>"
              + "<main class=problem><h1>"
              + status
              + "</h1><p>"
              + escape(String.valueOf(body.get("detail")))
              + "</p><p><a href=/>Caravan</a></p></main>");
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
