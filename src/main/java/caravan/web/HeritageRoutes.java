package caravan.web;

import caravan.heritage.Facet;
import caravan.heritage.HeritageCatalogue;
import caravan.heritage.HeritageItem;
import caravan.text.Messages;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The heritage catalogue's pages: {@code /heritage} (search box in any script, facets) and {@code
 * /heritage/{id}} (one item with its sources, its images slot and its history); the items' JSON is
 * the registry API's ({@code /api/v1/registry/heritage}). Editing goes through the registry's form
 * (users, roles, locking, audit log).
 */
final class HeritageRoutes {
  private final HeritageCatalogue catalogue;
  private final TemplateEngine templates;

  HeritageRoutes(HeritageCatalogue catalogue, TemplateEngine templates) {
    this.catalogue = catalogue;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/heritage", this::catalogue);
    routes.get("/heritage/{id}", this::item);
  }

  private void catalogue(Context ctx) {
    Map<Facet, String> filters = filters(ctx);
    String q = ctx.queryParam("q");
    HeritageCatalogue.Result r = catalogue.search(q, filters);
    render(ctx, "heritage/catalogue.jte", page(ctx, q, filters, r, null, List.of()));
  }

  private void item(Context ctx) {
    HeritageItem item = catalogue.item(ctx.pathParam("id"));
    render(
        ctx,
        "heritage/item.jte",
        page(ctx, null, Map.of(), null, item, catalogue.history(item.id())));
  }

  private static Map<Facet, String> filters(Context ctx) {
    Map<Facet, String> f = new EnumMap<>(Facet.class);
    for (Facet x : Facet.values()) {
      String v = ctx.queryParam(x.param());
      if (v != null && !v.isBlank()) f.put(x, v);
    }
    return f;
  }

  private static HeritagePage page(
      Context ctx,
      String q,
      Map<Facet, String> filters,
      HeritageCatalogue.Result r,
      HeritageItem item,
      List<caravan.registry.AuditEntry> history) {
    String lang = ctx.queryParam("lang");
    String query = ctx.queryString();
    return new HeritagePage(
        Messages.of(lang == null ? "ru" : lang),
        ctx.attribute("user"),
        ctx.attribute("csrf"),
        ctx.path() + (query == null ? "" : "?" + query),
        q,
        filters,
        r,
        item,
        history);
  }

  private void render(Context ctx, String template, HeritagePage page) {
    StringOutput out = new StringOutput();
    templates.render(template, page, out);
    ctx.html(out.toString());
  }
}
