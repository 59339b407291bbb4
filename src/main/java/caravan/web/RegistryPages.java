package caravan.web;

import caravan.access.User;
import caravan.registry.Agreement;
import caravan.registry.CommissionSession;
import caravan.registry.Decision;
import caravan.registry.Event;
import caravan.registry.Indicator;
import caravan.registry.Organisation;
import caravan.registry.Pair;
import caravan.registry.PartnerRequest;
import caravan.registry.Project;
import caravan.registry.ProjectPlaces;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryRecord;
import caravan.registry.RegistryService;
import caravan.registry.StaleVersionException;
import caravan.registry.ValidationException;
import caravan.text.Messages;
import caravan.text.NotFoundException;
import caravan.web.RegistryForm.SourceRow;
import caravan.web.RegistryPage.Cell;
import caravan.web.RegistryPage.Field;
import caravan.web.RegistryPage.Moment;
import caravan.web.RegistryPage.Option;
import caravan.web.RegistryPage.Row;
import caravan.web.RegistryPageEntities.Entity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The registry pages: an overview with counts and a search box, a list and a detail page per
 * entity, the overdue commission decisions, the agreements timeline, the projects map, and the
 * forms for commission decisions, events and partner requests. Reading is public; the forms and
 * deletes need an editor (the Guard checks role and CSRF token on every POST).
 */
final class RegistryPages {
  // the shipped gazetteers, read once: they change only with a new release
  private static final ProjectPlaces PLACES = ProjectPlaces.shipped();

  static final String MAP_DATA = "/data/maps/countries-110m.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kinds people edit through forms, each form made from the kind's field descriptions. */
  private static final Map<String, RegistryForm.Spec<?>> FORMS =
      Map.of(
          "decisions", new DescribedForm<>(Decision.class),
          "events", new DescribedForm<>(Event.class),
          "requests", new DescribedForm<>(PartnerRequest.class),
          "agreements", new DescribedForm<>(Agreement.class),
          "projects", new DescribedForm<>(Project.class),
          "organisations", new DescribedForm<>(Organisation.class),
          "sessions", new DescribedForm<>(CommissionSession.class),
          "indicators", new DescribedForm<>(Indicator.class),
          "heritage", new DescribedForm<>(caravan.heritage.HeritageItem.class));

  private final RegistryService registry;
  private final TemplateEngine templates;
  private final Clock clock;
  private final RegistryExports exports;
  private volatile byte[] mapData;

  RegistryPages(
      RegistryService registry, RegistryExports exports, TemplateEngine templates, Clock clock) {
    this.registry = registry;
    this.exports = exports;
    this.templates = templates;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get(MAP_DATA, this::mapData);
    routes.get("/registry", this::overview);
    routes.get("/registry/decisions/overdue", this::overdue);
    routes.get("/registry/agreements/timeline", this::timeline);
    routes.get("/registry/projects/map", this::map);
    routes.get("/registry/requests/{id}/matches", this::matches);
    for (String slug : FORMS.keySet()) {
      routes.get("/registry/" + slug + "/new", ctx -> form(ctx, slug, null));
      routes.post("/registry/" + slug + "/new", ctx -> save(ctx, slug, null));
      routes.get("/registry/" + slug + "/{id}/edit", ctx -> form(ctx, slug, ctx.pathParam("id")));
      routes.post("/registry/" + slug + "/{id}/edit", ctx -> save(ctx, slug, ctx.pathParam("id")));
    }
    routes.get("/registry/{entity}", this::list);
    routes.get("/registry/{entity}/{id}", this::detail);
    routes.post("/registry/{entity}/{id}/delete", this::delete);
  }

  private void overview(Context ctx) {
    RegistryPage page = page(ctx, "registry.title");
    String q = ctx.queryParam("q");
    Pair pair = pair(ctx);
    List<Row> rows = new ArrayList<>();
    for (Entity<?> e : RegistryPageEntities.ALL.values()) {
      int n = registry.list(e.type(), new RegistryFilter(q, null, pair)).size();
      String href = "/registry/" + e.slug() + (blank(q) ? "" : "?q=" + RegistryPage.encode(q));
      rows.add(
          new Row(
              e.slug(),
              page.href(href),
              List.of(Cell.of(page.m().get("registry.entity." + e.slug())), Cell.of("" + n)),
              false));
    }
    Map<String, Object> p = params(page);
    p.put("rows", rows);
    p.put("q", q == null ? "" : q);
    p.put("overdue", registry.overdueDecisions(pair).size());
    render(ctx, "registry/overview.jte", p);
  }

  private void list(Context ctx) {
    Entity<?> e = entity(ctx.pathParam("entity"));
    RegistryPage page = page(ctx, "registry.entity." + e.slug());
    String q = ctx.queryParam("q");
    String kind = ctx.queryParam("kind");
    String status = ctx.queryParam("status");
    String country = ctx.queryParam("country");
    Pair pair = pair(ctx);
    List<? extends RegistryRecord> every = registry.list(e.type(), RegistryFilter.ALL);
    List<? extends RegistryRecord> all = registry.list(e.type(), RegistryFilter.pair(pair));
    List<? extends RegistryRecord> shown =
        registry.list(e.type(), new RegistryFilter(q, blank(kind) ? null : kind, pair)).stream()
            .filter(
                r ->
                    blank(status)
                        || !(r instanceof Agreement a)
                        || a.status().name().equals(status))
            .filter(r -> blank(country) || e.countriesOf(r).contains(country))
            .toList();
    List<Row> rows = new ArrayList<>();
    for (RegistryRecord r : shown) {
      List<Cell> cells = new ArrayList<>();
      for (caravan.registry.RecordField c : e.columns()) {
        Cell cell = RegistryPageEntities.cell(c, r, page);
        cells.add(cell.href() == null ? cell : new Cell(cell.text(), page.href(cell.href())));
      }
      rows.add(
          new Row(
              r.id(), page.href("/registry/" + e.slug() + "/" + r.id()), cells, r.thinSource()));
    }
    Map<String, Object> p = params(page);
    p.put("slug", e.slug());
    p.put("headers", e.columns().stream().map(c -> page.label(c.name())).toList());
    p.put("rows", rows);
    p.put("total", all.size());
    p.put("q", q == null ? "" : q);
    p.put("kindLabel", e.hasKind() ? page.label(e.kindField()) : null);
    p.put("kinds", e.hasKind() ? options(all.stream().map(e::kindOf).toList(), kind, page) : null);
    p.put(
        "statuses",
        e.type() == Agreement.class
            ? options(all.stream().map(r -> ((Agreement) r).status().name()).toList(), status, page)
            : null);
    p.put(
        "countries",
        e.hasCountry()
            ? countryOptions(
                all.stream().flatMap(r -> e.countriesOf(r).stream()).toList(), country, page)
            : null);
    p.put(
        "pairs",
        options(
            every.stream().map(r -> r.pair().toString()).toList(),
            pair == null ? null : pair.toString(),
            page));
    p.put("canCreate", FORMS.containsKey(e.slug()) && page.canEdit());
    render(ctx, "registry/list.jte", p);
  }

  private static List<Option> options(List<String> values, String current, RegistryPage page) {
    List<Option> out = new ArrayList<>();
    out.add(new Option("", page.m().get("registry.filter.any"), blank(current)));
    values.stream()
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .forEach(
            v -> out.add(new Option(v, page.word("registry.enum." + v, v), v.equals(current))));
    return out;
  }

  /** The countries to filter by, named in the page's language and listed in its order. */
  private static List<Option> countryOptions(
      List<String> codes, String current, RegistryPage page) {
    List<Option> out = new ArrayList<>();
    out.add(new Option("", page.m().get("registry.filter.any"), blank(current)));
    codes.stream()
        .filter(Objects::nonNull)
        .distinct()
        .map(c -> new Option(c, Units.country(c, page.m().lang()), c.equals(current)))
        .sorted(java.util.Comparator.comparing(Option::label))
        .forEach(out::add);
    return out;
  }

  private void detail(Context ctx) {
    detail(ctx, entity(ctx.pathParam("entity")), ctx.pathParam("id"), null);
  }

  private void detail(Context ctx, Entity<?> e, String id, String error) {
    RegistryRecord r = registry.get(e.type(), id);
    RegistryPage page = page(ctx, "registry.entity." + e.slug(), r.id());
    List<Field> fields = new ArrayList<>();
    for (Field f : RegistryPageDetail.fields(r, page, LocalDate.now(clock))) {
      fields.add(
          new Field(
              f.name(),
              f.label(),
              f.values().stream()
                  .map(
                      c ->
                          c.href() == null || c.href().startsWith("http")
                              ? c
                              : new Cell(c.text(), page.href(c.href())))
                  .toList()));
    }
    Map<String, Object> p = params(page);
    p.put("slug", e.slug());
    p.put("id", r.id());
    p.put("version", r.version());
    p.put("thin", r.thinSource());
    p.put("fields", fields);
    p.put("sources", RegistryPageDetail.sources(r));
    p.put("changes", RegistryPageDetail.changes(registry.audit(e.type(), r.id()), page.formats()));
    p.put("editable", FORMS.containsKey(e.slug()));
    p.put("error", error);
    render(ctx, "registry/detail.jte", p);
  }

  private void delete(Context ctx) {
    Entity<?> e = entity(ctx.pathParam("entity"));
    String id = ctx.pathParam("id");
    Integer version = RegistryForm.number("version", ctx.formParam("version"), new ArrayList<>());
    try {
      registry.delete(e.type(), id, version == null ? 0 : version, user(ctx).name());
    } catch (StaleVersionException stale) {
      ctx.status(HttpStatus.CONFLICT);
      detail(ctx, e, id, staleMessage(page(ctx, "registry.title"), stale));
      return;
    }
    ctx.redirect(withLang(ctx, "/registry/" + e.slug()), HttpStatus.SEE_OTHER);
  }

  private void form(Context ctx, String slug, String id) {
    RegistryPage page = page(ctx, "registry.entity." + slug);
    if (!page.canEdit()) {
      ctx.redirect(
          "/signin?lang="
              + page.m().lang()
              + "&next="
              + RegistryPage.encode(
                  ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())));
      return;
    }
    RegistryForm.Spec<?> spec = FORMS.get(slug);
    Map<String, String> values = new HashMap<>();
    List<SourceRow> sources = List.of();
    int version = 0;
    if (id != null) {
      RegistryRecord r = registry.get(spec.type(), id);
      values = valuesOf(spec, r);
      sources = RegistryForm.sourceRows(r.sources());
      version = r.version();
    } else {
      Pair pair = pair(ctx);
      values.put("pair", (pair == null ? registry.homePair() : pair).toString());
      if (slug.equals("decisions")) {
        values.put("sessionNumber", Objects.requireNonNullElse(ctx.queryParam("session"), ""));
        values.put("status", Decision.Status.PLANNED.name());
      }
    }
    renderForm(ctx, page, slug, id, spec, values, sources, version, List.of(), null);
  }

  private void save(Context ctx, String slug, String id) {
    RegistryPage page = page(ctx, "registry.entity." + slug);
    RegistryForm.Spec<?> spec = FORMS.get(slug);
    Map<String, List<String>> form = ctx.formParamMap();
    Map<String, String> values = new HashMap<>();
    form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
    List<SourceRow> rows = RegistryForm.sourceRows(form);
    Integer version = RegistryForm.number("version", values.get("version"), new ArrayList<>());
    List<String> problems = new FormProblems(page.m().lang());
    RegistryRecord record = spec.read(values, RegistryForm.readSources(rows, problems), problems);
    try {
      record = registry.inPair(record, registry.pair(values.get("pair")));
    } catch (ValidationException e) {
      problems.addAll(e.problems(page.m().lang()));
    }
    String stale = null;
    if (problems.isEmpty()) {
      try {
        String user = user(ctx).name();
        RegistryRecord saved =
            id == null
                ? registry.create(record, user)
                : registry.update(id, version == null ? 0 : version, record, user);
        ctx.redirect(withLang(ctx, "/registry/" + slug + "/" + saved.id()), HttpStatus.SEE_OTHER);
        return;
      } catch (ValidationException e) {
        problems.addAll(e.problems(page.m().lang()));
      } catch (StaleVersionException e) {
        stale = staleMessage(page, e);
      }
    } else {
      // Show, beside what could not be read, what else is wrong with the rest.
      Map<String, List<String>> unread = RegistryForm.byField(problems);
      record.problemTexts().stream()
          .map(t -> t.in(page.m().lang()))
          .filter(
              x -> !unread.containsKey(RegistryForm.byField(List.of(x)).keySet().iterator().next()))
          .forEach(problems::add);
    }
    ctx.status(stale != null ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
    renderForm(
        ctx, page, slug, id, spec, values, rows, version == null ? 0 : version, problems, stale);
  }

  @SuppressWarnings("unchecked")
  private static <T extends RegistryRecord> Map<String, String> valuesOf(
      RegistryForm.Spec<T> spec, RegistryRecord r) {
    Map<String, String> values = new HashMap<>(spec.values((T) r));
    values.put("pair", r.pair().toString());
    return values;
  }

  private void renderForm(
      Context ctx,
      RegistryPage page,
      String slug,
      String id,
      RegistryForm.Spec<?> spec,
      Map<String, String> values,
      List<SourceRow> sources,
      int version,
      List<String> problems,
      String stale) {
    Map<String, List<String>> byField = RegistryForm.byField(problems);
    // every record belongs to a pair: its input comes first on every form
    List<RegistryForm.Input> inputs = new ArrayList<>();
    inputs.add(FormFields.input(page, "pair", "text", values, byField));
    inputs.addAll(spec.inputs(page, values, byField));
    List<String> other = new ArrayList<>();
    byField.forEach(
        (field, reasons) -> {
          boolean shown =
              field.startsWith("sources[") || inputs.stream().anyMatch(i -> i.name().equals(field));
          if (!shown) reasons.forEach(r -> other.add(field.isEmpty() ? r : field + ": " + r));
        });
    String action =
        id == null ? "/registry/" + slug + "/new" : "/registry/" + slug + "/" + id + "/edit";
    String cancel = id == null ? "/registry/" + slug : "/registry/" + slug + "/" + id;
    String title =
        page.m()
            .get(
                id == null ? "registry.form.new" : "registry.form.edit",
                page.m().get("registry.entity." + slug),
                id == null ? "" : id);
    RegistryForm form =
        new RegistryForm(
            title,
            action,
            page.href(cancel),
            version,
            inputs,
            RegistryForm.withProblems(sources, byField),
            other,
            stale);
    Map<String, Object> p = params(page);
    p.put("form", form);
    render(ctx, "registry/form.jte", p);
  }

  private static String staleMessage(RegistryPage page, StaleVersionException e) {
    Object by = e.details().get("changedBy");
    Object at = e.details().get("changedAt");
    if (by == null) return page.m().get("registry.stale.busy");
    String when = String.valueOf(at).replace('T', ' ');
    try {
      when =
          page.formats()
              .dateTime(
                  java.time.LocalDateTime.parse(String.valueOf(at))
                      .toInstant(java.time.ZoneOffset.UTC));
    } catch (java.time.format.DateTimeParseException ignored) {
      // kept as the store wrote it
    }
    return page.m().get("registry.stale", by, when);
  }

  private void overdue(Context ctx) {
    RegistryPage page = page(ctx, "registry.overdue.title");
    LocalDate today = LocalDate.now(clock);
    List<Row> rows = new ArrayList<>();
    List<Decision> overdue = new ArrayList<>(registry.overdueDecisions(pair(ctx)));
    // the longest overdue first: the earliest deadline
    overdue.sort(Comparator.comparing((Decision d) -> d.deadline().end()));
    for (Decision d : overdue) {
      long days = ChronoUnit.DAYS.between(d.deadline().end(), today);
      rows.add(
          new Row(
              d.id(),
              page.href("/registry/decisions/" + d.id()),
              List.of(
                  new Cell(
                      String.valueOf(d.sessionNumber()),
                      page.href(
                          "/registry/sessions/"
                              + CommissionSession.idOf(d.pair(), d.sessionNumber()))),
                  Cell.of(d.text()),
                  Cell.of(
                      d.pair().sides().stream()
                          .map(side -> Objects.toString(d.owner(side), "—"))
                          .collect(java.util.stream.Collectors.joining(" / "))),
                  Cell.of(d.deadline().toString()),
                  Cell.of(page.formats().integer(days)),
                  Cell.of(page.word("registry.enum." + d.status(), d.status().name()))),
              d.thinSource()));
    }
    Map<String, Object> p = params(page);
    p.put("rows", rows);
    p.put("today", page.formats().date(today));
    render(ctx, "registry/overdue.jte", p);
  }

  /** The organisations and requests of the other side that fit a partner request, with reasons. */
  private void matches(Context ctx) {
    String id = ctx.pathParam("id");
    RegistryPage page = page(ctx, "registry.matches.title");
    List<Row> rows = new ArrayList<>();
    for (RegistryExports.Match match : exports.match(pair(ctx), id)) {
      String slug = match.kind().equals("organisation") ? "organisations" : "requests";
      rows.add(
          new Row(
              match.id(),
              page.href("/registry/" + slug + "/" + match.id()),
              List.of(
                  Cell.of(match.name()),
                  Cell.of(page.formats().fixed(match.score(), 2)),
                  Cell.of(String.join("; ", match.reasons(page.m().lang())))),
              false));
    }
    Map<String, Object> p = params(page);
    p.put("rows", rows);
    p.put("request", id);
    render(ctx, "registry/matches.jte", p);
  }

  private void timeline(Context ctx) {
    RegistryPage page = page(ctx, "registry.timeline.title");
    String lang = page.m().lang();
    List<Moment> moments = new ArrayList<>();
    for (Agreement a : registry.agreementsTimeline(pair(ctx))) {
      List<String> actions =
          a.actions().stream()
              .map(
                  x ->
                      (x.date() == null ? "?" : x.date().toString())
                          + " · "
                          + page.word("registry.enum." + x.party(), x.party())
                          + " · "
                          + page.word("registry.enum." + x.type(), x.type().name())
                          + (x.note() == null ? "" : " — " + x.note()))
              .toList();
      moments.add(
          new Moment(
              a.firstDate().map(Object::toString).orElse("—"),
              a.title(lang),
              page.href("/registry/agreements/" + a.id()),
              page.word("registry.enum." + a.status().name(), a.status().label()),
              actions));
    }
    Map<String, Object> p = params(page);
    p.put("moments", moments);
    render(ctx, "registry/timeline.jte", p);
  }

  private void map(Context ctx) throws JsonProcessingException {
    RegistryPage page = page(ctx, "registry.map.title");
    List<Project> projects = registry.list(Project.class, RegistryFilter.pair(pair(ctx)));
    List<Map<String, Object>> points = new ArrayList<>();
    List<Cell> placed = new ArrayList<>();
    Map<String, List<Cell>> byRegion = new TreeMap<>();
    ProjectPlaces places = PLACES;
    for (Project pr : projects) {
      String href = page.href("/registry/projects/" + pr.id());
      var place = places.place(pr);
      if (place.isPresent()) {
        // the tooltip and the list say how precise the point is: a centroid is not the site
        String precision =
            switch (place.get().precision()) {
              case RECORDED -> page.m().get("registry.map.recorded");
              case SETTLEMENT -> page.m().get("registry.map.settlement", place.get().name());
              case REGION -> page.m().get("registry.map.region", place.get().name());
            };
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", pr.title() + " — " + precision);
        point.put("value", List.of(place.get().lon(), place.get().lat()));
        point.put("href", href);
        points.add(point);
        placed.add(new Cell(pr.title() + " — " + precision, href));
      } else {
        byRegion
            .computeIfAbsent(Objects.requireNonNullElse(pr.region(), "—"), k -> new ArrayList<>())
            .add(new Cell(pr.title(), href));
      }
    }
    Map<String, Object> p = params(page);
    p.put("points", JSON.writeValueAsString(points));
    p.put("pointCount", points.size());
    p.put("placed", placed);
    p.put("unplaced", projects.size() - points.size());
    p.put(
        "regions",
        byRegion.entrySet().stream()
            .map(en -> new Field(en.getKey(), en.getKey(), en.getValue()))
            .collect(Collectors.toList()));
    render(ctx, "registry/map.jte", p);
  }

  /** The world-atlas TopoJSON shipped in the jar, for the projects map. */
  private void mapData(Context ctx) {
    byte[] data = mapData;
    if (data == null) {
      try (InputStream in = RegistryPages.class.getResourceAsStream(MAP_DATA)) {
        if (in == null)
          throw new NotFoundException(
              caravan.text.Text.of("lang.err.noMapData", MAP_DATA), Map.of());
        data = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      mapData = data;
    }
    ctx.contentType("application/json").header("Cache-Control", "max-age=86400").result(data);
  }

  /** The {@code ?pair=KAZ-TUR} of a page (ISO3 or M49 codes); none: every pair. */
  private Pair pair(Context ctx) {
    return registry.pair(ctx.queryParam("pair"));
  }

  private static Entity<?> entity(String slug) {
    return RegistryPageEntities.bySlug(slug)
        .orElseThrow(
            () ->
                new NotFoundException(
                    caravan.text.Text.of(
                        "lang.err.noRegistryList",
                        slug,
                        String.valueOf(RegistryPageEntities.ALL.keySet())),
                    Map.of("field", "entity", "value", slug)));
  }

  private static User user(Context ctx) {
    return Objects.requireNonNull(
        ctx.attribute("user"), "the guard lets only signed-in users change");
  }

  private RegistryPage page(Context ctx, String titleKey, Object... args) {
    Messages m = Messages.of(lang(ctx));
    String title = m.get(titleKey) + (args.length == 0 ? "" : " " + args[0]);
    String query =
        ctx.queryParamMap().entrySet().stream()
            .filter(e -> !e.getKey().equals("lang"))
            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + RegistryPage.encode(v)))
            .collect(Collectors.joining("&"));
    String path = ctx.path() + (query.isEmpty() ? "" : "?" + query);
    return new RegistryPage(m, ctx.attribute("user"), ctx.attribute("csrf"), title, path);
  }

  private static String lang(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null && Guard.isForm(ctx)) lang = ctx.formParam("lang");
    return lang == null ? "ru" : lang;
  }

  private static String withLang(Context ctx, String path) {
    return path + "?lang=" + Messages.of(lang(ctx)).lang();
  }

  private static Map<String, Object> params(RegistryPage page) {
    Map<String, Object> p = new HashMap<>();
    p.put("page", page);
    return p;
  }

  private void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    ctx.header("Cache-Control", "no-store").html(out.toString());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
