package caravan.claims;

import caravan.text.CaravanException;
import caravan.text.Messages;
import java.util.List;
import java.util.Map;

/**
 * A text or an option the claim check cannot take. It carries its message key and arguments, so
 * that each door words it in its reader's language ({@link #in}); its own message is the English.
 */
public final class ClaimException extends CaravanException {
  private final String key;
  private final List<Object> args;
  private final int status;

  ClaimException(int status, String key, Map<String, Object> details, Object... args) {
    super(caravan.text.Text.of(key, args), details);
    this.key = key;
    this.args = List.of(args);
    this.status = status;
  }

  /** The message in {@code m}'s language. */
  public String in(Messages m) {
    return m.get(key, args.toArray());
  }

  /** The message as a key and its arguments, for a door that words it later. */
  public caravan.text.Text text() {
    return caravan.text.Text.of(key, args.toArray());
  }

  public String key() {
    return key;
  }

  @Override
  public int status() {
    return status;
  }
}
