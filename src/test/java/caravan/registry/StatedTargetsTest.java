package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.figures.FiguresService;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stated targets as registry indicators, linked to their statement: on H2 and PostgreSQL. */
class StatedTargetsTest {
  @Nested
  class OnH2 extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.h2();
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.postgres();
    }
  }

  abstract static class Contract {
    abstract RelationalStore newStore();

    @TempDir Path dir;

    @Test
    void stated_targets_become_indicators_linked_to_their_statement_once() {
      RelationalStore store = newStore();
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      RegistryService registry = linked(store, figures);

      // four target indicators in data/figures/stated-figures.csv: turnover, agri trade, corridor
      // capacity, Kazakh cargo via the corridor
      assertThat(registry.loadStatedTargets(figures, Pair.of("KAZ-IRN"))).isEqualTo(4);
      assertThat(registry.loadStatedTargets(figures, Pair.of("KAZ-IRN"))).isZero();

      Indicator turnover = registry.get(Indicator.class, "IND-TRADE-TURNOVER");
      // the latest statement is S02, the talks of 2025-12-11: 3 bn USD = 3000 USD_million
      assertThat(turnover.figureId()).isEqualTo("S02");
      assertThat(turnover.target()).isEqualByComparingTo(new BigDecimal("3000"));
      assertThat(turnover.sources().get(0).quote()).startsWith("Ранее мы договорились");
      assertThat(turnover.actuals()).isEmpty(); // linked to the figures, never copied
      assertThat(turnover.targetYear()).isNull(); // "in the future": no year was stated

      // X04: "throughput capacity ... 10 million tonnes by 2025"
      Indicator corridor = registry.get(Indicator.class, "IND-CORRIDOR-CAPACITY");
      assertThat(corridor.targetYear()).isEqualTo(2025);
      assertThat(corridor.unit()).isEqualTo("million_tonnes");
    }

    @Test
    void the_stored_indicator_holds_the_link_not_a_copy_of_the_value() {
      RelationalStore store = newStore();
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      linked(store, figures).loadStatedTargets(figures, Pair.of("KAZ-IRN"));

      // read without the figures: what the registry itself stores
      Indicator stored =
          new RegistryService(store.jdbi(), Countries.shipped(), Clock.systemUTC())
              .get(Indicator.class, "IND-TRADE-TURNOVER");
      assertThat(stored.figureId()).isEqualTo("S02");
      assertThat(stored.target()).isNull();
      assertThat(stored.sources()).isEmpty();
    }

    @Test
    void a_corrected_figure_changes_the_target_shown_and_exported() throws IOException {
      RelationalStore store = newStore();
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      RegistryService registry = linked(store, figures);
      registry.loadStatedTargets(figures, Pair.of("KAZ-IRN"));

      // the shipped S02 row with the value corrected to 3500 and the quote amended, as an analyst
      // would import it with `caravan import-figures`
      String header =
          Files.readAllLines(Path.of("data/figures/stated-figures.csv"), StandardCharsets.UTF_8)
              .get(0);
      String s02 =
          Files.readAllLines(Path.of("data/figures/stated-figures.csv"), StandardCharsets.UTF_8)
              .stream()
              .filter(l -> l.startsWith("S02,"))
              .findFirst()
              .orElseThrow()
              .replace(",3000,3000,", ",3500,3500,")
              .replace("до 3 млрд долларов.", "до 3.5 млрд долларов.");
      Path file = dir.resolve("correction.csv");
      Files.writeString(file, header + "\n" + s02 + "\n", StandardCharsets.UTF_8);
      assertThat(figures.importCsv(file)).isEqualTo(1);

      Indicator turnover = registry.get(Indicator.class, "IND-TRADE-TURNOVER");
      assertThat(turnover.target()).isEqualByComparingTo(new BigDecimal("3500"));
      assertThat(turnover.sources().get(0).quote()).endsWith("до 3.5 млрд долларов.");
      assertThat(
              registry.list(Indicator.class, RegistryFilter.ALL).stream()
                  .filter(i -> i.id().equals("IND-TRADE-TURNOVER"))
                  .findFirst()
                  .orElseThrow()
                  .target())
          .isEqualByComparingTo(new BigDecimal("3500"));
    }

    @Test
    void an_edit_of_the_shown_target_keeps_the_link_and_copies_nothing() {
      RelationalStore store = newStore();
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      RegistryService registry = linked(store, figures);
      registry.loadStatedTargets(figures, "KAZ", "IRN");

      // an editor saves the indicator as shown (target 3000 and S02's quote filled in from the
      // figure), changing only its title
      Indicator shown = registry.get(Indicator.class, "IND-TRADE-TURNOVER");
      registry.update(
          shown.id(),
          shown.version(),
          new Indicator(
              null,
              0,
              shown.indicator(),
              "Turnover target (3 bn USD)",
              shown.unit(),
              shown.aggregation(),
              shown.baseline(),
              shown.baselineYear(),
              shown.target(),
              shown.targetYear(),
              shown.figureId(),
              shown.actuals(),
              shown.notes(),
              shown.sources()),
          "alice");

      Indicator stored =
          new RegistryService(store.jdbi(), Countries.shipped(), Clock.systemUTC())
              .get(Indicator.class, "IND-TRADE-TURNOVER");
      assertThat(stored.title()).isEqualTo("Turnover target (3 bn USD)");
      assertThat(stored.target()).isNull();
      assertThat(stored.sources()).isEmpty();
    }

    @Test
    void a_full_export_with_linked_targets_re_imports_as_the_same_records() {
      RelationalStore store = newStore();
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      RegistryService registry = linked(store, figures);
      registry.loadShipped();
      registry.loadStatedTargets(figures, Pair.of("KAZ-IRN"));
      RegistryExports exports =
          new RegistryExports(registry, store.jdbi(), Countries.shipped(), null, Clock.systemUTC());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      exports.exportJson(out);

      // the export shows each target with its figure's value and source (S02's address is
      // unknown); read back, it is the stored link again, so every record is the one stored and
      // nothing is imported or refused
      assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("\"S02\"");
      assertThat(exports.importJson(new java.io.ByteArrayInputStream(out.toByteArray()), "bob"))
          .isZero();
    }

    static RegistryService linked(RelationalStore store, FiguresService figures) {
      return new RegistryService(
          store.jdbi(),
          Countries.shipped(),
          Clock.systemUTC(),
          null,
          new TargetFigures(figures, "KAZ", "IRN"));
    }
  }
}
