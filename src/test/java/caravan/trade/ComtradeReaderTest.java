package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Comtrade CSV reading rules on a small hand-written file (values made up). */
class ComtradeReaderTest {
  static final Path SMALL = Path.of("src/test/resources/trade/comtrade-small.csv");
  private AnalyticsStore store;
  private ImportService service;

  @BeforeEach
  void open() {
    store = AnalyticsStore.inMemory();
    service = new ImportService(store, Countries.shipped());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void readsMonthsWorldAggregatesAndSkipsReExports() throws Exception {
    ImportReport r =
        service.importFile(SMALL, new ImportOptions(ImportFormat.COMTRADE, 0.5, null), null);
    // 7 data lines: 4 good, RX on line 4 skipped, lines 7 (partner 999) and 8 (flow Q) rejected
    assertThat(r.rowsRead()).isEqualTo(7);
    assertThat(r.rowsKept()).isEqualTo(4);
    assertThat(r.rowsRejected()).isEqualTo(2);
    assertThat(r.rowsSkipped()).isEqualTo(1);
    assertThat(r.rejections())
        .containsExactly(
            SMALL + ":7: partnerCode: unknown M49 country code '999'",
            SMALL + ":8: flowCode: unknown flow 'Q': expected X or M (RX, RM, DX, FM are skipped)");
    // by hand: 1000 + 2500.5 + 80000000000 + 12000
    assertThat(BaciImportTest.number(store, "SELECT sum(value_usd) FROM trade_flow"))
        .isEqualTo(80_000_015_500.5);
    assertThat(
            BaciImportTest.count(
                store,
                "SELECT count(*) FROM trade_flow WHERE month = 3 AND flow = 'export'"
                    + " AND quantity = 500 AND quantity_unit = 'kg' AND source = 'COMTRADE'"))
        .isEqualTo(1);
    assertThat(
            BaciImportTest.count(
                store,
                "SELECT count(*) FROM trade_flow WHERE partner = 'WLD' AND product = 'TOTAL'"
                    + " AND month IS NULL"))
        .isEqualTo(1);
    assertThat(
            BaciImportTest.count(
                store,
                "SELECT count(*) FROM trade_flow WHERE reporter = 'IRN' AND quantity = 3"
                    + " AND quantity_unit = 'u' AND hs_revision = 'H6'"))
        .isEqualTo(1);
    assertThat(
            BaciImportTest.count(
                store,
                "SELECT count(*) FROM trade_flow WHERE product = '0804' AND flow = 'import'"
                    + " AND quantity IS NULL"))
        .isEqualTo(1);
  }
}
