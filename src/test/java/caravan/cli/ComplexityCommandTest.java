package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplexityCommandTest {
  @TempDir Path dir;

  private static CliRun caravan(String... args) {
    return CliRun.run(args);
  }

  /** The shipped SITC matrix (226 countries, 785 products) gives every table, sorted by code. */
  @Test
  void theShippedSitcMatrixWritesEveryTable() throws Exception {
    Path out = dir.resolve("cx");
    CliRun r = caravan("complexity", "--exports", "sitc", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> countries = Files.readAllLines(out.resolve("countries.csv"));
    assertThat(countries.get(0)).isEqualTo("country,diversity,eci");
    assertThat(countries).hasSize(227);
    assertThat(countries.subList(1, countries.size()))
        .isSorted()
        .anyMatch(l -> l.startsWith("kaz,"));
    assertThat(Files.readAllLines(out.resolve("products.csv")).get(1)).startsWith("0011,");
    try (Stream<String> lines = Files.lines(out.resolve("proximity_products.csv"))) {
      assertThat(lines.skip(1).limit(2000))
          .allMatch(l -> l.split(",")[0].compareTo(l.split(",")[1]) < 0);
    }
    assertThat(Files.readAllLines(out.resolve("rca.csv")).get(0))
        .isEqualTo("country,product,rca,m");
    assertThat(Files.readAllLines(out.resolve("outlook.csv")).get(0)).isEqualTo("country,coi");
    assertThat(Files.readAllLines(out.resolve("gain.csv")).get(0)).isEqualTo("country,product,cog");
    assertThat(Files.readAllLines(out.resolve("proximity_countries.csv")).get(0))
        .isEqualTo("a,b,proximity");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(out);
    }
  }

  /** Parquet through DuckDB: codes stay text with their leading zeros; fitness adds its columns. */
  @Test
  void parquetKeepsCodesAsText() throws Exception {
    Path in = dir.resolve("x.csv");
    Files.writeString(
        in, "c,p,v\nkaz,0101,4\nkaz,0202,1\nirn,0101,1\nirn,0202,4\nuzb,0303,2\nuzb,0101,1\n");
    Path out = dir.resolve("pq");
    CliRun r =
        caravan(
            "complexity",
            "--exports",
            in.toString(),
            "--country-column",
            "c",
            "--product-column",
            "p",
            "--value-column",
            "v",
            "--method",
            "fitness",
            "--format",
            "parquet",
            "--output",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT product, typeof(product), ubiquity, complexity FROM '"
                    + out.resolve("products.parquet")
                    + "' ORDER BY product")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("0101");
      assertThat(rs.getString(2)).isEqualTo("VARCHAR");
    }
    assertThat(out.resolve("countries.parquet")).exists();
    assertThat(out.resolve("gain.parquet")).exists();
    assertThat(out.resolve(".csv")).doesNotExist();
  }

  /** A refused file leaves the folder as it was and no half-written folder beside it. */
  @Test
  void aFailureLeavesTheOutputAsItWas() throws Exception {
    Path out = Files.createDirectories(dir.resolve("kept"));
    Files.writeString(out.resolve("countries.csv"), "old\n");
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "country,product,value\nkaz,01,5\nkaz,01,3\n");
    CliRun r = caravan("complexity", "--exports", in.toString(), "--output", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(in + ":3: product: a second row for country kaz and product 01");
    assertThat(Files.readString(out.resolve("countries.csv"))).isEqualTo("old\n");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrder(out, in);
    }
  }

  /** The HS4 2017 matrix may be used for research and non-commercial ends only: the run says so. */
  @Test
  void theNonCommercialMatrixPrintsItsNotice() {
    CliRun r =
        caravan("complexity", "--exports", "hs4-2017", "--output", dir.resolve("hs4").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("research and non-commercial use only");
  }

  @Test
  void misuseExitsWith2() {
    assertThat(caravan("complexity", "--output", dir.toString()).code()).isEqualTo(2);
    assertThat(
            caravan(
                    "complexity",
                    "--exports",
                    "sitc",
                    "--method",
                    "pagerank",
                    "--output",
                    dir.toString())
                .code())
        .isEqualTo(2);
  }
}
