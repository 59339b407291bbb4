package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV writer's numbers, and the money conversion behind them, on hand-picked values. */
class ProfileCsvTest {
  @Test
  void mirror_numbers_are_plain_decimals_with_ratios_at_full_precision() {
    // Double.toString writes these as 4.12500005E7, 1.0E15, 1.25E-7 and -9.99999875E14
    Profile.Mirror m =
        new Profile.Mirror(
            "KAZ",
            "IRN",
            0,
            0,
            List.of(
                // gap = 45,000,000.25 - 41,250,000.5 = 3,749,999.75; the ratio 1 + 2^-52 needs all
                // 17 digits
                new Profile.MirrorRow(
                    "100199",
                    "Wheat",
                    41_250_000.5,
                    45_000_000.25,
                    1.0000000000000002,
                    3_749_999.75),
                // ratio = 1.25e8 / 1e15 = 0.000000125; gap = 1.25e8 - 1e15 = -999,999,875,000,000
                new Profile.MirrorRow(
                    "271111", "Gas", 1e15, 1.25e8, 1.25e-7, -999_999_875_000_000.0)));
    Profile p =
        new Profile(
            new Profile.Pair("KAZ", "IRN", "Kazakhstan", "Iran"),
            "flows",
            "2024",
            Profile.Amount.missing("2024"),
            Profile.Amount.missing("2024"),
            Profile.Amount.missing("2024"),
            Profile.Amount.missing("2024"),
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of(m),
            List.of(),
            List.of());
    assertThat(ProfileCsv.write(p, "mirror").lines())
        .containsExactly(
            "from,to,product,exporter_reports_usd,importer_reports_usd,ratio,gap_usd",
            "KAZ,IRN,100199,41250000.5,45000000.25,1.0000000000000002,3749999.75",
            "KAZ,IRN,271111,1000000000000000,125000000,0.000000125,-999999875000000");
  }

  @Test
  void stated_money_is_converted_in_decimal_and_kept_to_the_cent() {
    // 516.3 x 10^6 = 516,300,000 exactly (the double product 516.3 * 1e6 is 516299999.99999994)
    assertThat(Money.usd(new BigDecimal("516.3"), "USD_million")).isEqualTo(516_300_000.0);
    // 0.5163 x 10^9 = 516,300,000
    assertThat(Money.usd(new BigDecimal("0.5163"), "USD_billion")).isEqualTo(516_300_000.0);
    // 0.0012345 x 10^3 = 1.2345 USD, to the cent: 1.23 (the 0.45 of a cent rounds down)
    assertThat(Money.usd(new BigDecimal("0.0012345"), "USD_thousand")).isEqualTo(1.23);
  }
}
