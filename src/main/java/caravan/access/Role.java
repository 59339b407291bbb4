package caravan.access;

import java.util.Locale;
import java.util.Map;

/** What a signed-in user may do: everyone may read; editors and admins may change data. */
public enum Role {
  VIEWER,
  EDITOR,
  ADMIN;

  /** Whether this role may create, change or delete data (POST, PUT, PATCH, DELETE). */
  public boolean canEdit() {
    return this != VIEWER;
  }

  /** The lower-case name stored in the database and typed on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code text} (viewer, editor or admin, any case). */
  public static Role parse(String text) {
    String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Role r : values()) {
      if (r.name().equals(key)) return r;
    }
    throw new AccessException(
        caravan.text.Text.of("cl.acc.role", String.valueOf(text)),
        Map.of("field", "role", "value", String.valueOf(text)),
        400);
  }
}
