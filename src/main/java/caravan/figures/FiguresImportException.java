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
    this(file, problems, 0);
  }

  /** {@code more}: the problems found beyond those listed, counted only. */
  FiguresImportException(String file, List<String> problems, int more) {
    super(
        "Rejected "
            + file
            + " ("
            + (problems.size() + more)
            + " problem(s), nothing written):\n"
            + String.join("\n", problems)
            + (more > 0 ? "\n... and " + more + " more problem(s) not listed" : ""),
        Map.of("field", "file", "value", file, "problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line: field: reason}. */
  public List<String> problems() {
    return problems;
  }
}
