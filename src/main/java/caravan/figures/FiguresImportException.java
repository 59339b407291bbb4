package caravan.figures;

import caravan.text.CaravanException;
import java.util.List;
import java.util.Map;

/**
 * A stated-figures CSV file was rejected; nothing was written. The message lists one {@code
 * file:line: field: reason} line for each problem found in the whole file.
 */
public final class FiguresImportException extends CaravanException {
  private final List<String> problems;

  FiguresImportException(String file, List<String> problems) {
    super(
        "Rejected "
            + file
            + " ("
            + problems.size()
            + " problem(s), nothing written):\n"
            + String.join("\n", problems),
        Map.of("field", "file", "value", file, "problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line: field: reason}. */
  public List<String> problems() {
    return problems;
  }
}
