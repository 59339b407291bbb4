package caravan.corridor;

/**
 * Where the track gauge changes (1520 mm to 1435 mm): a wagon has its bogies exchanged, or its
 * cargo is transshipped, each with the time and cost the cost model gives.
 */
public record GaugeBreak(
    String node,
    String gauges,
    Measure bogieExchangeHours,
    Measure bogieExchangeUsdPerTonne,
    Measure transshipmentHours,
    Measure transshipmentUsdPerTonne) {}
