package caravan.opportunities;

import caravan.text.CaravanException;
import java.util.Map;

/**
 * An export matrix file refused: the message is {@code file:line: field: reason}, and {@link
 * #details()} names the file, line and field.
 */
public class ExportsException extends CaravanException {
  ExportsException(String file, long line, String field, String reason) {
    super(
        file + ":" + line + ": " + field + ": " + reason,
        Map.of("file", file, "line", line, "field", field));
  }

  @Override
  public int status() {
    return 422;
  }
}
