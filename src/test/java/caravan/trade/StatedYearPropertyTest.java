package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever statements are made about a year, the stated profile never shows parts that
 * contradict its total. Seeded random statement sets (turnovers, exports and imports each way, some
 * agreeing and some not, from sources of every rank) are imported through the real importer, one
 * country pair per set, and every profile is checked with plain double arithmetic: every value has
 * one decimal, so each carries ± 0.05 m and a sum of three at most ± 0.15 m.
 */
class StatedYearPropertyTest {
  static final List<String> COUNTRIES =
      List.of(
          "KAZ", "IRN", "TUR", "UZB", "RUS", "CHN", "IND", "DEU", "FRA", "ITA", "AZE", "ARM", "GEO",
          "KGZ", "TJK", "TKM", "PAK", "AFG", "IRQ", "EGY");
  static final List<String> WHO =
      List.of("Statistics Committee", "Customs", "President", "Ministry", "a newspaper");

  @TempDir Path dir;

  @Test
  void no_profile_shows_parts_that_contradict_its_total() throws Exception {
    check(false);
  }

  /**
   * The same with about half the statements made bounds, "more than" (value_high empty) or "up to"
   * (value_low empty): the shown parts, each an interval (an open end unbounded), still overlap
   * their total, so no bound is ever summed as if it were exact.
   */
  @Test
  void no_profile_shows_bounds_that_contradict_its_total() throws Exception {
    check(true);
  }

  private void check(boolean bounds) throws Exception {
    Random random = new Random(20251211L);
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.size(); i++)
      for (int j = i + 1; j < COUNTRIES.size(); j++)
        pairs.add(new String[] {COUNTRIES.get(i), COUNTRIES.get(j)});
    StringBuilder csv =
        new StringBuilder(
            "id,pair_a,pair_b,indicator,direction,period,period_start,period_end,value_low,"
                + "value_high,unit,basis,reported_by,source_url,source_date,quote\n");
    int n = 0;
    List<String[]> used = pairs.subList(0, 150);
    for (String[] p : used) {
      double x = tenth(random, 1, 900);
      double m = tenth(random, 1, 300);
      int turnovers = random.nextInt(4);
      for (int k = 0; k < turnovers; k++) {
        // an agreeing total, one off by a rounding step, or one anywhere
        double t =
            switch (random.nextInt(3)) {
              case 0 -> x + m;
              case 1 -> x + m + (random.nextBoolean() ? 0.1 : -0.1);
              default -> tenth(random, 1, 1300);
            };
        n = row(csv, n, p, "trade_turnover", "total", t, random, bounds);
      }
      String ab = p[0] + "->" + p[1];
      String ba = p[1] + "->" + p[0];
      for (int k = random.nextInt(3); k > 0; k--)
        n =
            row(
                csv,
                n,
                p,
                random.nextBoolean() ? "exports" : "imports",
                ab,
                jitter(x, random),
                random,
                bounds);
      for (int k = random.nextInt(3); k > 0; k--)
        n =
            row(
                csv,
                n,
                p,
                random.nextBoolean() ? "exports" : "imports",
                ba,
                jitter(m, random),
                random,
                bounds);
    }
    Path file = dir.resolve("random.csv");
    Files.writeString(file, csv);
    try (App app = App.open(new App.Config(dir.resolve("data"), null, null, null))) {
      app.figures().importCsv(file);
      int checked = 0;
      for (String[] p : used) {
        Profile pr =
            app.profiles()
                .profile(
                    new ProfileRequest(
                        p[0], p[1], FlowPeriod.ofYear(2018), ProfileRequest.Basis.STATED, 5, 2030));
        if (bounds) {
          checked += intervalsAgree(pr, p) ? 1 : 0;
          continue;
        }
        Double t = pr.turnover().valueUsd();
        Double e = pr.exports().valueUsd();
        Double i = pr.imports().valueUsd();
        if (t != null && e != null && i != null) {
          assertThat(Math.abs(e + i - t)).as("%s %s", p[0], p[1]).isLessThanOrEqualTo(0.15e6 + 1);
          checked++;
        }
        if (t != null && e != null) assertThat(e).isLessThanOrEqualTo(t + 0.1e6 + 1);
        if (t != null && i != null) assertThat(i).isLessThanOrEqualTo(t + 0.1e6 + 1);
        if (e != null && i != null) assertThat(pr.balance().valueUsd()).isEqualTo(e - i);
        for (Profile.Point pt : pr.series()) {
          for (Profile.Conflict c : pt.conflicts()) {
            // a conflict never repeats the value shown for its own part
            Double shown =
                c.part().equals("total")
                    ? pt.turnoverUsd()
                    : c.part().startsWith(p[0]) ? pt.exportsUsd() : pt.importsUsd();
            if (shown != null) assertThat(c.valueUsd()).isNotEqualTo(shown);
          }
        }
      }
      // the generator makes many complete, agreeing years: the check above is not vacuous
      assertThat(checked).isGreaterThan(20);
    }
  }

  /**
   * Checks the shown turnover, exports and imports as intervals, each number ± 0.05 m and an open
   * end unbounded; true when all three were shown (and so checked as a sum).
   */
  private static boolean intervalsAgree(Profile pr, String[] p) {
    Profile.Amount t = pr.turnover();
    Profile.Amount e = pr.exports();
    Profile.Amount i = pr.imports();
    String as = p[0] + " " + p[1];
    if (t.valueUsd() != null && e.valueUsd() != null && i.valueUsd() != null) {
      // [lo(e) + lo(i), hi(e) + hi(i)] meets [lo(t), hi(t)]
      assertThat(lo(e) + lo(i)).as(as).isLessThanOrEqualTo(hi(t) + 1);
      assertThat(lo(t)).as(as).isLessThanOrEqualTo(hi(e) + hi(i) + 1);
      return true;
    }
    if (t.valueUsd() != null && e.valueUsd() != null) {
      assertThat(lo(e)).as(as).isLessThanOrEqualTo(hi(t) + 1);
    }
    if (t.valueUsd() != null && i.valueUsd() != null) {
      assertThat(lo(i)).as(as).isLessThanOrEqualTo(hi(t) + 1);
    }
    return false;
  }

  private static double lo(Profile.Amount a) {
    Double low = a.inexact() ? a.lowUsd() : a.valueUsd();
    return low == null ? Double.NEGATIVE_INFINITY : low - 0.05e6;
  }

  private static double hi(Profile.Amount a) {
    Double high = a.inexact() ? a.highUsd() : a.valueUsd();
    return high == null ? Double.POSITIVE_INFINITY : high + 0.05e6;
  }

  private static int row(
      StringBuilder csv,
      int n,
      String[] p,
      String ind,
      String dir,
      double v,
      Random random,
      boolean bounds) {
    String value =
        BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString();
    String low = value;
    String high = value;
    if (bounds) {
      switch (random.nextInt(4)) {
        case 0 -> high = ""; // "more than"
        case 1 -> low = ""; // "up to"
        default -> {}
      }
    }
    csv.append(
        String.join(
            ",",
            "G" + n,
            p[0],
            p[1],
            ind,
            dir,
            "2018",
            "2018-01-01",
            "2018-12-31",
            low,
            high,
            "USD_million",
            "",
            WHO.get(random.nextInt(WHO.size())),
            "https://example.org/s" + n,
            "",
            "q"));
    csv.append('\n');
    return n + 1;
  }

  private static double tenth(Random r, int min, int max) {
    return (min * 10 + r.nextInt((max - min) * 10)) / 10.0;
  }

  private static double jitter(double v, Random r) {
    return r.nextInt(3) == 0 ? v + tenth(r, 1, 200) : v;
  }
}
