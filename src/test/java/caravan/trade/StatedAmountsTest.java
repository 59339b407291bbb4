package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.trade.Profile.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedAmountsTest {
  static Amount atLeast(double low) {
    return new Amount(low, "2024", List.of("L"), "at_least", low, null);
  }

  static Amount atMost(double high) {
    return new Amount(high, "2024", List.of("H"), "at_most", null, high);
  }

  @Test
  void a_lower_bound_plus_an_exact_part_stays_a_lower_bound() {
    // > 340 plus exactly 10 is > 350: the low ends add, the high end stays unknown
    Amount sum =
        StatedAmounts.combine(atLeast(340e6), new Amount(10e6, "2024", List.of("E")), 1, "2024");
    assertThat(sum.bound()).isEqualTo("at_least");
    assertThat(sum.lowUsd()).isEqualTo(350e6);
    assertThat(sum.highUsd()).isNull();
  }

  @Test
  void a_lower_bound_minus_an_upper_bound_is_a_lower_bound() {
    // exports > 340, imports < 15: the balance is > 340 - 15 = 325
    Amount balance = StatedAmounts.combine(atLeast(340e6), atMost(15e6), -1, "2024");
    assertThat(balance.bound()).isEqualTo("at_least");
    assertThat(balance.lowUsd()).isEqualTo(325e6);
  }

  @Test
  void a_lower_bound_plus_an_upper_bound_bounds_nothing_and_shows_no_number() {
    // a sum has a low end only where both parts have one, and a high end likewise: > 340 plus
    // < 15 has neither, so no number is shown (before, 355 was shown as if exact)
    Amount sum = StatedAmounts.combine(atLeast(340e6), atMost(15e6), 1, "2024");
    assertThat(sum.valueUsd()).isNull();
  }
}
