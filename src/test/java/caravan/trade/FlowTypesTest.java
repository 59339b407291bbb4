package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.AnalyticsStore;
import caravan.text.Countries;
import caravan.text.Country;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ENUM vocabularies of the trade store, and stores written before them or with older ones. */
class FlowTypesTest {
  private final Countries countries = Countries.shipped();
  @TempDir Path dir;

  @Test
  void countries_are_listed_in_m49_order_once_each_with_world_and_the_baci_placeholders() {
    List<String> labels = FlowTypes.countryLabels(countries);
    assertThat(new HashSet<>(labels)).hasSameSizeAs(labels);
    assertThat(labels).startsWith("WLD").contains("S19", "R20", "PUS");
    for (Country c : countries.all()) assertThat(labels).contains(c.iso3());
    // M49: Afghanistan 4 < Iran 364 < Kazakhstan 398 < Zimbabwe 716 (from the shipped table)
    assertThat(labels.indexOf("AFG")).isLessThan(labels.indexOf("IRN"));
    assertThat(labels.indexOf("IRN")).isLessThan(labels.indexOf("KAZ"));
    assertThat(labels.indexOf("KAZ")).isLessThan(labels.indexOf("ZWE"));
  }

  @Test
  void a_store_written_with_text_columns_is_converted_and_keeps_its_rows_its_baci_rows_moved()
      throws Exception {
    try (AnalyticsStore old = AnalyticsStore.file(dir)) {
      exec(
          old,
          "CREATE TABLE trade_flow (source VARCHAR NOT NULL, year SMALLINT NOT NULL, month TINYINT,"
              + " reporter VARCHAR NOT NULL, partner VARCHAR NOT NULL, flow VARCHAR NOT NULL,"
              + " product VARCHAR NOT NULL, hs_revision VARCHAR NOT NULL, value_usd DOUBLE NOT NULL,"
              + " quantity DOUBLE, quantity_unit VARCHAR, batch_no INTEGER NOT NULL)");
      exec(
          old,
          "INSERT INTO trade_flow VALUES ('BACI', 2021, NULL, 'KAZ', 'IRN', 'export', '100190',"
              + " 'H0', 5000, 2, 't', 1)");
    }
    try (AnalyticsStore store = AnalyticsStore.file(dir)) {
      new ImportService(store, countries).ensureSchema();
      // DuckDB names a converted column's type by its labels, ENUM('WLD', 'AFG', ...)
      assertThat(
              text(
                  store,
                  "SELECT data_type FROM duckdb_columns() WHERE column_name = 'reporter'"
                      + " AND table_name = 'trade_flow'"))
          .isNotEqualTo("VARCHAR");
      assertThat(
              text(
                  store,
                  "SELECT data_type FROM duckdb_columns() WHERE column_name = 'product'"
                      + " AND table_name = 'trade_flow'"))
          .isNotEqualTo("VARCHAR");
      assertThat(
              text(
                  store,
                  "SELECT concat_ws('|', reporter, partner, product, value_usd) FROM flows"
                      + " WHERE reporter = 'KAZ'"))
          .isEqualTo("KAZ|IRN|100190|5000.0");
      // the BACI row moved to baci_flow, by the countries' BACI codes (KAZ 398, IRN 364)
      assertThat(text(store, "SELECT concat_ws('|', exporter, importer, product) FROM baci_flow"))
          .isEqualTo("398|364|100190");
      assertThat(text(store, "SELECT count(*) FROM trade_flow")).isEqualTo("0");
    }
  }

  @Test
  void a_type_with_other_labels_is_rebuilt_around_the_rows() throws Exception {
    try (AnalyticsStore store = AnalyticsStore.file(dir)) {
      ImportService service = new ImportService(store, countries);
      service.ensureSchema();
      exec(
          store,
          "INSERT INTO trade_flow VALUES ('COMTRADE', 2021, NULL, 'KAZ', 'IRN', 'export',"
              + " '100190', 'H0', 5000, 2, 't', 1)");
      // as if an older Caravan had known two countries only, KAZ listed first
      exec(store, "ALTER TABLE trade_flow ALTER reporter TYPE VARCHAR");
      exec(store, "ALTER TABLE trade_flow ALTER partner TYPE VARCHAR");
      exec(store, "DROP TYPE flow_country");
      exec(store, "CREATE TYPE flow_country AS ENUM ('KAZ', 'IRN')");
      exec(store, "ALTER TABLE trade_flow ALTER reporter TYPE flow_country");
      exec(store, "ALTER TABLE trade_flow ALTER partner TYPE flow_country");

      // the next start of Caravan
      new ImportService(store, countries).ensureSchema();
      assertThat(
              text(store, "SELECT count(*) FROM (SELECT unnest(enum_range(NULL::flow_country)))"))
          .isEqualTo(String.valueOf(FlowTypes.countryLabels(countries).size()));
      assertThat(text(store, "SELECT reporter || '>' || partner FROM trade_flow"))
          .isEqualTo("KAZ>IRN");
      // IRN (364) now comes before KAZ (398)
      assertThat(text(store, "SELECT enum_code(partner) < enum_code(reporter) FROM trade_flow"))
          .isEqualTo("true");
    }
  }

  private static void exec(AnalyticsStore store, String sql) throws SQLException {
    try (Connection c = store.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String text(AnalyticsStore store, String sql) throws SQLException {
    try (Connection c = store.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
