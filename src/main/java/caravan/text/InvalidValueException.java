package caravan.text;

import java.util.Map;

/**
 * A value the user gave (an option, a query parameter) is not one Caravan takes: the command was
 * misused rather than the work failed, so the CLI exits with 2 and the API answers 400.
 */
public class InvalidValueException extends CaravanException {
  public InvalidValueException(String message, Map<String, Object> details) {
    super(message, details);
  }

  public InvalidValueException(Text text, Map<String, Object> details) {
    super(text, details);
  }
}
