package caravan.web;

import caravan.figures.FiguresService;
import caravan.text.Countries;
import caravan.text.Messages;
import caravan.trade.Profile;
import caravan.trade.ProfileRequest;
import caravan.trade.ProfileService;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The pages people open: the pair dashboard, KAZ–IRN first. */
final class PageRoutes {
  static final String DEFAULT_PAIR = "KAZ-IRN";

  private final ProfileService profiles;
  private final FiguresService figures;
  private final Countries countries;
  private final TemplateEngine templates;

  PageRoutes(
      ProfileService profiles,
      FiguresService figures,
      Countries countries,
      TemplateEngine templates) {
    this.profiles = profiles;
    this.figures = figures;
    this.countries = countries;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.redirect("/pairs/" + DEFAULT_PAIR + "?lang=" + lang(ctx)));
    routes.get("/pairs/{pair}", this::dashboard);
  }

  private void dashboard(Context ctx) {
    String[] pair = Pairs.parse(ctx.pathParam("pair"));
    Messages m = Messages.of(lang(ctx));
    ProfileRequest asked = ApiRoutes.request(ctx);
    // A pair with imported flows opens on them; otherwise on what officials stated.
    // (flows are by calendar month: a Solar Hijri view stays on the stated figures)
    if (ctx.queryParam("basis") == null
        && !asked.solarHijri()
        && profiles.hasFlows(pair[0], pair[1])) {
      asked =
          new ProfileRequest(
              asked.a(),
              asked.b(),
              asked.period(),
              ProfileRequest.Basis.FLOWS,
              asked.cagrYears(),
              asked.targetYear(),
              asked.iranianPeriod(),
              asked.iranianYears());
    }
    Profile profile = profiles.profile(asked);
    List<Map.Entry<String, String>> names =
        countries.all().stream()
            .map(c -> Map.entry(c.iso3(), c.name(m.lang())))
            .sorted(Comparator.comparing(Map.Entry::getValue))
            .toList();
    StringOutput out = new StringOutput();
    templates.render(
        "dashboard.jte",
        new DashboardPage(
            m,
            profile,
            names,
            ctx.queryString(),
            ctx.attribute("user"),
            ctx.attribute("csrf"),
            figures == null ? List.of() : figures.freight(pair[0], pair[1])),
        out);
    ctx.html(out.toString());
  }

  private static String lang(Context ctx) {
    String lang = ctx.queryParam("lang");
    return lang == null ? "ru" : lang;
  }
}
