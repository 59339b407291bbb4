package caravan.web;

import caravan.access.User;
import caravan.heritage.HeritageItem;
import caravan.registry.Agreement;
import caravan.registry.CommissionSession;
import caravan.registry.Decision;
import caravan.registry.Event;
import caravan.registry.Fields;
import caravan.registry.Indicator;
import caravan.registry.Organisation;
import caravan.registry.Pair;
import caravan.registry.PartnerRequest;
import caravan.registry.Project;
import caravan.registry.RecordField;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryRecord;
import caravan.registry.RegistryService;
import caravan.registry.ValidationException;
import caravan.text.CaravanException;
import caravan.text.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry over JSON: list (with full-text {@code q}), read, create, update at a version, soft
 * delete, audit trail; reading is public, writing needs an editor (the access guard).
 */
final class RegistryApi {
  static final Map<String, Class<? extends RegistryRecord>> ENTITIES = new LinkedHashMap<>();

  static {
    ENTITIES.put("agreements", Agreement.class);
    ENTITIES.put("sessions", CommissionSession.class);
    ENTITIES.put("decisions", Decision.class);
    ENTITIES.put("indicators", Indicator.class);
    ENTITIES.put("projects", Project.class);
    ENTITIES.put("organisations", Organisation.class);
    ENTITIES.put("requests", PartnerRequest.class);
    ENTITIES.put("events", Event.class);
    ENTITIES.put("heritage", HeritageItem.class);
  }

  /** Dates as ISO 8601 text, like the server's own mapper (see WebServer). */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final RegistryService registry;
  private final RegistryExports exports;

  RegistryApi(RegistryService registry, RegistryExports exports) {
    this.registry = registry;
    this.exports = exports;
  }

  void register(RoutesConfig routes) {
    String base = "/api/v1/registry";
    routes.get(base + "/search", this::search);
    routes.get(
        base + "/export.json",
        ctx ->
            stream(
                ctx, "application/json", "registry.json", o -> exports.exportJson(pair(ctx), o)));
    routes.get(base + "/projects.iati.xml", this::iati);
    routes.get(
        base + "/calendar.ics",
        ctx -> {
          java.io.StringWriter w = new java.io.StringWriter();
          exports.exportICalendar(pair(ctx), w);
          ctx.contentType("text/calendar; charset=utf-8")
              .header("Content-Disposition", "attachment; filename=\"caravan.ics\"")
              .result(w.toString());
        });
    routes.get(
        base + "/requests/{id}/matches",
        ctx -> ctx.json(matches(exports.match(pair(ctx), ctx.pathParam("id")), ctx)));
    routes.get(
        base + "/decisions/overdue", ctx -> ctx.json(views(registry.overdueDecisions(pair(ctx)))));
    routes.get(
        base + "/agreements/timeline",
        ctx -> ctx.json(views(registry.agreementsTimeline(pair(ctx)))));
    routes.get(base + "/{entity}", this::list);
    routes.post(base + "/{entity}", this::create);
    routes.get(
        base + "/{entity}/{id}",
        ctx -> ctx.json(view(registry.get(type(ctx), ctx.pathParam("id")))));
    routes.get(
        base + "/{entity}/{id}/audit",
        ctx -> ctx.json(registry.audit(type(ctx), ctx.pathParam("id"))));
    routes.put(base + "/{entity}/{id}", this::update);
    routes.delete(base + "/{entity}/{id}", this::delete);
  }

  /**
   * IATI needs the publisher's identifier and name as query parameters; projects left out for want
   * of any date are named in the header {@code Caravan-Left-Out} and in a comment atop the XML.
   */
  private void iati(Context ctx) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    caravan.registry.IatiExport report =
        exports.exportIati(
            pair(ctx), out, ctx.queryParam("reportingOrgRef"), ctx.queryParam("reportingOrgName"));
    if (!report.leftOut().isEmpty()) {
      ctx.header(
          "Caravan-Left-Out",
          String.join("; ", report.leftOut()).replaceAll("[^\\x20-\\x7E]", "?"));
    }
    ctx.contentType("application/xml")
        .header("Content-Disposition", "attachment; filename=\"projects-iati.xml\"")
        .result(out.toByteArray());
  }

  private void search(Context ctx) {
    ctx.json(registry.search(ctx.queryParam("q"), 50, pair(ctx)));
  }

  /** The {@code ?pair=KAZ-TUR} of a request (ISO3 or M49 codes); none: every pair. */
  private Pair pair(Context ctx) {
    return registry.pair(ctx.queryParam("pair"));
  }

  private static void stream(
      Context ctx,
      String type,
      String file,
      java.util.function.Consumer<java.io.OutputStream> write) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    write.accept(out);
    ctx.contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .result(out.toByteArray());
  }

  private void list(Context ctx) {
    if (wantsCsv(ctx)) {
      java.io.StringWriter out = new java.io.StringWriter();
      exports.exportCsv(type(ctx), pair(ctx), out);
      ctx.contentType("text/csv; charset=utf-8").result(out.toString());
      return;
    }
    RegistryFilter filter =
        new RegistryFilter(ctx.queryParam("q"), ctx.queryParam("kind"), pair(ctx));
    ctx.json(views(registry.list(type(ctx), filter)));
  }

  /** A record the body gives no pair belongs to {@code ?pair=}, else to the home pair. */
  private void create(Context ctx) {
    RegistryRecord record = inPair(ctx, body(ctx));
    RegistryRecord created = checked(() -> registry.create(record, user(ctx)));
    ctx.status(201)
        .header("Location", "/api/v1/registry/" + ctx.pathParam("entity") + "/" + created.id())
        .json(view(created));
  }

  private void update(Context ctx) {
    RegistryRecord record = inPair(ctx, body(ctx));
    int version = version(ctx, record.version());
    ctx.json(view(checked(() -> registry.update(ctx.pathParam("id"), version, record, user(ctx)))));
  }

  private void delete(Context ctx) {
    registry.delete(type(ctx), ctx.pathParam("id"), version(ctx, 0), user(ctx));
    ctx.status(204);
  }

  private RegistryRecord inPair(Context ctx, RegistryRecord r) {
    return r.pair() == null ? registry.inPair(r, pair(ctx)) : r;
  }

  /** The version the client read: If-Match, else ?version=, else the body's. */
  private static int version(Context ctx, int fromBody) {
    String v = ctx.header("If-Match");
    if (v == null) v = ctx.queryParam("version");
    if (v == null) {
      if (fromBody > 0) return fromBody;
      throw new CaravanException(
          caravan.text.Text.of("lang.err.version"), Map.of("field", "version"));
    }
    try {
      return Integer.parseInt(v.replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw new CaravanException(
          caravan.text.Text.of("lang.err.wholeNumber", "version", v),
          Map.of("field", "version", "value", v));
    }
  }

  /**
   * The record the body holds. A body that is no JSON object ({@code null}, a number, a list), a
   * value of the wrong kind or out of range, an unknown code: a 400 naming the field, never a 500
   * (issue 11 §3).
   */
  private static RegistryRecord body(Context ctx) {
    String entity = ctx.pathParam("entity");
    Class<? extends RegistryRecord> type = type(ctx);
    com.fasterxml.jackson.databind.JsonNode tree;
    try {
      tree = JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw refused(entity, "body", JsonProblems.describe(e));
    }
    if (tree == null || !tree.isObject()) {
      Object found =
          tree == null || tree.isMissingNode()
              ? caravan.text.Text.of("lang.err.nothing")
              : tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
      throw refused(entity, "body", caravan.text.Text.of("lang.err.notOneObject", found, "{ … }"));
    }
    try {
      return JSON.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      String field = caravan.registry.JsonReasons.field(e);
      throw refused(entity, field == null ? "body" : field, JsonProblems.describe(e));
    } catch (IllegalArgumentException e) {
      // a record's own constructor refusing a value it cannot hold
      throw refused(entity, "body", caravan.text.Text.of("lang.err.valueUnread"));
    }
  }

  private static CaravanException refused(String entity, String field, caravan.text.Text why) {
    return new CaravanException(
        caravan.text.Text.of("lang.err.badRecord", entity, why), Map.of("field", field));
  }

  /** The matches as the API shows them, each reason in the reader's language. */
  private static List<Map<String, Object>> matches(
      List<caravan.registry.RegistryExports.Match> found, Context ctx) {
    String lang = Problems.language(ctx);
    return found.stream()
        .map(
            m -> {
              Map<String, Object> o = new java.util.LinkedHashMap<>();
              o.put("kind", m.kind());
              o.put("id", m.id());
              o.put("name", m.name());
              o.put("score", m.score());
              o.put("reasons", m.reasons(lang));
              return o;
            })
        .toList();
  }

  /**
   * Runs a write; a record the registry refuses is a 400 whose {@code field} names the first field
   * at fault, beside the list of every problem.
   */
  private static <R> R checked(java.util.function.Supplier<R> write) {
    try {
      return write.get();
    } catch (ValidationException e) {
      String first = e.problems().isEmpty() ? "body" : e.problems().get(0);
      int colon = first.indexOf(": ");
      // worded by Problems in the reader's language (Accept-Language)
      throw new CaravanException(
          e.text(),
          Map.of(
              "field",
              colon > 0 ? first.substring(0, colon) : "body",
              "problems",
              e.problemTexts()),
          e);
    }
  }

  private static boolean wantsCsv(Context ctx) {
    String accept = ctx.header("Accept");
    return "csv".equals(ctx.queryParam("format"))
        || (accept != null && accept.startsWith("text/csv"));
  }

  private static String user(Context ctx) {
    User user = ctx.attribute("user");
    return user == null ? null : user.name();
  }

  static Class<? extends RegistryRecord> type(Context ctx) {
    Class<? extends RegistryRecord> type = ENTITIES.get(ctx.pathParam("entity"));
    if (type == null) {
      throw new NotFoundException(
          caravan.text.Text.of(
              "lang.err.noRegistryEntity",
              ctx.pathParam("entity"),
              String.join(", ", ENTITIES.keySet())),
          Map.of("field", "entity", "value", ctx.pathParam("entity")));
    }
    return type;
  }

  /**
   * A record as JSON with what is derived from it: the derived fields of its description (an
   * agreement's status, a project's stage, a decision's overdue today), the thin-source flag.
   */
  static ObjectNode view(RegistryRecord r) {
    ObjectNode node = JSON.valueToTree(r);
    for (RecordField f : Fields.of(r.getClass())) {
      if (!f.stored()) node.set(f.name(), JSON.valueToTree(Fields.value(f, r, false)));
    }
    node.put("thinSource", r.thinSource());
    return node;
  }

  static List<ObjectNode> views(List<? extends RegistryRecord> records) {
    return records.stream().map(RegistryApi::view).toList();
  }
}
