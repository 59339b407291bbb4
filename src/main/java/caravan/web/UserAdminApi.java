package caravan.web;

import caravan.access.AccessException;
import caravan.access.AccessService;
import caravan.access.Role;
import caravan.access.Session;
import caravan.access.User;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the admin role may do in the web that an editor may not: the users, as {@code caravan user}
 * does on the server. {@code GET /api/v1/users}; {@code POST /api/v1/users/{name}/disable}, {@code
 * /enable}, {@code /reset} (JSON {@code {"password": "…"}}); {@code DELETE /api/v1/users/{name}}.
 * Changes pass the guard first (a session and its CSRF token); an admin may not disable or delete
 * themself, so a server is never left without the admin who could undo it.
 */
final class UserAdminApi {
  private final AccessService access;

  UserAdminApi(AccessService access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    String base = "/api/v1/users";
    routes.get(base, this::list);
    routes.post(base + "/{name}/disable", ctx -> change(ctx, "disable"));
    routes.post(base + "/{name}/enable", ctx -> change(ctx, "enable"));
    routes.post(base + "/{name}/reset", ctx -> change(ctx, "reset"));
    routes.delete(base + "/{name}", ctx -> change(ctx, "delete"));
  }

  private void list(Context ctx) {
    admin(ctx, "GET /api/v1/users");
    List<Map<String, Object>> users =
        access.accounts().stream()
            .map(
                a -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", a.user().name());
                  m.put("role", a.user().role().key());
                  m.put("disabled", a.disabled());
                  m.put("liveSessions", a.liveSessions());
                  return m;
                })
            .toList();
    ctx.header("Cache-Control", "no-store").json(users);
  }

  private void change(Context ctx, String what) {
    Session me = admin(ctx, ctx.method() + " " + ctx.path());
    String name = possibleName(ctx.pathParam("name"));
    if (!what.equals("enable")
        && !what.equals("reset")
        && me.user().name().equals(name.strip().toLowerCase(java.util.Locale.ROOT))) {
      throw new AccessException(
          caravan.text.Text.of("lang.err.selfChange", what),
          Map.of("field", "name", "value", name),
          409);
    }
    User u =
        switch (what) {
          case "disable" -> access.disable(name);
          case "enable" -> access.enable(name);
          case "delete" -> access.deleteUser(name);
          default -> reset(ctx, name);
        };
    ctx.json(Map.of("name", u.name(), "done", what));
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private User reset(Context ctx, String name) {
    // read as a tree, not bound to a class: null, a list or a number as the body, or a password
    // that is no text, are a client's mistakes (400 naming the password), not the server's (500)
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw badPassword(
          caravan.text.Text.of("lang.err.pwNotJson", JsonProblems.describe(e), PASSWORD_BODY));
    }
    if (body == null || !body.isObject()) {
      throw badPassword(caravan.text.Text.of("lang.err.pwNotObject", kind(body), PASSWORD_BODY));
    }
    JsonNode typed = body.get("password");
    if (typed == null || !typed.isTextual()) {
      throw badPassword(
          caravan.text.Text.of(
              "lang.err.pwText",
              String.valueOf(AccessService.MIN_PASSWORD),
              String.valueOf(AccessService.MAX_PASSWORD),
              "{\"password\": \"caspian-steppe-43\"}"));
    }
    char[] password = typed.textValue().toCharArray();
    try {
      return access.resetPassword(name, password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static final String PASSWORD_BODY = "{\"password\": \"…\"}";

  private static AccessException badPassword(caravan.text.Text detail) {
    return new AccessException(detail, Map.of("field", "password"), 400);
  }

  private static caravan.text.Text kind(JsonNode body) {
    if (body == null || body.isMissingNode()) return caravan.text.Text.of("lang.err.kind.empty");
    if (body.isNull()) return caravan.text.Text.literal("null");
    if (body.isArray()) return caravan.text.Text.of("lang.err.kind.list");
    if (body.isNumber()) return caravan.text.Text.of("lang.jr.kind.number");
    if (body.isTextual()) return caravan.text.Text.of("lang.jr.kind.text");
    if (body.isBoolean()) return caravan.text.Text.of("lang.jr.kind.bool");
    return caravan.text.Text.of("lang.err.kind.another");
  }

  // The form AccessService gives names (2-64 characters, Latin letters, digits, '.', '_', '-',
  // starting with a letter; any case, stripped): a name of another form names nobody, and some
  // (a NUL) the database cannot even look up
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,63}");

  /**
   * {@code name} when a user could have it; else a 400 naming the field {@code name}, as sign-in
   * and the users API answer a name no user can have.
   */
  static String possibleName(String name) {
    String typed = name == null ? "" : name.strip();
    if (NAME.matcher(typed).matches()) return typed;
    String shown = typed.length() > 70 ? typed.substring(0, 67) + "..." : typed;
    StringBuilder b = new StringBuilder();
    shown.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    throw new AccessException(
        caravan.text.Text.of("lang.err.userName", b.toString()),
        Map.of("field", "name", "value", b.toString()),
        400);
  }

  /** The admin's session; 401 without one, 403 for any other role. */
  private static Session admin(Context ctx, String what) {
    Session s = ctx.attribute("session");
    if (s == null) throw AccessException.notSignedIn(what);
    if (s.user().role() != Role.ADMIN) {
      throw new AccessException(
          caravan.text.Text.of("lang.err.needsAdmin", what, s.user().name(), s.user().role().key()),
          Map.of("reason", "role", "role", s.user().role().key()),
          403);
    }
    return s;
  }
}
