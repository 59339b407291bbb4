package caravan.access;

import java.util.Objects;

/** A person who may sign in; {@code name} is the normalised (lower-case) sign-in name. */
public record User(long id, String name, Role role) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
