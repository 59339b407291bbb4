package caravan.web;

import caravan.access.AccessException;
import caravan.access.AccessService;
import caravan.access.Role;
import caravan.access.Session;
import caravan.access.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    String name = ctx.pathParam("name");
    if (!what.equals("enable")
        && !what.equals("reset")
        && me.user().name().equals(name.strip().toLowerCase(java.util.Locale.ROOT))) {
      throw new AccessException(
          "An admin cannot " + what + " themself: another admin, or 'caravan user', can",
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

  private User reset(Context ctx, String name) {
    Object typed = ctx.bodyAsClass(Map.class).get("password");
    char[] password = typed instanceof String s ? s.toCharArray() : new char[0];
    try {
      return access.resetPassword(name, password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** The admin's session; 401 without one, 403 for any other role. */
  private static Session admin(Context ctx, String what) {
    Session s = ctx.attribute("session");
    if (s == null) throw AccessException.notSignedIn(what);
    if (s.user().role() != Role.ADMIN) {
      throw new AccessException(
          what
              + " needs the admin role, but '"
              + s.user().name()
              + "' is a "
              + s.user().role().key(),
          Map.of("reason", "role", "role", s.user().role().key()),
          403);
    }
    return s;
  }
}
