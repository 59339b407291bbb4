package caravan.web;

import caravan.corridor.CorridorService;
import caravan.corridor.RouteAnswer;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Country;
import caravan.text.Messages;
import caravan.text.NotFoundException;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The corridor page ({@code /corridor}, and {@code /pairs/{A}-{B}/corridor} with the pair's
 * countries marked), the network as the map draws it ({@code GET /api/v1/corridor/network}) and the
 * map's base layer (Natural Earth 1:50m, cut to the region, shipped in the jar).
 */
final class CorridorRoutes {
  static final String MAP_DATA = "/data/maps/countries-50m-caspian.json";

  private final CorridorService corridor;
  private final Countries countries;
  private final TemplateEngine templates;
  private volatile byte[] mapData;

  CorridorRoutes(CorridorService corridor, Countries countries, TemplateEngine templates) {
    this.corridor = corridor;
    this.countries = countries;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/corridor", ctx -> page(ctx, null));
    routes.get("/pairs/{pair}/corridor", ctx -> page(ctx, Pairs.parse(ctx.pathParam("pair"))));
    routes.get(
        "/api/v1/corridor/network",
        ctx ->
            ctx.json(
                CorridorNetworkJson.of(
                    corridor.network(), corridor.volumes(), Problems.language(ctx))));
    routes.get(MAP_DATA, this::mapData);
  }

  private void page(Context ctx, String[] pair) {
    Messages m = Messages.of(lang(ctx));
    String title = null;
    List<String> highlight = new ArrayList<>();
    if (pair != null) {
      Country a = countries.require(pair[0]);
      Country b = countries.require(pair[1]);
      title = m.get("corr.page.pairTitle", a.name(m.lang()), b.name(m.lang()));
      // world-atlas names its countries by ISO 3166 numeric code, three digits
      highlight.add(String.format("%03d", a.m49()));
      highlight.add(String.format("%03d", b.m49()));
    }
    CorridorPlan plan = CorridorPlan.empty();
    RouteAnswer answer = null;
    String problem = null;
    int status = 200;
    try {
      plan = CorridorPlan.of(ctx);
      if (plan.asked()) {
        // an unknown place is named as such, whether or not a router is wired
        corridor.node(plan.from());
        corridor.node(plan.to());
        // the answer's sentences (the capacity lines of a hover) in the page's language
        answer = caravan.corridor.RouteWords.in(corridor.route(plan.routeQuery()), m.lang());
      }
    } catch (CaravanException e) {
      // the page itself exists: a refused plan is the form's fault (a 404 would show the error
      // page)
      problem = e.message(m.lang());
      status = 400;
    }
    String query = ctx.queryString();
    CorridorPage page =
        new CorridorPage(
            m,
            ctx.attribute("user"),
            ctx.attribute("csrf"),
            ctx.path() + (query == null ? "" : "?" + query),
            title,
            highlight,
            plan,
            corridor.network(),
            answer,
            problem);
    StringOutput out = new StringOutput();
    templates.render("corridor/page.jte", page, out);
    ctx.status(status).html(out.toString());
  }

  /** The region's countries at 1:50m (data/maps/tools/clip_countries.py), read once. */
  private void mapData(Context ctx) {
    byte[] data = mapData;
    if (data == null) {
      try (InputStream in = CorridorRoutes.class.getResourceAsStream(MAP_DATA)) {
        if (in == null) {
          throw new NotFoundException(
              caravan.text.Text.of("lang.err.noMapData", MAP_DATA), Map.of());
        }
        data = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      mapData = data;
    }
    ctx.contentType("application/json").header("Cache-Control", "max-age=86400").result(data);
  }

  private static String lang(Context ctx) {
    String lang = ctx.queryParam("lang");
    return lang == null ? "ru" : lang;
  }
}
