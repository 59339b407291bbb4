package caravan.text;

import java.util.Map;

/**
 * The one unchecked root of Caravan's failures. Its message is for a user: what was expected, what
 * was found, and what to do next. {@link #details()} names the field or place at fault so the doors
 * can render it (a problem detail in the API, a {@code file:line: field: reason} line in the CLI).
 */
public class CaravanException extends RuntimeException {
  private final Map<String, Object> details;

  public CaravanException(String message) {
    this(message, Map.of(), null);
  }

  public CaravanException(String message, Map<String, Object> details) {
    this(message, details, null);
  }

  public CaravanException(String message, Map<String, Object> details, Throwable cause) {
    super(message, cause);
    this.details = Map.copyOf(details);
  }

  public Map<String, Object> details() {
    return details;
  }

  /** HTTP status the web door uses; 400 unless a subclass knows better. */
  public int status() {
    return 400;
  }
}
