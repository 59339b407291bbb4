package caravan.claims;

import caravan.claims.Claim.Kind;
import caravan.corridor.CorridorService;
import caravan.corridor.PointVolumes;
import caravan.corridor.Volume;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The corridor's statements about the point a claim names (data/corridor/volumes.csv): its
 * throughput for the claim's period in the claim's unit (Mt and kt as tonnes, kTEU as TEU), or, for
 * a change, the growth its source states beside it.
 */
final class PointEvidence {
  private PointEvidence() {}

  static List<Evidence> of(CorridorService corridor, Claim c) {
    List<Evidence> out = new ArrayList<>();
    if (c.period() == null) return out;
    PointVolumes pv = corridor.volumes().of(c.place());
    for (PointVolumes.Entry e : pv.series()) {
      Volume v = e.volume();
      if (v.period() == null || !c.period().covers(v.period().start(), v.period().end())) continue;
      BigDecimal low;
      BigDecimal high;
      String unit;
      if (c.kind() == Kind.CHANGE) {
        if (v.growthStatedPct() == null) continue;
        low = high = BigDecimal.valueOf(v.growthStatedPct());
        unit = "percent";
      } else {
        BigDecimal factor = factor(v.unit(), c.unit());
        if (factor == null) continue;
        low = BigDecimal.valueOf(v.low()).multiply(factor);
        high = v.high() == null ? null : BigDecimal.valueOf(v.high()).multiply(factor);
        unit = c.unit();
      }
      out.add(
          new Evidence(
              "volumes.csv:" + v.line(),
              plain(low),
              high == null ? null : plain(high),
              unit,
              v.period().label(),
              v.subject(),
              v.source(),
              null,
              v.note() == null || v.note().isBlank() ? null : v.note(),
              false));
    }
    return out;
  }

  /** How many of the claim's unit one of the statement's is; null when they do not convert. */
  private static BigDecimal factor(String unit, String claimUnit) {
    String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
    if (claimUnit.equals("tonnes")) {
      return switch (u) {
        case "mt" -> BigDecimal.valueOf(1_000_000);
        case "kt" -> BigDecimal.valueOf(1_000);
        case "t" -> BigDecimal.ONE;
        default -> null;
      };
    }
    if (claimUnit.equals("TEU")) {
      return switch (u) {
        case "teu" -> BigDecimal.ONE;
        case "kteu" -> BigDecimal.valueOf(1_000);
        default -> null;
      };
    }
    return null;
  }

  private static BigDecimal plain(BigDecimal v) {
    return new BigDecimal(v.stripTrailingZeros().toPlainString());
  }
}
