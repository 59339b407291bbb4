package caravan.corridor;

import caravan.figures.Period;

/**
 * One published volume, capacity, target or growth statement about a point of the corridor (a node,
 * or {@code route:NAME} for a line, route or group of ports), as one row of volumes.csv says it.
 * {@code period} is null where the source's period is unclear ({@code periodText} keeps its own
 * words); {@code high} is null for "more than {@code low}"; {@code growthStatedPct} is the y/y
 * change the source states beside the value, null where it states none.
 */
public record Volume(
    int line,
    String point,
    String subject,
    String measure,
    Period period,
    String periodText,
    double low,
    Double high,
    String unit,
    Double growthStatedPct,
    String note,
    String source) {

  /** The value one number stands for: a range's midpoint, a "more than" bound's bound. */
  public double value() {
    return high == null ? low : (low + high) / 2;
  }

  /** A bound ("more than 1.5") or a range ("11-12"), not one stated number. */
  public boolean inexact() {
    return high == null || high != low;
  }

  public String valueText() {
    if (high == null) return "> " + NetworkLoader.plain(low);
    if (high == low) return NetworkLoader.plain(low);
    return NetworkLoader.plain(low) + "–" + NetworkLoader.plain(high);
  }
}
