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
    super(
        what + ": " + problems.size() + " problem(s): " + String.join("; ", problems),
        Map.of("problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
    this.texts = problems.stream().map(Text::literal).toList();
  }

  private ValidationException(Text what, List<Text> texts) {
    super(
        Text.of("lang.rec.refused", what, String.valueOf(texts.size()), joined(texts)),
        Map.of("problems", texts.stream().map(Text::english).toList()));
    this.problems = texts.stream().map(Text::english).toList();
    this.texts = List.copyOf(texts);
  }

  /** Problems worded by the bundles, for a door to put in its reader's language. */
  public static ValidationException worded(String what, List<Text> problems) {
    return new ValidationException(Text.literal(what), problems);
  }

  /** {@link #worded(String, List)} with the refusal itself worded too. */
  public static ValidationException worded(Text what, List<Text> problems) {
    return new ValidationException(what, problems);
  }

  /** The problems as one Text, {@code a; b; c} in any language. */
  static Text joined(List<Text> texts) {
    if (texts.isEmpty()) return Text.literal("");
    Text all = texts.get(0);
    for (Text t : texts.subList(1, texts.size())) all = Text.of("lang.rec.joined", all, t);
    return all;
  }

  /** Each problem as a Text, for a door to word in its reader's language. */
  public List<Text> problemTexts() {
    return texts;
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
