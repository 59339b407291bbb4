package caravan.claims;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.Map;

/**
 * A text or an option the claim check cannot take. It carries its sentence as a {@link Text}, so
 * that each door words it in its reader's language ({@link #message}); its own message is the
 * English.
 */
public final class ClaimException extends CaravanException {
  private final int status;

  ClaimException(int status, Text text, Map<String, Object> details) {
    super(text, details);
    this.status = status;
  }

  /** The bundle key of the sentence, for a door that tells misuse from a refused text. */
  public String key() {
    return text().key();
  }

  @Override
  public int status() {
    return status;
  }
}
