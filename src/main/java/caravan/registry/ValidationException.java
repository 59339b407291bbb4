package caravan.registry;

import caravan.text.Text;
import java.util.List;
import java.util.Map;

/**
 * Bad input: every problem found, each as {@code field: reason} (or {@code file:line: field:
 * reason} for a CSV file). Nothing was written.
 */
public final class ValidationException extends RegistryException {
  private final List<String> problems;
  private final List<Text> texts;

  public ValidationException(String what, List<String> problems) {
    this(what, problems, problems.stream().map(Text::literal).toList());
  }

  private ValidationException(String what, List<String> problems, List<Text> texts) {
    super(
        what + ": " + problems.size() + " problem(s): " + String.join("; ", problems),
        Map.of("problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
    this.texts = List.copyOf(texts);
  }

  /** Problems worded by the bundles, for a door to put in its reader's language. */
  public static ValidationException worded(String what, List<Text> problems) {
    return new ValidationException(what, problems.stream().map(Text::english).toList(), problems);
  }

  /** {@link #problems} in {@code lang}; a problem the bundles do not word stays as it is. */
  public List<String> problems(String lang) {
    return texts.stream().map(t -> t.in(lang)).toList();
  }

  /** Each problem as {@code field: reason}, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
