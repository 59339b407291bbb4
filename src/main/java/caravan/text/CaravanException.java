package caravan.text;

import java.util.Map;

/**
 * The one unchecked root of Caravan's failures. Its message is for a user: what was expected, what
 * was found, and what to do next. {@link #details()} names the field or place at fault so the doors
 * can render it (a problem detail in the API, a {@code file:line: field: reason} line in the CLI).
 */
public class CaravanException extends RuntimeException {
  private final Map<String, Object> details;
  private final Text text;

  public CaravanException(String message) {
    this(message, Map.of(), null);
  }

  public CaravanException(String message, Map<String, Object> details) {
    this(message, details, null);
  }

  public CaravanException(String message, Map<String, Object> details, Throwable cause) {
    super(message, cause);
    this.details = Map.copyOf(details);
    this.text = null;
  }

  /** A failure worded by the bundles: its message is the English, {@link #message} any language. */
  public CaravanException(Text text, Map<String, Object> details) {
    this(text, details, null);
  }

  public CaravanException(Text text, Map<String, Object> details, Throwable cause) {
    super(text.english(), cause);
    this.details = Map.copyOf(details);
    this.text = text;
  }

  /**
   * The message in {@code lang}; a failure not yet worded by the bundles gives its English message
   * whatever the language.
   */
  public String message(String lang) {
    return text == null ? getMessage() : text.in(lang);
  }

  /** The message as a Text, to be worded by a door; an unworded one is carried as it is. */
  public Text text() {
    return text == null ? Text.literal(getMessage()) : text;
  }

  /** Whether {@link #message} follows the language, or stays English. */
  public boolean translated() {
    return text != null;
  }

  public Map<String, Object> details() {
    return details;
  }

  /** HTTP status the web door uses; 400 unless a subclass knows better. */
  public int status() {
    return 400;
  }
}
