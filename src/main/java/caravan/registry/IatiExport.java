package caravan.registry;

import caravan.text.Text;
import java.util.List;

/**
 * What an IATI export wrote: the number of activities, and the projects left out with the reason
 * (no date known: IATI requires one and Caravan invents none), for the CLI and API to say.
 */
public record IatiExport(int activities, List<Text> leftOutTexts) {
  public IatiExport {
    leftOutTexts = List.copyOf(leftOutTexts);
  }

  /** The projects left out, each with why, in English (the XML comment's and a header's words). */
  public List<String> leftOut() {
    return leftOut("en");
  }

  /** The projects left out, each with why, in {@code lang}. */
  public List<String> leftOut(String lang) {
    return leftOutTexts.stream().map(t -> t.in(lang)).toList();
  }
}
