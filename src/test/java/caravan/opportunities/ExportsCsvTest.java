package caravan.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportsCsvTest {
  static ExportMatrix read(String text) {
    return read(text, ExportsCsv.Columns.defaults());
  }

  static ExportMatrix read(String text, ExportsCsv.Columns columns) {
    return ExportsCsv.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.csv", columns);
  }

  @Test
  void codesAreKeptExactlyAndSorted() {
    ExportMatrix m = read("country,product,value\nkaz,0101,5\nKAZ,101,2.5\n\"irn\",0101,1e3\n");
    assertThat(m.countries()).containsExactly("KAZ", "irn", "kaz");
    assertThat(m.products()).containsExactly("0101", "101");
    assertThat(m.value("kaz", "0101")).isEqualTo(5);
    assertThat(m.value("KAZ", "101")).isEqualTo(2.5);
    assertThat(m.value("irn", "0101")).isEqualTo(1000);
    assertThat(m.value("irn", "101")).isZero();
  }

  @Test
  void headerNamesAreConfigurableAndOtherColumnsIgnored() {
    ExportMatrix m =
        read(
            "year,exporter,hs,usd\n2017,kaz,2709,10\n",
            new ExportsCsv.Columns("exporter", "hs", "usd"));
    assertThat(m.value("kaz", "2709")).isEqualTo(10);
  }

  @Test
  void aNegativeValueIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("country,product,value\nkaz,01,5\nkaz,02,-3\n"))
        .isInstanceOf(ExportsException.class)
        .hasMessageStartingWith("x.csv:3: value: -3 is negative");
  }

  @Test
  void aDuplicateRowNamesBothLines() {
    assertThatThrownBy(() -> read("country,product,value\nkaz,01,5\nirn,01,1\nkaz,01,2\n"))
        .isInstanceOf(ExportsException.class)
        .hasMessageStartingWith("x.csv:4: product: a second row for country kaz and product 01")
        .hasMessageContaining("the first is line 2");
  }

  @Test
  void aNonNumericValueIsRefused() {
    assertThatThrownBy(() -> read("country,product,value\nkaz,01,NA\n"))
        .hasMessageStartingWith("x.csv:2: value: 'NA' is not a number");
    assertThatThrownBy(() -> read("country,product,value\nkaz,01,Infinity\n"))
        .hasMessageStartingWith("x.csv:2: value: 'Infinity' is not a number");
    assertThatThrownBy(() -> read("country,product,value\nkaz,01,\n"))
        .hasMessageStartingWith("x.csv:2: value: '' is not a number");
  }

  @Test
  void anEmptyMatrixIsRefused() {
    assertThatThrownBy(() -> read("country,product,value\n"))
        .hasMessageStartingWith("x.csv:2: file: no rows after the header");
    assertThatThrownBy(() -> read(""))
        .hasMessageStartingWith("x.csv:1: file: empty: expected a header line");
  }

  @Test
  void aMissingColumnOrAShortLineIsRefused() {
    assertThatThrownBy(() -> read("country,hs,value\nkaz,01,5\n"))
        .hasMessageStartingWith(
            "x.csv:1: product: no such column in the header (found: country, hs, value)");
    assertThatThrownBy(() -> read("country,product,value\nkaz,01\n"))
        .hasMessageStartingWith("x.csv:2: line: 2 fields where the header has 3");
    assertThatThrownBy(() -> read("country,product,value\n,01,4\n"))
        .hasMessageStartingWith("x.csv:2: country: empty");
  }

  @Test
  void latin1IsRefused() {
    byte[] bytes = "country,product,value\nc\u00f4te,01,5\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () ->
                ExportsCsv.read(
                    new ByteArrayInputStream(bytes), "x.csv", ExportsCsv.Columns.defaults()))
        .hasMessageContaining("encoding: not UTF-8");
  }

  @Test
  void theShippedMatricesRead() {
    ExportMatrix sitc = ExportsCsv.Shipped.SITC.read();
    // ../shared/data/PROVENANCE.md §4.2: 226 countries, 785 products
    assertThat(sitc.countries()).hasSize(226).contains("kaz", "irn");
    assertThat(sitc.products()).hasSize(785).contains("0011");
    assertThat(sitc.value("afg", "0011")).isEqualTo(30068);
    assertThat(ExportsCsv.Shipped.named("hs4-2017")).contains(ExportsCsv.Shipped.HS4_2017);
    assertThat(
            ExportsCsv.Shipped.named("data/world_trade/ec_world_exports_sitc2_4d_avg1998_2000.csv"))
        .contains(ExportsCsv.Shipped.SITC);
    assertThat(ExportsCsv.Shipped.named("mine.csv")).isEmpty();
  }
}
