package caravan.registry;

import java.util.Map;

/**
 * An update or delete named a version that is no longer the current one: someone else changed the
 * record since it was read. Nothing was written; reload the record and apply the change again.
 */
public final class StaleVersionException extends RegistryException {
  StaleVersionException(caravan.text.Text text, Map<String, Object> details) {
    super(text, details);
  }

  StaleVersionException(caravan.text.Text text, Map<String, Object> details, Throwable cause) {
    super(text, details, cause);
  }

  @Override
  public int status() {
    return 409;
  }
}
