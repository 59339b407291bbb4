package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IndicatorsTest {

  @Test
  void growth_is_the_ratio_minus_one() {
    // 2020 against 2019 from the stated figures: 237 / 302 - 1 = -0.21523... (the FM said "-37 %"
    // against another 2019 base; this checks only the formula)
    assertThat(Indicators.growth(237, 302).getAsDouble()).isCloseTo(-0.215232, within(1e-6));
    assertThat(Indicators.growth(5, 0)).isEmpty();
  }

  @Test
  void cagr_compounds_over_the_years_between_levels() {
    // 100 -> 121 in two years: sqrt(1.21) - 1 = 0.1 exactly
    assertThat(Indicators.cagr(100, 121, 2).getAsDouble()).isCloseTo(0.1, within(1e-12));
    assertThat(Indicators.cagr(0, 121, 2)).isEmpty();
  }

  @Test
  void year_reached_counts_whole_years_of_compounding() {
    // 340 growing 40 % a year: 340*1.4^6 = 2559.6 < 3000 <= 340*1.4^7 = 3583.5, so 2024 + 7 = 2031
    assertThat(Indicators.yearReached(340, 2024, 3000, 0.40).getAsInt()).isEqualTo(2031);
    // a shrinking trade never reaches the target
    assertThat(Indicators.yearReached(340, 2024, 3000, -0.1)).isEmpty();
    assertThat(Indicators.yearReached(3100, 2024, 3000, 0.0).getAsInt()).isEqualTo(2024);
    // a hair below the target: ln(3000 / 2999.9999999999) / ln 1.5 ≈ 8e-14 years rounds to 0
    // within the 1e-9 tolerance, yet growing to it takes a year: 2024 + 1, never the base year
    assertThat(Indicators.yearReached(2999.9999999999, 2024, 3000, 0.5).getAsInt()).isEqualTo(2025);
  }

  @Test
  void needed_rate_is_the_cagr_from_level_to_target() {
    // 1000 -> 8000 in 3 years needs 8^(1/3) - 1 = 1.0 (doubling each year)
    assertThat(Indicators.neededRate(1000, 8000, 3).getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void hhi_of_shares_half_and_two_quarters() {
    // shares 0.5, 0.25, 0.25: 0.25 + 0.0625 + 0.0625 = 0.375
    double[] basket = {50, 25, 25};
    assertThat(Indicators.hhi(basket)).isCloseTo(0.375, within(1e-12));
    // normalised with N = 3: (0.375 - 1/3) / (1 - 1/3) = 0.041666.. / 0.666.. = 0.0625
    assertThat(Indicators.normalizedHhi(basket)).isCloseTo(0.0625, within(1e-12));
  }

  @Test
  void theil_is_zero_for_an_even_basket_and_grows_with_concentration() {
    assertThat(Indicators.theil(new double[] {10, 10, 10, 10})).isCloseTo(0, within(1e-12));
    // {30, 10}: mean 20, ratios 1.5 and 0.5: (1.5 ln 1.5 + 0.5 ln 0.5) / 2
    //   = (0.608198 - 0.346574) / 2 = 0.130812
    assertThat(Indicators.theil(new double[] {30, 10})).isCloseTo(0.130812, within(1e-6));
  }

  @Test
  void top_shares_take_the_largest_products() {
    double[] basket = {5, 40, 10, 20, 10, 15};
    // total 100; largest 40; five largest 40+20+15+10+10 = 95
    assertThat(Indicators.topShare(basket, 1)).isCloseTo(0.40, within(1e-12));
    assertThat(Indicators.topShare(basket, 5)).isCloseTo(0.95, within(1e-12));
  }
}
