package caravan.registry;

import java.util.List;
import java.util.Map;

/**
 * Bad input: every problem found, each as {@code field: reason} (or {@code file:line: field:
 * reason} for a CSV file). Nothing was written.
 */
public final class ValidationException extends RegistryException {
  private final List<String> problems;

  public ValidationException(String what, List<String> problems) {
    super(
        what + ": " + problems.size() + " problem(s): " + String.join("; ", problems),
        Map.of("problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code field: reason}, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
