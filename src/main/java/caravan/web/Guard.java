package caravan.web;

import caravan.access.AccessException;
import caravan.access.AccessService;
import caravan.access.Session;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Runs before every matched route. It puts the signed-in user and CSRF token where handlers and
 * templates read them ({@code ctx.attribute("user")}, {@code ctx.attribute("csrf")}, both null when
 * nobody is signed in), and lets a change through (POST, PUT, PATCH, DELETE; API or form) only with
 * a session whose role can edit and this session's CSRF token: the form field {@code _csrf} for
 * form posts, the header {@code X-CSRF-Token} for anything (JSON API calls). Reading stays public.
 * Sign-in and sign-out check their own forms.
 */
final class Guard {
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<HandlerType> CHANGES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
  // OAI-PMH's POST is a harvester's read (the protocol allows it for long requests), not a change
  private static final Set<String> OWN_CHECKS =
      Set.of("/signin", "/signout", AdminRoutes.BACKUP, HeritagePublishRoutes.OAI);

  private final AccessService access;
  private final WriteThrottle writes;

  /** {@code access} null refuses every change: a server without a user store is read-only. */
  Guard(AccessService access, WriteThrottle writes) {
    this.access = access;
    this.writes = writes;
  }

  void handle(Context ctx) {
    Session session = session(ctx);
    ctx.attribute("session", session);
    ctx.attribute("user", session == null ? null : session.user());
    ctx.attribute("csrf", session == null ? null : session.csrfToken());
    if (!CHANGES.contains(ctx.method()) || OWN_CHECKS.contains(ctx.path())) return;
    String what = ctx.method() + " " + ctx.path();
    writes.charge(ctx, session);
    if (ClaimRoutes.isCheck(ctx)) return; // posts a text to read; changes nothing
    if (session == null) throw AccessException.notSignedIn(what);
    if (!session.user().role().canEdit()) throw AccessException.cannotEdit(session.user(), what);
    if (!access.csrfValid(session, submittedCsrf(ctx))) throw AccessException.badCsrf(what);
  }

  /** The live session named by the session cookie, or null. */
  Session session(Context ctx) {
    String token = ctx.cookie(AccessRoutes.SESSION_COOKIE);
    return access == null || token == null ? null : access.session(token).orElse(null);
  }

  /** The header when sent; otherwise the form field of a form post; otherwise null. */
  static String submittedCsrf(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) return header;
    return isForm(ctx) ? ctx.formParam(CSRF_FIELD) : null;
  }

  static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
            || ctx.isMultipartFormData());
  }
}
