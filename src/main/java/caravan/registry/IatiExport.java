package caravan.registry;

import java.util.List;

/**
 * What an IATI export wrote: the number of activities, and the projects left out with the reason
 * (no date known: IATI requires one and Caravan invents none), for the CLI and API to say.
 */
public record IatiExport(int activities, List<String> leftOut) {
  public IatiExport {
    leftOut = List.copyOf(leftOut);
  }
}
