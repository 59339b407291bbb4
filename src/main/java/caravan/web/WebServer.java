package caravan.web;

import caravan.access.AccessService;
import caravan.figures.FiguresService;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryService;
import caravan.store.Backup;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.trade.ProfileService;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web door: the pair dashboard and the JSON API under {@code /api/v1}. Every asset (ECharts,
 * styles, scripts) is served by Caravan itself, so the pages work offline.
 */
public final class WebServer {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final ApiRoutes api;
  private final PageRoutes pages;
  private final AccessRoutes access;
  private final RegistryApi registryApi;
  private final RegistryPages registry;
  private ResponseCache cache;
  private RequestOrigin origin = new RequestOrigin(false);
  private final AccessService accessService;
  private AdminRoutes admin;
  private final TemplateEngine templates;
  private final Countries countries;
  private CorridorApi corridor;
  private CorridorRoutes corridorPages;
  private ClaimRoutes claims;
  private BriefingRoutes briefing;
  private HeritagePublishRoutes publishing;
  private OpportunitiesApi opportunities;
  private OpportunitiesRoutes opportunityPages;

  /** A read-only server: without a user store every change is refused (401). */
  public WebServer(ProfileService profiles, FiguresService figures, Countries countries) {
    this(profiles, figures, countries, null, null, null);
  }

  /** With {@code access} and no registry pages. */
  public WebServer(
      ProfileService profiles, FiguresService figures, Countries countries, AccessService access) {
    this(profiles, figures, countries, access, null, null);
  }

  /**
   * With {@code access}, editors sign in at /signin and may change data (see the package-private
   * Guard). With {@code registry}, the registry pages under /registry (null: none).
   */
  public WebServer(
      ProfileService profiles,
      FiguresService figures,
      Countries countries,
      AccessService access,
      RegistryService registry,
      RegistryExports exports) {
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    this.templates = templates;
    this.countries = countries;
    this.registryApi = registry == null ? null : new RegistryApi(registry, exports);
    this.api = new ApiRoutes(profiles, figures, countries);
    this.pages = new PageRoutes(profiles, figures, countries, templates);
    this.access = new AccessRoutes(access, templates);
    this.accessService = access;
    this.registry =
        registry == null
            ? null
            : new RegistryPages(registry, exports, templates, Clock.systemUTC());
  }

  /**
   * Keeps anonymous answers once per data version ({@code version}, read per request: it must
   * change with every write any process makes to what pages show). Without it nothing is kept.
   */
  public WebServer cachedBy(java.util.function.Supplier<String> version) {
    this.cache = new ResponseCache(version);
    return this;
  }

  /** Believe X-Forwarded-Proto and X-Forwarded-For (a reverse proxy stands in front). */
  public WebServer trustProxy(boolean trust) {
    origin = new RequestOrigin(trust);
    return this;
  }

  /**
   * Adds {@code POST /api/v1/admin/backup}, for the local operator's {@code token} or an admin (see
   * AdminRoutes).
   */
  public WebServer withBackup(
      String token, java.util.function.Function<java.nio.file.Path, Backup.Report> backup) {
    this.admin = new AdminRoutes(token, backup, accessService);
    return this;
  }

  /**
   * Adds the corridor router's {@code GET /api/v1/routes} (see CorridorApi), and the corridor page,
   * its network JSON and its map (CorridorRoutes, issue 12 §4).
   */
  public WebServer withCorridor(caravan.corridor.CorridorService service) {
    this.corridor = new CorridorApi(service);
    this.corridorPages = new CorridorRoutes(service, countries, templates);
    return this;
  }

  /** Adds the claim check: its API, {@code POST /api/v1/pairs/{A}-{B}/claims}, and its page. */
  public WebServer withClaims(caravan.claims.ClaimCheck check) {
    this.claims = new ClaimRoutes(check, countries, templates);
    return this;
  }

  /** Adds the briefing note's API and page (BriefingRoutes, issue 14 §1). */
  public WebServer withBriefing(caravan.briefing.Briefing note) {
    this.briefing = new BriefingRoutes(note, templates);
    return this;
  }

  /** Adds the heritage catalogue's IIIF manifests, Dublin Core and OAI-PMH (issue 15 §3). */
  public WebServer withPublishing(caravan.heritage.PublishedItems catalogue) {
    this.publishing = new HeritagePublishRoutes(catalogue, templates);
    return this;
  }

  /**
   * Adds the opportunities of a pair: {@code GET /api/v1/pairs/{A}-{B}/opportunities} and its
   * product space (OpportunitiesApi), and the page {@code /pairs/{A}-{B}/opportunities} (issue 13).
   */
  public WebServer withOpportunities(caravan.opportunities.OpportunitiesService service) {
    this.opportunities = new OpportunitiesApi(service, countries);
    this.opportunityPages = new OpportunitiesRoutes(service, countries, templates);
    return this;
  }

  /** Starts serving on {@code port} (0 picks a free port); the caller stops the returned server. */
  public Javalin start(String host, int port) {
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              SecurityHeaders.register(cfg, origin);
              RequestLimits.register(cfg);
              // java.time as ISO 8601 text ("2022-03-21"), as DESIGN asks: Jackson's default
              // writes a LocalDate as an array of numbers ([2022,3,21]).
              cfg.jsonMapper(
                  new JavalinJackson()
                      .updateMapper(
                          m ->
                              m.registerModule(new JavaTimeModule())
                                  .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
              cfg.staticFiles.enableWebjars();
              Assets.register(cfg.staticFiles);
              access.register(cfg.routes); // first: its guard runs before every route
              if (cache != null) cache.register(cfg.routes); // after the guard: who is asking
              api.register(cfg.routes);
              if (publishing != null) publishing.register(cfg.routes); // before /heritage/{id}
              if (registryApi != null) registryApi.register(cfg.routes);
              if (corridor != null) corridor.register(cfg.routes);
              pages.register(cfg.routes);
              if (registry != null) registry.register(cfg.routes);
              if (admin != null) admin.register(cfg.routes);
              if (corridorPages != null) corridorPages.register(cfg.routes);
              if (claims != null) claims.register(cfg.routes);
              if (briefing != null) briefing.register(cfg.routes);
              if (opportunities != null) opportunities.register(cfg.routes);
              if (opportunityPages != null) opportunityPages.register(cfg.routes);
              cfg.routes.exception(CaravanException.class, Problems::handle);
              cfg.routes.error(404, "*", Problems::notFound);
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("Unexpected failure on {}", ctx.path(), e);
                    Problems.unexpected(ctx);
                  });
            });
    return app.start(host, port);
  }
}
