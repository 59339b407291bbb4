package caravan.figures;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The controlled vocabulary of stated figures: indicators and units (documented in
 * data/figures/PROVENANCE.md). Product figures name the product after a colon, e.g. {@code
 * product_exports:barley}.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final Set<String> INDICATORS =
      Set.of(
          // trade values
          "trade_turnover",
          "trade_turnover_non_oil",
          "exports",
          "imports",
          "exports_non_oil",
          "imports_non_oil",
          "trade_quantity_non_oil",
          "exports_quantity_non_oil",
          "imports_quantity_non_oil",
          "agri_trade_turnover",
          "agri_exports",
          "agri_imports",
          // stated growth rates (stay rates)
          "trade_turnover_growth_yoy",
          "agri_exports_growth_yoy",
          "transport_volume_growth_yoy",
          // investment and presence
          "fdi_inflow",
          "fdi_cumulative",
          "enterprises_with_iranian_capital",
          "agreements_count",
          // targets and offers
          "target_trade_turnover",
          "target_trade_turnover_stage1",
          "target_trade_turnover_stage2",
          "target_agri_trade",
          "offered_additional_exports",
          // transport
          "kti_railway_capacity_initial",
          "kti_railway_capacity_long_term",
          "rail_trade_volume_irn_tkm_kaz",
          "target_corridor_capacity",
          "target_kaz_cargo_via_instc",
          "kaz_capacity_via_instc",
          "planned_kaz_transit_to_turkiye_via_iran");

  private static final Pattern PRODUCT =
      // the product name is bounded so that the indicator fits its column, VARCHAR(100)
      Pattern.compile(
          "(product_exports|product_exports_quantity|product_imports):[a-z][a-z0-9_]{0,63}");

  static final Set<String> UNITS =
      Set.of(
          "USD_million", "percent", "count", "million_tonnes", "million_tonnes_per_year", "tonnes");

  static boolean knownIndicator(String indicator) {
    return INDICATORS.contains(indicator) || PRODUCT.matcher(indicator).matches();
  }

  /**
   * Whether a stated value of the indicator may be below zero. A growth rate may: a fall is stated
   * as, say, -12 percent. A net FDI inflow may: withdrawals larger than new investment make it
   * negative in balance-of-payments statistics. Every other indicator is an amount, a count, a
   * capacity or a target, and a negative one is a typing error (a trade balance, which may be
   * negative, is not in the vocabulary; one added would belong here).
   */
  static boolean mayBeNegative(String indicator) {
    return indicator.endsWith("_growth_yoy") || indicator.equals("fdi_inflow");
  }

  /** Freight on the pair's routes: volumes, their growth, corridor capacities and aims. */
  static final Set<String> FREIGHT =
      Set.of(
          "transport_volume_growth_yoy",
          "kti_railway_capacity_initial",
          "kti_railway_capacity_long_term",
          "rail_trade_volume_irn_tkm_kaz",
          "target_corridor_capacity",
          "target_kaz_cargo_via_instc",
          "kaz_capacity_via_instc",
          "planned_kaz_transit_to_turkiye_via_iran");

  static boolean isTarget(String indicator) {
    return indicator.startsWith("target_");
  }
}
