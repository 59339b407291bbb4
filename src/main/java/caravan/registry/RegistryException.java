package caravan.registry;

import caravan.text.CaravanException;
import java.util.Map;

/** A registry operation that cannot be done as asked; the message says what to do instead. */
public class RegistryException extends CaravanException {
  public RegistryException(String message) {
    super(message);
  }

  public RegistryException(String message, Map<String, Object> details) {
    super(message, details);
  }

  public RegistryException(caravan.text.Text text, Map<String, Object> details) {
    super(text, details);
  }

  public RegistryException(caravan.text.Text text, Map<String, Object> details, Throwable cause) {
    super(text, details, cause);
  }

  public RegistryException(String message, Map<String, Object> details, Throwable cause) {
    super(message, details, cause);
  }
}
