package caravan.web;

import caravan.figures.FiguresService;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.trade.FlowPeriod;
import caravan.trade.Profile;
import caravan.trade.ProfileCsv;
import caravan.trade.ProfileRequest;
import caravan.trade.ProfileService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** JSON (and CSV on request) under /api/v1, described by /api/v1/openapi.json. */
final class ApiRoutes {
  private final ProfileService profiles;
  private final FiguresService figures;
  private final Countries countries;

  ApiRoutes(ProfileService profiles, FiguresService figures, Countries countries) {
    this.profiles = profiles;
    this.figures = figures;
    this.countries = countries;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/openapi.json", this::openapi);
    routes.get("/api/v1/countries", ctx -> ctx.json(countries.all()));
    routes.get("/api/v1/pairs/{pair}/profile", this::profile);
    routes.get("/api/v1/pairs/{pair}/figures", this::figures);
    routes.get("/api/v1/pairs/{pair}/figures/{id}/audit", this::figureAudit);
  }

  private void openapi(Context ctx) {
    ctx.contentType("application/json").result(OpenApiDocument.text());
  }

  private void profile(Context ctx) {
    Profile p = profiles.profile(request(ctx));
    if (wantsCsv(ctx)) {
      ctx.contentType("text/csv; charset=utf-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"profile-"
                  + p.pair().a()
                  + "-"
                  + p.pair().b()
                  + "-"
                  + ctx.queryParamAsClass("part", String.class).getOrDefault("headline")
                  + ".csv\"")
          .result(
              ProfileCsv.write(
                  p, ctx.queryParamAsClass("part", String.class).getOrDefault("headline")));
    } else {
      ctx.json(p);
    }
  }

  /** Who changed a stated figure, when, and what it was before and after. */
  private void figureAudit(Context ctx) {
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    countries.require(pair[0]);
    countries.require(pair[1]);
    ctx.json(figures.audit(pair[0], pair[1], ctx.pathParam("id")));
  }

  private void figures(Context ctx) {
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    countries.require(pair[0]);
    countries.require(pair[1]);
    String indicator = ctx.queryParam("indicator");
    ctx.json(
        Map.of(
            "pair",
            List.of(pair[0], pair[1]),
            "figures",
            indicator == null
                ? figures.figures(pair[0], pair[1])
                : figures.figures(pair[0], pair[1], indicator)));
  }

  /** The profile request named by the path and query: shared by the API and the dashboard. */
  static ProfileRequest request(Context ctx) {
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    String basis = ctx.queryParam("basis");
    FlowPeriod period = null;
    // a Solar Hijri period (SH1403, SH1404-01..SH1404-07) is taken as well as a calendar one
    caravan.figures.Period[] iranian = new caravan.figures.Period[1];
    if (ctx.queryParam("period") != null && !ctx.queryParam("period").isBlank()) {
      period = ProfileRequest.parsePeriod(ctx.queryParam("period"), iranian);
    } else if (ctx.queryParam("year") != null && !ctx.queryParam("year").isBlank()) {
      period = ProfileRequest.parsePeriod(ctx.queryParam("year"), iranian);
    }
    return new ProfileRequest(
        pair[0],
        pair[1],
        period,
        basis == null || basis.isBlank()
            ? ProfileRequest.Basis.STATED
            : ProfileRequest.Basis.parse(basis),
        intParam(ctx, "cagrYears", 5),
        intParam(ctx, "targetYear", 2030),
        iranian[0],
        ProfileRequest.iranianCalendar(ctx.queryParam("calendar")));
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return fallback;
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new CaravanException(
          caravan.text.Text.of("lang.err.wholeNumber", name, v), Map.of("field", name, "value", v));
    }
  }

  private static boolean wantsCsv(Context ctx) {
    String accept = ctx.header("Accept");
    return "csv".equals(ctx.queryParam("format"))
        || (accept != null && accept.startsWith("text/csv"));
  }
}
