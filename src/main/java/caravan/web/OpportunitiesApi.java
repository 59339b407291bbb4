package caravan.web;

import caravan.opportunities.Opportunities;
import caravan.opportunities.OpportunitiesCsv;
import caravan.opportunities.OpportunitiesService;
import caravan.opportunities.OpportunityQuery;
import caravan.text.Countries;
import caravan.text.InvalidValueException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The opportunities over JSON, the same answer as {@code caravan opportunities}: {@code GET
 * /api/v1/pairs/{A}-{B}/opportunities} (CSV parts with {@code format=csv&part=…}), and the product
 * space the page draws, {@code …/opportunities/space}. A bad pair, sector, limit or year is a
 * problem detail naming the field.
 */
final class OpportunitiesApi {
  private final OpportunitiesService service;
  private final Countries countries;

  OpportunitiesApi(OpportunitiesService service, Countries countries) {
    this.service = service;
    this.countries = countries;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/pairs/{pair}/opportunities", this::answer);
    routes.get("/api/v1/pairs/{pair}/opportunities/space", this::space);
  }

  private void answer(Context ctx) {
    OpportunityQuery q = query(ctx, countries);
    String part = ctx.queryParam("part");
    boolean csv = "csv".equals(ctx.queryParam("format"));
    if (csv) OpportunitiesCsv.checkPart(part == null ? "products" : part);
    Opportunities o = service.answer(q);
    if (csv) {
      String p = part == null ? "products" : part;
      ctx.contentType("text/csv; charset=utf-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"opportunities-" + q.a() + "-" + q.b() + "-" + p + ".csv\"")
          .result(
              OpportunitiesCsv.write(o, p, p.equals("space") ? service.productSpace(q, o) : null));
    } else {
      ctx.json(o);
    }
  }

  private void space(Context ctx) {
    OpportunityQuery q = query(ctx, countries);
    ctx.json(service.productSpace(q, service.answer(q)));
  }

  /** The query of a request: the pair in the path, the rest as query parameters. */
  static OpportunityQuery query(Context ctx, Countries countries) {
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    countries.require(pair[0]);
    countries.require(pair[1]);
    return new OpportunityQuery(
        pair[0],
        pair[1],
        number(ctx, "year", null),
        ctx.queryParam("sector"),
        number(ctx, "limit", OpportunityQuery.DEFAULT_LIMIT),
        ctx.queryParam("matrix"));
  }

  private static Integer number(Context ctx, String name, Integer otherwise) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return otherwise;
    try {
      return Integer.valueOf(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          name + " must be a whole number, got '" + v + "'", Map.of("field", name, "value", v));
    }
  }
}
