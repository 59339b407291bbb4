package caravan.text;

import java.util.Map;

/** Something asked for by name (a country, a pair, a product) is not known. */
public class NotFoundException extends CaravanException {
  public NotFoundException(String message, Map<String, Object> details) {
    super(message, details);
  }

  public NotFoundException(Text text, Map<String, Object> details) {
    super(text, details);
  }

  @Override
  public int status() {
    return 404;
  }
}
