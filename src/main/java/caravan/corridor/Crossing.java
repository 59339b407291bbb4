package caravan.corridor;

import java.util.Optional;

/**
 * A border crossing on one link: its dwell time and, where the gauge changes, how the break is
 * handled.
 */
public record Crossing(
    Link link,
    String countryFrom,
    String countryTo,
    Measure dwellHours,
    Optional<GaugeBreak> gaugeBreak) {}
