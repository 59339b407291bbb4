package caravan.corridor;

import caravan.text.CaravanException;
import java.util.List;
import java.util.Map;

/** A network refused at load or import, with every fault found (file:line: field: reason). */
public final class NetworkException extends CaravanException {
  private final List<NetworkFault> faults;

  public NetworkException(String where, List<NetworkFault> faults) {
    super(message(where, faults), Map.of("faults", faults.stream().map(Object::toString).toList()));
    this.faults = List.copyOf(faults);
  }

  public List<NetworkFault> faults() {
    return faults;
  }

  private static String message(String where, List<NetworkFault> faults) {
    StringBuilder m =
        new StringBuilder("The network in " + where + " has " + faults.size() + " fault(s):");
    faults.stream().limit(20).forEach(f -> m.append("\n  ").append(f));
    if (faults.size() > 20) m.append("\n  … and ").append(faults.size() - 20).append(" more");
    return m.toString();
  }
}
