package caravan.web;

import caravan.access.AccessException;
import caravan.access.AccessService;
import caravan.access.Role;
import caravan.access.Session;
import caravan.store.Backup;
import caravan.text.CaravanException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code POST /api/v1/admin/backup {"dir": "/abs/path"}}: the running server copies its stores,
 * which it holds locked, into a new directory on its own machine. Allowed to the local operator,
 * who shows the token {@code caravan serve} wrote into the data directory (header {@value
 * #TOKEN_HEADER}; {@code caravan backup} sends it), and to a signed-in admin with the session's
 * CSRF token. The session guard lets this path through to these checks.
 */
final class AdminRoutes {
  static final String BACKUP = "/api/v1/admin/backup";
  static final String TOKEN_HEADER = "Caravan-Local-Token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String localToken;
  private final Function<Path, Backup.Report> backup;
  private final AccessService access;

  AdminRoutes(String localToken, Function<Path, Backup.Report> backup, AccessService access) {
    this.localToken = localToken;
    this.backup = backup;
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.post(BACKUP, this::backup);
  }

  private void backup(Context ctx) {
    authorise(ctx);
    String dir;
    try {
      JsonNode body = JSON.readTree(ctx.body());
      dir = body == null ? null : body.path("dir").asText(null);
    } catch (IOException e) {
      dir = null;
    }
    if (dir == null || !Path.of(dir).isAbsolute()) {
      throw new CaravanException(
          caravan.text.Text.of("lang.err.backupDir"), Map.of("field", "dir"));
    }
    Backup.Report r = backup.apply(Path.of(dir));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dir", r.dir().toString());
    out.put("at", r.at().toString());
    out.put("files", r.files());
    out.put("note", r.note());
    ctx.header("Cache-Control", "no-store").json(out);
  }

  private void authorise(Context ctx) {
    String sent = ctx.header(TOKEN_HEADER);
    // the token is for commands on this machine; from elsewhere only a signed-in admin may ask
    if (sent != null && localToken != null && !fromThisMachine(ctx)) {
      throw new AccessException(
          caravan.text.Text.of("lang.err.tokenElsewhere"), Map.of("field", TOKEN_HEADER), 403);
    }
    if (sent != null && localToken != null) {
      if (MessageDigest.isEqual(
          sent.getBytes(StandardCharsets.UTF_8), localToken.getBytes(StandardCharsets.UTF_8))) {
        return;
      }
      throw new AccessException(
          caravan.text.Text.of("lang.err.tokenWrong"), Map.of("field", TOKEN_HEADER), 403);
    }
    Session session = ctx.attribute("session");
    String what = "POST " + BACKUP;
    if (session == null || access == null) throw AccessException.notSignedIn(what);
    if (session.user().role() != Role.ADMIN) {
      throw new AccessException(
          caravan.text.Text.of("lang.err.backupAdmin", session.user().name()),
          Map.of("field", "role"),
          403);
    }
    if (!access.csrfValid(session, Guard.submittedCsrf(ctx))) throw AccessException.badCsrf(what);
  }

  private static boolean fromThisMachine(Context ctx) {
    try {
      return java.net.InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
