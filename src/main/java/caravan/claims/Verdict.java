package caravan.claims;

import java.util.List;

/**
 * What the data says of one claim. {@code evidence}: the figures that decided it (for SUPPORTED,
 * those that agree; for CONTRADICTED, those that do not; for NOT_CHECKABLE because only this text
 * states it, the text's own figures); {@code others}: figures of the same series and period that
 * disagree with a supported claim, which a speaker should know. {@code reason} is a code: {@code
 * WITHIN_TOLERANCE}, {@code OUTSIDE_TOLERANCE}, {@code NO_SUBJECT}, {@code NO_PERIOD}, {@code
 * NO_SERIES}, {@code NO_DATA_FOR_PERIOD}, {@code UNIT_UNKNOWN} or {@code ONLY_THIS_TEXT}.
 */
public record Verdict(
    Claim claim, Outcome outcome, String reason, List<Evidence> evidence, List<Evidence> others) {

  public enum Outcome {
    SUPPORTED,
    CONTRADICTED,
    NOT_CHECKABLE
  }

  public Verdict {
    evidence = List.copyOf(evidence);
    others = List.copyOf(others);
  }

  static Verdict notCheckable(Claim c, String reason) {
    return new Verdict(c, Outcome.NOT_CHECKABLE, reason, List.of(), List.of());
  }
}
