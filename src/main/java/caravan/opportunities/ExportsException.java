package caravan.opportunities;

import caravan.text.CaravanException;
import java.util.Map;

/**
 * An export matrix file refused: the message is {@code file:line: field: reason}, and {@link
 * #details()} names the file, line and field.
 */
public class ExportsException extends CaravanException {
  /** The reason is the bundles' {@code key} with {@code args}, worded in the reader's language. */
  ExportsException(String file, long line, String field, String key, Object... args) {
    super(
        caravan.text.Text.of(
            "cl.exp.problem", file, String.valueOf(line), field, caravan.text.Text.of(key, args)),
        Map.of("file", file, "line", line, "field", field));
  }

  @Override
  public int status() {
    return 422;
  }
}
