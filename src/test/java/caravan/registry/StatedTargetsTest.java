package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.figures.FiguresService;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.math.BigDecimal;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class StatedTargetsTest {

  @Test
  void stated_targets_become_indicators_linked_to_their_statement_once() {
    RelationalStore store = TestStores.h2();
    FiguresService figures = new FiguresService(store.jdbi());
    figures.loadShipped();
    RegistryService registry =
        new RegistryService(store.jdbi(), Countries.shipped(), Clock.systemUTC());

    // four target indicators in data/figures/stated-figures.csv: turnover, agri trade, corridor
    // capacity, Kazakh cargo via the corridor
    assertThat(registry.loadStatedTargets(figures, Pair.of("KAZ-IRN"))).isEqualTo(4);
    assertThat(registry.loadStatedTargets(figures, Pair.of("KAZ-IRN"))).isZero();

    Indicator turnover = registry.get(Indicator.class, "IND-TRADE-TURNOVER");
    // the latest statement is S02, the talks of 2025-12-11: 3 bn USD = 3000 USD_million
    assertThat(turnover.figureId()).isEqualTo("S02");
    assertThat(turnover.target()).isEqualByComparingTo(new BigDecimal("3000"));
    assertThat(turnover.actuals()).isEmpty(); // linked to the figures, never copied
    assertThat(turnover.targetYear()).isNull(); // "in the future": no year was stated

    // X04: "throughput capacity ... 10 million tonnes by 2025"
    Indicator corridor = registry.get(Indicator.class, "IND-CORRIDOR-CAPACITY");
    assertThat(corridor.targetYear()).isEqualTo(2025);
    assertThat(corridor.unit()).isEqualTo("million_tonnes");
  }
}
