package caravan.web;

import caravan.opportunities.Opportunities;
import caravan.opportunities.OpportunitiesService;
import caravan.opportunities.OpportunityQuery;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Messages;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The opportunities page of a pair ({@code /pairs/{A}-{B}/opportunities}), linked from its
 * dashboard.
 */
final class OpportunitiesRoutes {
  private final OpportunitiesService service;
  private final Countries countries;
  private final TemplateEngine templates;

  OpportunitiesRoutes(OpportunitiesService service, Countries countries, TemplateEngine templates) {
    this.service = service;
    this.countries = countries;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/pairs/{pair}/opportunities", this::page);
  }

  private void page(Context ctx) {
    Messages m = Messages.of(ctx.queryParam("lang") == null ? "ru" : ctx.queryParam("lang"));
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    var a = countries.require(pair[0]);
    var b = countries.require(pair[1]);
    OpportunityQuery q;
    Opportunities answer = null;
    String problem = null;
    int status = 200;
    try {
      q = OpportunitiesApi.query(ctx, countries);
      answer = service.answer(q);
    } catch (CaravanException e) {
      // the page exists: a refused question is the form's fault, said on the page
      problem = e.getMessage();
      status = 400;
      q = new OpportunityQuery(pair[0], pair[1], null, null, OpportunityQuery.DEFAULT_LIMIT, null);
    }
    OpportunitiesPage page =
        new OpportunitiesPage(
            m,
            ctx.attribute("user"),
            ctx.attribute("csrf"),
            a.name(m.lang()),
            b.name(m.lang()),
            q,
            answer,
            problem);
    StringOutput out = new StringOutput();
    templates.render("opportunities/page.jte", page, out);
    ctx.status(status).html(out.toString());
  }
}
