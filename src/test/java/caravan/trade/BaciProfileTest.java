package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import caravan.App;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile on BACI rows, read by every BACI code of a country: South Africa is 711 in the 2019
 * file and 710 in the 2020 one (BACI's table has both), while Kazakhstan and Iran have one code
 * each and are read by the equality query. BACI values are thousands of USD.
 */
class BaciProfileTest {
  @TempDir static Path dir;
  static App app;

  @BeforeAll
  static void importTwoYears() throws Exception {
    app = App.open(new App.Config(dir.resolve("data"), null, null, null));
    importBaci(
        "BACI_HS92_Y2019_V202401.csv", "2019,711,398,100190,1000,1\n2019,398,711,260111,250,1\n");
    importBaci(
        "BACI_HS92_Y2020_V202401.csv",
        "2020,364,398,080620,40,2\n"
            + "2020,398,364,100190,10,1\n"
            + "2020,398,710,260111,300,1\n"
            + "2020,710,398,100190,2000,1\n"
            + "2020,710,398,100300,500.5,1\n");
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static void importBaci(String name, String rows) throws Exception {
    Path file = Files.writeString(dir.resolve(name), "t,i,j,k,v,q\n" + rows);
    ImportReport r =
        app.imports().importFile(file, new ImportOptions(ImportFormat.BACI, 0, "H0"), null);
    assertThat(r.rowsRejected()).isZero();
  }

  private static Profile profile(String a, String b) {
    return app.profiles()
        .profile(
            new ProfileRequest(a, b, FlowPeriod.ofYear(2020), ProfileRequest.Basis.FLOWS, 5, 2030));
  }

  @Test
  void a_country_with_two_codes_is_read_by_both() {
    Profile p = profile("ZAF", "KAZ");
    // 2020 (code 710): exports (2000 + 500.5) thousand USD; imports 300 thousand
    assertThat(p.exports().valueUsd()).isCloseTo(2_500_500.0, within(1e-6));
    assertThat(p.imports().valueUsd()).isCloseTo(300_000.0, within(1e-6));
    // 2019 (code 711): 1000 + 250 thousand = 1,250,000; growth 2,800,500 / 1,250,000 - 1
    // (the shipped sample adds ZAF's exports of 2021, not these years)
    assertThat(p.series()).extracting(Profile.Point::year).startsWith(2019, 2020);
    assertThat(p.series().get(0).turnoverUsd()).isCloseTo(1_250_000.0, within(1e-6));
    assertThat(p.change().rate()).isCloseTo(2_800_500.0 / 1_250_000.0 - 1, within(1e-12));
  }

  @Test
  void a_pair_of_one_code_countries_is_read_by_equality() {
    Profile p = profile("KAZ", "IRN");
    // KAZ -> IRN wheat 10 thousand USD; IRN -> KAZ raisins 40 thousand USD
    assertThat(p.exports().valueUsd()).isCloseTo(10_000.0, within(1e-6));
    assertThat(p.imports().valueUsd()).isCloseTo(40_000.0, within(1e-6));
    assertThat(p.turnover().valueUsd()).isCloseTo(50_000.0, within(1e-6));
  }
}
