package caravan.web;

import caravan.briefing.Briefing;
import caravan.briefing.BriefingRequest;
import caravan.text.Messages;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The briefing note over the web: {@code GET /api/v1/pairs/{A}-{B}/brief} (JSON by default; html,
 * pdf or md as a download; bad input a problem detail naming the field) and the page {@code
 * /pairs/{A}-{B}/brief} with its PDF button.
 */
final class BriefingRoutes {
  private final Briefing briefing;
  private final TemplateEngine templates;

  BriefingRoutes(Briefing briefing, TemplateEngine templates) {
    this.briefing = briefing;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/pairs/{pair}/brief", this::api);
    routes.get("/pairs/{pair}/brief", this::page);
  }

  private BriefingRequest request(Context ctx, String fallbackLang) {
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    String lang = ctx.queryParam("lang");
    return briefing.request(
        pair[0],
        pair[1],
        ctx.queryParam("date"),
        lang == null ? fallbackLang : lang,
        ctx.queryParam("digits"));
  }

  private void api(Context ctx) {
    String f = ctx.queryParam("format");
    BriefingRequest.Format format =
        f == null || f.isBlank() ? BriefingRequest.Format.JSON : BriefingRequest.Format.parse(f);
    BriefingRequest r = request(ctx, "en");
    byte[] body = briefing.render(r, format);
    ctx.contentType(format.mediaType);
    if (format != BriefingRequest.Format.JSON) {
      ctx.header(
          "Content-Disposition",
          (format == BriefingRequest.Format.HTML ? "inline" : "attachment")
              + "; filename=\"brief-"
              + r.a()
              + "-"
              + r.b()
              + "-"
              + r.date()
              + "-"
              + r.lang()
              + "."
              + format.extension
              + "\"");
    }
    ctx.result(body);
  }

  private void page(Context ctx) {
    BriefingRequest r = request(ctx, "ru");
    StringOutput out = new StringOutput();
    templates.render(
        "briefing/page.jte",
        new BriefPage(
            Messages.of(r.lang()),
            briefing.note(r),
            r,
            ctx.queryString(),
            ctx.attribute("user"),
            ctx.attribute("csrf")),
        out);
    ctx.html(out.toString());
  }
}
