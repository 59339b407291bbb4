package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pair indicators on matrices small enough to work by hand; the arithmetic is beside each. */
class PairIndicatorsTest {

  @Test
  void complementarity_is_one_hundred_minus_half_the_gap_between_the_shares() {
    // A's exports 60 + 40 = 100: shares p1 .6, p2 .4, p3 0; B's imports 30 + 70 = 100: p1 .3,
    // p2 0, p3 .7. Σ|m − x| = .3 + .4 + .7 = 1.4; TC = 100 · (1 − 1.4 / 2) = 30.
    Map<String, Double> a = Map.of("p1", 60.0, "p2", 40.0);
    Map<String, Double> b = Map.of("p1", 30.0, "p3", 70.0);
    assertThat(PairIndicators.complementarity(a, b)).isCloseTo(30.0, within(1e-9));
    // the same structure at another scale matches exactly; nothing in common matches not at all
    assertThat(PairIndicators.complementarity(a, Map.of("p1", 6.0, "p2", 4.0)))
        .isCloseTo(100.0, within(1e-9));
    assertThat(PairIndicators.complementarity(a, Map.of("p3", 5.0))).isCloseTo(0.0, within(1e-9));
    // no trade on one side: no index, rather than NaN
    assertThat(PairIndicators.complementarity(a, Map.of())).isNull();
  }

  @Test
  void intensity_divides_bs_share_in_as_exports_by_bs_share_in_world_exports() {
    // A sells B 20 of its 100 (0.2); the world sells B 100 of 1,000 (0.1): 0.2 / 0.1 = 2
    assertThat(PairIndicators.intensity(20, 100, 100, 1000)).isCloseTo(2.0, within(1e-12));
    assertThat(PairIndicators.intensity(0, 100, 100, 1000)).isCloseTo(0.0, within(1e-12));
    assertThat(PairIndicators.intensity(20, 0, 100, 1000)).isNull();
  }

  @Test
  void grubel_lloyd_per_product_and_trade_weighted() {
    // X 30, M 10: 1 − 20/40 = 0.5; one-way trade 0; balanced trade 1
    assertThat(PairIndicators.grubelLloyd(30, 10)).isCloseTo(0.5, within(1e-12));
    assertThat(PairIndicators.grubelLloyd(0, 5)).isCloseTo(0.0, within(1e-12));
    assertThat(PairIndicators.grubelLloyd(5, 5)).isCloseTo(1.0, within(1e-12));
    assertThat(PairIndicators.grubelLloyd(0, 0)).isNull();
    // p1 30/10, p2 0/5, p3 5/5: 1 − (20 + 5 + 0) / (40 + 5 + 10) = 30/55; the same as the
    // products' indices weighted by their trade: (0.5·40 + 0·5 + 1·10) / 55 = 30/55
    Map<String, Double> x = Map.of("p1", 30.0, "p3", 5.0);
    Map<String, Double> m = Map.of("p1", 10.0, "p2", 5.0, "p3", 5.0);
    assertThat(PairIndicators.grubelLloyd(x, m)).isCloseTo(30.0 / 55, within(1e-12));
    assertThat(PairIndicators.grubelLloyd(Map.of(), Map.of())).isNull();
  }

  @Test
  void untapped_potential_is_the_smaller_world_side_less_what_is_sold_floored_at_zero() {
    // A sells the world 60, B buys 30 from it, A sells B 10: min(60, 30) − 10 = 20
    assertThat(PairIndicators.untapped(60, 30, 10)).isEqualTo(20.0);
    // A sells the world 5 but B's reports say 8 came from A: min(5, 100) − 8 < 0 → 0
    assertThat(PairIndicators.untapped(5, 100, 8)).isEqualTo(0.0);
  }
}
