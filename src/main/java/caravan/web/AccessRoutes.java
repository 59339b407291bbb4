package caravan.web;

import caravan.access.AccessException;
import caravan.access.AccessService;
import caravan.access.Session;
import caravan.text.Messages;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in and sign-out pages and the guard in front of every change. The session lives in the
 * cookie {@value #SESSION_COOKIE} (HttpOnly, SameSite=Lax, Secure over https). The sign-in form is
 * itself protected against cross-site posts by a double-submit token: a random value in the cookie
 * {@value #SIGNIN_COOKIE} that the form must echo in {@code _csrf}.
 */
final class AccessRoutes {
  static final String SESSION_COOKIE = "caravan_session";
  static final String SIGNIN_COOKIE = "caravan_signin";

  private final AccessService access;
  private final TemplateEngine templates;
  private final Guard guard;
  private final SecureRandom random = new SecureRandom();

  /** {@code access} null: no sign-in routes, and the guard refuses every change. */
  AccessRoutes(AccessService access, TemplateEngine templates) {
    this.access = access;
    this.templates = templates;
    this.guard = new Guard(access, WriteThrottle.configured());
  }

  void register(RoutesConfig routes) {
    routes.beforeMatched(guard::handle);
    if (access == null) return;
    routes.get("/signin", this::form);
    routes.post("/signin", this::signIn);
    routes.post("/signout", this::signOut);
    routes.get("/api/v1/session", this::session);
    new UserAdminApi(access).register(routes);
  }

  private void form(Context ctx) {
    String token = ctx.cookie(SIGNIN_COOKIE);
    if (token == null || token.length() != 43) {
      byte[] b = new byte[32];
      random.nextBytes(b);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      ctx.cookie(cookie(ctx, SIGNIN_COOKIE, token, "/signin", 3600, SameSite.STRICT));
    }
    render(
        ctx, Messages.of(lang(ctx.queryParam("lang"))), token, null, next(ctx.queryParam("next")));
  }

  private void signIn(Context ctx) {
    String expected = ctx.cookie(SIGNIN_COOKIE);
    String sent = ctx.formParam(Guard.CSRF_FIELD);
    if (expected == null
        || sent == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new AccessException(
          caravan.text.Text.of("lang.err.signinForm"), Map.of("reason", "csrf"), 403);
    }
    Messages m = Messages.of(lang(ctx.formParam("lang")));
    String next = next(ctx.formParam("next"));
    String name = ctx.formParam("name");
    // an empty name is the form sent unfilled: shown again; one no user can have is a 400
    if (name != null && !name.isBlank()) UserAdminApi.possibleName(name);
    String typed = ctx.formParam("password");
    char[] password = typed == null ? new char[0] : typed.toCharArray();
    Optional<Session> session;
    try {
      session =
          access.signIn(name == null ? "" : name, password, RequestOrigin.of(ctx).address(ctx));
    } finally {
      Arrays.fill(password, '\0');
    }
    if (session.isEmpty()) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      render(ctx, m, expected, m.get("access.signin.failed"), next);
      return;
    }
    // A new token at every sign-in; one the browser held before (perhaps planted) ends now.
    access.signOut(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(cookie(ctx, SESSION_COOKIE, session.get().token(), "/", -1, SameSite.LAX));
    ctx.removeCookie(SIGNIN_COOKIE, "/signin");
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    Session session = ctx.attribute("session");
    if (session != null) {
      if (!access.csrfValid(session, Guard.submittedCsrf(ctx))) {
        throw AccessException.badCsrf("POST /signout");
      }
      access.signOut(session.token());
    }
    ctx.removeCookie(SESSION_COOKIE, "/");
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** Who is signed in, with the CSRF token a script sends back as X-CSRF-Token; 401 when nobody. */
  private void session(Context ctx) {
    Session s = ctx.attribute("session");
    if (s == null) throw AccessException.notSignedIn("GET /api/v1/session");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", s.user().name());
    body.put("role", s.user().role().key());
    body.put("canEdit", s.user().role().canEdit());
    body.put("csrfToken", s.csrfToken());
    body.put("expires", s.expires().toString());
    ctx.header("Cache-Control", "no-store").json(body);
  }

  private void render(Context ctx, Messages m, String csrf, String error, String next) {
    Map<String, Object> params = new HashMap<>();
    params.put("m", m);
    params.put("csrf", csrf);
    params.put("error", error);
    params.put("next", next);
    params.put(
        "langs",
        LanguageSwitch.of(
            m,
            "/signin"
                + (next == null || next.equals("/") ? "" : "?next=" + RegistryPage.encode(next))));
    StringOutput out = new StringOutput();
    templates.render("signin.jte", params, out);
    ctx.header("Cache-Control", "no-store").html(out.toString());
  }

  private static Cookie cookie(
      Context ctx, String name, String value, String path, int maxAge, SameSite sameSite) {
    // Secure over https, also behind a trusted proxy that says so; plain http (a local run) cannot
    // keep it.
    boolean https = RequestOrigin.of(ctx).https(ctx);
    return new Cookie(name, value, path, maxAge, https, true, null, sameSite);
  }

  /**
   * Only a path on this site: anything else (another host, "//host", a scheme) goes to "/".
   * Browsers drop tabs and line breaks inside a URL and read a backslash as a slash, so "/\t/host"
   * or "/\\host" would reach another host: a path with any control, space or backslash is refused
   * before it is read as a URI.
   */
  static String next(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//")) return "/";
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c == '\\'
          || Character.isISOControl(c)
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT) {
        return "/";
      }
    }
    try {
      java.net.URI uri = new java.net.URI(next);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) return "/";
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
    return next;
  }

  private static String lang(String lang) {
    return lang == null ? "ru" : lang;
  }
}
