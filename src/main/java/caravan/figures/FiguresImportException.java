package caravan.figures;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.List;
import java.util.Map;

/**
 * A stated-figures CSV file was rejected; nothing was written. The message lists one {@code
 * file:line: field: reason} line for each problem found in the whole file.
 */
public final class FiguresImportException extends CaravanException {
  private final List<String> problems;

  /**
   * {@code more}: the problems found beyond those listed, counted only; each problem also as a
   * Text, so that a door words the refusal in its language.
   */
  FiguresImportException(String file, List<String> problems, int more, List<Text> texts) {
    super(
        Text.of(
            "lang.fig.rejected", file, String.valueOf(problems.size() + more), lines(texts, more)),
        Map.of("field", "file", "value", file, "problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  private static Text lines(List<Text> texts, int more) {
    Text all = texts.isEmpty() ? Text.literal("") : texts.get(0);
    for (int i = 1; i < texts.size(); i++) all = Text.of("lang.fig.lines", all, texts.get(i));
    return more > 0
        ? Text.of("lang.fig.lines", all, Text.of("lang.fig.more", String.valueOf(more)))
        : all;
  }

  /** Each problem as {@code file:line: field: reason}. */
  public List<String> problems() {
    return problems;
  }
}
