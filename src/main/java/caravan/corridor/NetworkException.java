package caravan.corridor;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.util.List;
import java.util.Map;

/** A network refused at load or import, with every fault found (file:line: field: reason). */
public final class NetworkException extends CaravanException {
  private final List<NetworkFault> faults;

  public NetworkException(String where, List<NetworkFault> faults) {
    super(
        message(where, faults), Map.of("faults", faults.stream().map(NetworkFault::text).toList()));
    this.faults = List.copyOf(faults);
  }

  public List<NetworkFault> faults() {
    return faults;
  }

  // one sentence per line, each worded in the reader's language: the heading, then the faults
  private static Text message(String where, List<NetworkFault> faults) {
    Text m =
        Text.of("cor.net.faults", NetworkStore.whereText(where), String.valueOf(faults.size()));
    for (NetworkFault f : faults.stream().limit(20).toList()) {
      m = Text.of("cor.net.faultLine", m, f.text());
    }
    if (faults.size() > 20) {
      m =
          Text.of(
              "cor.net.faultLine", m, Text.of("cor.net.more", String.valueOf(faults.size() - 20)));
    }
    return m;
  }
}
