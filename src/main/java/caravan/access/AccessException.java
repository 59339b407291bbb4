package caravan.access;

import caravan.text.CaravanException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal from the access feature: a bad user name or password when adding a user (400), a name
 * taken (409), no session (401) or a session that may not do this (403).
 */
public class AccessException extends CaravanException {
  private final int status;

  public AccessException(String message, Map<String, Object> details, int status) {
    super(message, withTitle(details, status));
    this.status = status;
  }

  public AccessException(caravan.text.Text text, Map<String, Object> details, int status) {
    super(text, withTitle(details, status));
    this.status = status;
  }

  /** 401: the request needs a signed-in session and has none (or an expired one). */
  public static AccessException notSignedIn(String what) {
    return new AccessException(
        caravan.text.Text.of("lang.err.notSignedIn", what), Map.of("reason", "not-signed-in"), 401);
  }

  /** 403: signed in, but the role may not change data. */
  public static AccessException cannotEdit(User user, String what) {
    return new AccessException(
        caravan.text.Text.of("lang.err.cannotEdit", what, user.name(), user.role().key()),
        Map.of("reason", "role", "role", user.role().key()),
        403);
  }

  /** 403: the CSRF token is missing or is not the session's. */
  public static AccessException badCsrf(String what) {
    return new AccessException(
        caravan.text.Text.of("lang.err.badCsrf", what), Map.of("reason", "csrf"), 403);
  }

  @Override
  public int status() {
    return status;
  }

  // The web door copies details into the problem body after its own title, so the title set here
  // names the status properly (its default knows only 400 and 404).
  private static Map<String, Object> withTitle(Map<String, Object> details, int status) {
    String title =
        switch (status) {
          case 401 -> "Unauthorized";
          case 403 -> "Forbidden";
          case 409 -> "Conflict";
          default -> null;
        };
    if (title == null || details.containsKey("title")) return details;
    Map<String, Object> all = new LinkedHashMap<>(details);
    all.put("title", title);
    return all;
  }
}
