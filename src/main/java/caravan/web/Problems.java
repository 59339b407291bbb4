package caravan.web;

import caravan.text.CaravanException;
import caravan.text.Messages;
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
    String lang = language(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title(e.status(), lang));
    body.put("status", e.status());
    body.put("detail", e.message(lang));
    body.put("instance", ctx.path());
    body.putAll(e.details());
    // a list of reasons worded by the bundles follows the detail's language
    body.replaceAll(
        (k, v) ->
            v instanceof java.util.List<?> l
                    && !l.isEmpty()
                    && l.stream().allMatch(x -> x instanceof caravan.text.Text)
                ? l.stream().map(x -> ((caravan.text.Text) x).in(lang)).toList()
                : v);
    // a title in the details (AccessException's HTTP reason phrase) is English: another language
    // takes the bundles' title for the status
    if (!"en".equals(lang)) body.put("title", title(e.status(), lang));
    ctx.attribute(TRANSLATED, e.translated());
    if (e.details().get("retryAfter") instanceof Number n) ctx.header("Retry-After", n.toString());
    send(ctx, e.status(), body);
  }

  /**
   * The language of a problem: {@code ?lang=}, else the form's {@code lang}, else the first
   * language of Accept-Language that Caravan speaks (API only); the API answers in English when
   * none is named, the pages in Russian as they always have.
   */
  static String language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null && Guard.isForm(ctx)) lang = ctx.formParam("lang");
    if (Messages.supported(lang)) return lang;
    // the pages choose by ?lang= alone (their links carry it), so an error page matches them
    if (!ctx.path().startsWith("/api/")) return "ru";
    String accepted = Messages.fromAcceptLanguage(ctx.header("Accept-Language"));
    return accepted != null ? accepted : "en";
  }

  /** A problem title in {@code lang}; the English ones are the HTTP reason phrases. */
  static String title(int status, String lang) {
    Messages m = Messages.of(lang);
    return m.has("lang.problem.title." + status)
        ? m.get("lang.problem.title." + status)
        : m.get("lang.problem.title.400");
  }

  static void unexpected(Context ctx) {
    Messages m = Messages.of(language(ctx));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title(500, m.lang()));
    body.put("status", 500);
    body.put("detail", m.get("error.hint.500"));
    body.put("instance", ctx.path());
    send(ctx, 500, body);
  }

  /** Marks a response this class wrote, so that the 404 handler leaves it as it is. */
  private static final String WRITTEN = "caravan.problem";

  /** Whether the detail of the problem being written follows the page's language. */
  private static final String TRANSLATED = "caravan.problem.translated";

  private static void send(Context ctx, int status, Map<String, Object> body) {
    ctx.attribute(WRITTEN, true);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(body).contentType("application/problem+json");
    } else {
      ctx.html(page(ctx, status, String.valueOf(body.get("detail"))));
    }
  }

  /**
   * A 404 that no handler of ours wrote (a path no route answers): a page in the reader's language,
   * or a problem detail under /api/. One that a route or {@link #handle} wrote is kept.
   */
  static void notFound(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute(WRITTEN))) return;
    boolean api = ctx.path().startsWith("/api/");
    if (api) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      String lang = language(ctx);
      body.put("title", title(404, lang));
      body.put("status", 404);
      body.put("detail", Messages.of(lang).get("lang.problem.noResource", ctx.path()));
      body.put("instance", ctx.path());
      send(ctx, 404, body);
    } else {
      ctx.attribute(WRITTEN, true);
      ctx.html(page(ctx, 404, null));
    }
  }

  /**
   * The message page in the page's language ({@code ?lang=}, or the form's {@code lang}; Russian by
   * default, as the pages are): a heading and a hint in that language, then the failure's own
   * detail, which the features write in English and so is marked as English for the reader.
   */
  private static String page(Context ctx, int status, String detail) {
    Messages m = Messages.of(language(ctx));
    boolean translated = Boolean.TRUE.equals(ctx.attribute(TRANSLATED));
    String code =
        switch (status) {
          case 400, 401, 403, 404, 409, 422 -> Integer.toString(status);
          case 413, 429 -> "sec.error." + status; // issue 10 §3: keys of their own
          default -> status >= 500 ? "500" : "400";
        };
    return "<!doctype html><html lang="
        + m.lang()
        + (m.rtl() ? " dir=rtl" : "")
        + "><meta charset=utf-8><meta name=viewport content=\"width=device-width,"
        + " initial-scale=1\"><title>"
        + escape(m.get(key("title", code)))
        + " · Caravan</title><link rel=stylesheet href=/caravan.css>"
        + "<main class=problem><h1>"
        + status
        + " · "
        + escape(m.get(key("title", code)))
        + "</h1><p>"
        + escape(m.get(key("hint", code)))
        + "</p>"
        + (detail == null || detail.isBlank() || status >= 500
            ? ""
            : "<p class=detail"
                + ("en".equals(m.lang()) || translated
                    ? ""
                    : " lang=en" + (m.rtl() ? " dir=ltr" : ""))
                + ">"
                + escape(detail)
                + "</p>")
        + "<p><a href=\"/?lang="
        + m.lang()
        + "\">"
        + escape(m.get("error.home"))
        + "</a></p>"
        + switcher(ctx, m)
        + "</main></html>";
  }

  // the same page in the other languages; a form's failure links to the page the form was on
  private static String switcher(Context ctx, Messages m) {
    if (!"GET".equals(ctx.method().name())) return "";
    String query = ctx.queryString();
    StringBuilder s = new StringBuilder("<p class=langs id=langs>");
    for (LanguageSwitch.Link l :
        LanguageSwitch.of(m, ctx.path() + (query == null ? "" : "?" + query)).links()) {
      s.append("<a href=\"")
          .append(escape(l.href()))
          .append("\" lang=")
          .append(l.lang())
          .append(l.current() ? " class=current" : "")
          .append(">")
          .append(l.label())
          .append("</a> ");
    }
    return s.append("</p>").toString();
  }

  // "404" -> error.title.404; "sec.error.429" -> sec.error.title.429
  private static String key(String part, String code) {
    int dot = code.lastIndexOf('.');
    return dot < 0
        ? "error." + part + "." + code
        : code.substring(0, dot) + "." + part + code.substring(dot);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
