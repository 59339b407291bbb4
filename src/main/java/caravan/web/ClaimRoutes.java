package caravan.web;

import caravan.claims.ClaimCheck;
import caravan.claims.ClaimException;
import caravan.claims.ClaimReport;
import caravan.claims.ClaimText;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Country;
import caravan.text.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The claim check's doors: {@code POST /api/v1/pairs/{A}-{B}/claims} (the text as text/plain, or
 * JSON {@code {"text": …, "date": …, "textLang": …}}; {@code ?date=}, {@code ?textLang=} and {@code
 * ?lang=} for the problem texts' language) and the page {@code /pairs/{A}-{B}/claims} with its text
 * box. A body is at most {@link RequestLimits#MAX_BODY} bytes (a problem detail 413 beyond); the
 * page's text box takes {@link RequestLimits#MAX_FIELD} characters, as every form field. A check
 * reads and changes nothing, so anyone may post one (the write throttle still counts it: see
 * Guard).
 */
final class ClaimRoutes {
  private static final Pattern PATH = Pattern.compile("(/api/v1)?/pairs/[^/]+/claims");

  private final ClaimCheck check;
  private final Countries countries;
  private final TemplateEngine templates;

  ClaimRoutes(ClaimCheck check, Countries countries, TemplateEngine templates) {
    this.check = check;
    this.countries = countries;
    this.templates = templates;
  }

  /** A POST that checks a text: it changes nothing, so it needs no editor. */
  static boolean isCheck(Context ctx) {
    return ctx.method() == HandlerType.POST && PATH.matcher(ctx.path()).matches();
  }

  void register(RoutesConfig routes) {
    routes.post("/api/v1/pairs/{pair}/claims", this::api);
    routes.get("/pairs/{pair}/claims", ctx -> page(ctx, false));
    routes.post("/pairs/{pair}/claims", ctx -> page(ctx, true));
  }

  private void api(Context ctx) {
    Messages m = Messages.of(ctx.queryParam("lang"));
    try {
      String[] pair = Pairs.parse(ctx.pathParam("pair"));
      String text;
      String date = ctx.queryParam("date");
      String textLang = ctx.queryParam("textLang");
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      if (type.startsWith("application/json")) {
        JsonNode body = json(ctx.bodyAsBytes(), m);
        text = ClaimText.checked(body.path("text").isTextual() ? body.get("text").asText() : "");
        if (body.path("date").isTextual()) date = body.get("date").asText();
        if (body.path("textLang").isTextual()) textLang = body.get("textLang").asText();
      } else {
        text = ClaimText.decode(ctx.bodyAsBytes());
      }
      ClaimReport r = check.check(pair[0], pair[1], text, textLang, date(date, m));
      ctx.json(r);
    } catch (ClaimException e) {
      throw new RequestLimits.Status(e.text(), e.details(), e.status());
    }
  }

  private static JsonNode json(byte[] body, Messages m) {
    try {
      JsonNode n = new ObjectMapper().readTree(body);
      if (n == null || !n.isObject()) throw new JsonProcessingException("not an object") {};
      return n;
    } catch (java.io.IOException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.claims.notJson"), Map.of("field", "body"));
    }
  }

  private static LocalDate date(String text, Messages m) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new CaravanException(
          caravan.text.Text.of("claim.error.date", text), Map.of("field", "date", "value", text));
    }
  }

  private void page(Context ctx, boolean posted) {
    String lang = posted && Guard.isForm(ctx) ? ctx.formParam("lang") : ctx.queryParam("lang");
    Messages m = Messages.of(lang == null ? "ru" : lang);
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    Country a = countries.require(pair[0]);
    Country b = countries.require(pair[1]);
    String text = posted ? ctx.formParam("text") : null;
    String date = posted ? ctx.formParam("date") : null;
    ClaimReport report = null;
    String problem = null;
    int status = 200;
    if (posted) {
      try {
        report = check.check(a.iso3(), b.iso3(), text == null ? "" : text, null, date(date, m));
      } catch (ClaimException e) {
        problem = e.message(m.lang());
        status = e.status();
      } catch (CaravanException e) {
        problem = e.message(m.lang());
        status = e.status();
      }
    }
    ClaimsPage page =
        new ClaimsPage(
            m,
            ctx.attribute("user"),
            ctx.attribute("csrf"),
            a.iso3() + "-" + b.iso3(),
            m.get("claim.pairTitle", a.name(m.lang()), b.name(m.lang())),
            text == null ? "" : text,
            date == null ? "" : date,
            report,
            problem);
    StringOutput out = new StringOutput();
    templates.render("claims/page.jte", page, out);
    ctx.status(status).html(out.toString());
  }
}
