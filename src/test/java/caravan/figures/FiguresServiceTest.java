package caravan.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.CaravanException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same contract on H2 and on a real (embedded) PostgreSQL. */
class FiguresServiceTest {

  static final Path SHIPPED_FILE = Path.of("data/figures/stated-figures.csv");
  static final String HEADER = String.join(",", FiguresCsv.COLUMNS);

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
    FiguresService service;
    RelationalStore store;
    @TempDir Path dir;

    abstract RelationalStore newStore();

    @BeforeEach
    void setUp() {
      store = newStore();
      service = new FiguresService(store.jdbi());
    }

    long tableRows() {
      return store
          .jdbi()
          .withHandle(
              h -> h.createQuery("SELECT COUNT(*) FROM stated_figure").mapTo(Long.class).one());
    }

    @Test
    void loadShippedLoadsEveryRowOnceAndIsIdempotent() throws IOException {
      // count the data rows independently: FastCSV over the file in the repository, minus header
      long rows;
      try (var csv = CsvReader.builder().skipEmptyLines(true).ofCsvRecord(SHIPPED_FILE)) {
        rows = csv.stream().count() - 1;
      }
      assertThat(rows).isGreaterThan(70);
      assertThat(service.loadShipped()).isEqualTo((int) rows);
      assertThat(tableRows()).isEqualTo(rows);
      List<StatedFigure> before = service.figures("KAZ", "IRN");
      assertThat(service.loadShipped()).isZero();
      assertThat(service.figures("KAZ", "IRN")).isEqualTo(before);
      // the pair is unordered
      assertThat(service.figures("IRN", "KAZ")).isEqualTo(before);
      assertThat(service.figures("KAZ", "TKM")).isEmpty();
    }

    @Test
    void aShippedFigureMissingFromTheStoreIsLoadedAgain() {
      // the start skips the full read when every shipped id is stored: one missing must not skip
      service.loadShipped();
      long all = tableRows();
      store.jdbi().useHandle(h -> h.execute("DELETE FROM stated_figure WHERE id = 'R01'"));
      assertThat(tableRows()).isEqualTo(all - 1);
      assertThat(service.loadShipped()).isEqualTo(1);
      assertThat(tableRows()).isEqualTo(all);
      assertThat(service.figures("KAZ", "IRN")).anyMatch(f -> f.id().equals("R01"));
    }

    @Test
    void figuresComeBackAsWritten() {
      service.loadShipped();
      StatedFigure r06 =
          service.figures("KAZ", "IRN", "trade_turnover").stream()
              .filter(f -> f.id().equals("R06-2016"))
              .findFirst()
              .orElseThrow();
      assertThat(r06.isRange()).isTrue();
      // midpoint of 560-590 = (560 + 590) / 2 = 575
      assertThat(r06.value()).isEqualByComparingTo("575");
      assertThat(r06.period().label()).isEqualTo("2016");
      StatedFigure r20 =
          service.figures("KAZ", "IRN", "trade_turnover_non_oil").stream()
              .filter(f -> f.id().equals("R20"))
              .findFirst()
              .orElseThrow();
      assertThat(r20.period().start()).isEqualTo(LocalDate.of(2023, 3, 21));
      assertThat(r20.period().end()).isEqualTo(LocalDate.of(2023, 12, 21));
      assertThat(r20.valueLow()).isEqualTo(new BigDecimal("197"));
      // ordered by period start, undated last
      List<StatedFigure> all = service.figures("KAZ", "IRN");
      assertThat(all.get(0).id()).isEqualTo("R01"); // 2007 is the earliest dated figure
      assertThat(all.get(all.size() - 1).period()).isNull();
    }

    @Test
    void aFileThatBeginsWithAUtf8ByteOrderMarkImportsItsRows() throws Exception {
      // as a spreadsheet saves "CSV UTF-8": U+FEFF, then the header; before, column '\ufeffid'
      Path file = dir.resolve("with-bom.csv");
      Files.writeString(
          file,
          "\ufeff"
              + HEADER
              + "\nN01,KAZ,IRN,exports,KAZ->IRN,2023,,,100,100,USD_million,,Ministry,"
              + "https://example.org/n01,,q\n");
      FiguresService service = new FiguresService(store.jdbi());

      assertThat(service.importCsv(file, "analyst")).isEqualTo(1);
    }

    @Test
    void importCorrectionsAreAuditedWithWhoWhenBeforeAndAfter() throws Exception {
      java.time.Instant noon = java.time.Instant.parse("2026-12-05T12:00:00Z");
      FiguresService audited =
          new FiguresService(store.jdbi(), java.time.Clock.fixed(noon, java.time.ZoneOffset.UTC));
      audited.loadShipped();
      // the shipped load is the starting point, not a correction: nothing audited yet
      assertThat(audited.audit("KAZ", "IRN", "R07")).isEmpty();
      Path file = dir.resolve("correction.csv");
      String r07 =
          "R07,KAZ,IRN,trade_turnover,total,2018,2018-01-01,2018-12-31,%s,%s,USD_million,"
              + "Kazakh Statistics Committee,Kursiv.kz,https://kz.kursiv.media/x,2020-01-08,q\n";
      String n01 =
          "N01,KAZ,IRN,exports,KAZ->IRN,2023,,,100,100,USD_million,,Ministry,"
              + "https://example.org/n01,,q\n";
      Files.writeString(file, HEADER + "\n" + r07.formatted("421", "421") + n01);
      assertThat(audited.importCsv(file, "analyst")).isEqualTo(2);
      List<FigureChange> r07Changes = audited.audit("KAZ", "IRN", "R07");
      assertThat(r07Changes)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.at()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 5, 12, 0));
                assertThat(c.actor()).isEqualTo("analyst");
                assertThat(c.change()).isEqualTo("update");
                assertThat(c.version()).isEqualTo(1);
                assertThat(c.before()).contains("\"value_low\":\"422\"").contains("Kursiv.kz");
                assertThat(c.after()).contains("\"value_low\":\"421\"");
              });
      assertThat(audited.audit("IRN", "KAZ", "N01"))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.change()).isEqualTo("create");
                assertThat(c.before()).isNull();
              });
      // the same file again changes nothing and audits nothing; a second correction is version 2
      audited.importCsv(file, "analyst");
      assertThat(audited.audit("KAZ", "IRN", "R07")).hasSize(1);
      Files.writeString(file, HEADER + "\n" + r07.formatted("422", "422"));
      audited.importCsv(file, "reviewer");
      assertThat(audited.audit("KAZ", "IRN", "R07"))
          .extracting(FigureChange::actor, FigureChange::version)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("analyst", 1),
              org.assertj.core.groups.Tuple.tuple("reviewer", 2));
      // a figure of another pair is not found through this one
      assertThatThrownBy(() -> audited.audit("KAZ", "TKM", "R07"))
          .isInstanceOf(caravan.text.NotFoundException.class);
    }

    @Test
    void aRejectedImportWritesNoAuditRow() throws Exception {
      service.loadShipped();
      Path file = dir.resolve("bad.csv");
      Files.writeString(
          file,
          HEADER
              + "\nR07,KAZ,IRN,trade_turnover,total,2018,,,421,421,USD_million,,K,"
              + "https://example.org/r,,q\nB1,KAZ,IRN,trade_turnover,total,2018,,,1,1,USD_bad,,K,"
              + "https://example.org/b,,q\n");
      assertThatThrownBy(() -> service.importCsv(file, "analyst"))
          .isInstanceOf(FiguresImportException.class);
      assertThat(service.audit("KAZ", "IRN", "R07")).isEmpty();
    }

    @Test
    void anUnknownArticleAddressIsStoredEmptyNeverAsAHomePage() {
      service.loadShipped();
      // S01–S05 quote the talks report, whose article address no source gives
      assertThat(service.figures("KAZ", "IRN"))
          .filteredOn(f -> f.id().startsWith("S0"))
          .hasSize(5)
          .allSatisfy(
              f -> {
                assertThat(f.sourceUrl()).isNull();
                assertThat(f.basis()).contains("article URL unknown");
              });
      assertThat(service.figures("KAZ", "IRN"))
          .allSatisfy(
              f ->
                  assertThat(f.sourceUrl() == null || !SourceUrls.isSiteRoot(f.sourceUrl()))
                      .as(f.id())
                      .isTrue());
    }

    @Test
    void yearlySeriesPrefersTheStatisticsCommitteeAndKeepsTheConflict() {
      service.loadShipped();
      List<SeriesPoint> series = service.yearlySeries("KAZ", "IRN", "trade_turnover", "total");
      // calendar-year turnover rows: 2007 R01, 2014 R04, 2015 R05, 2016 R06-2016, 2017 R06-2017,
      // 2018 R07+R08, 2019 R11, 2020 R13, 2022 R19, 2024 R21 (2014-2019 and Jan-Nov 2022 are not
      // calendar years)
      assertThat(series)
          .extracting(p -> p.period().label())
          .containsExactly(
              "2007", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2022", "2024");
      SeriesPoint y2018 = series.get(5);
      // R07 is the Kazakh Statistics Committee (rank 1), R08 a Deputy PM statement (rank 3)
      assertThat(y2018.preferred().id()).isEqualTo("R07");
      assertThat(y2018.preferred().value()).isEqualByComparingTo("422");
      assertThat(y2018.conflicts()).extracting(StatedFigure::id).containsExactly("R08");
      assertThat(y2018.conflicts().get(0).value()).isEqualByComparingTo("516.3");
      assertThat(series.get(6).conflicts()).isEmpty();
      // same in the other pair order
      assertThat(service.yearlySeries("IRN", "KAZ", "trade_turnover", "total")).isEqualTo(series);
    }

    @Test
    void latestTargetIsThe3BillionOfTheDecember2025Talks() {
      service.loadShipped();
      StatedFigure target =
          service.latestTarget("KAZ", "IRN", "target_trade_turnover").orElseThrow();
      assertThat(target.id()).isEqualTo("S02");
      assertThat(target.value()).isEqualByComparingTo("3000");
      assertThat(target.unit()).isEqualTo("USD_million");
      assertThat(target.sourceDate()).isEqualTo(LocalDate.of(2025, 12, 11));
      assertThat(service.latestTarget("KAZ", "TKM", "target_trade_turnover")).isEmpty();
      assertThatThrownBy(() -> service.latestTarget("KAZ", "IRN", "trade_turnover"))
          .isInstanceOf(CaravanException.class)
          .hasMessageContaining("not a target indicator");
    }

    @Test
    void growthRatesStayRates() {
      service.loadShipped();
      List<StatedFigure> rates = service.growthRates("KAZ", "IRN", "trade_turnover_growth_yoy");
      // by period start: 2020 (R13-G), 2022-01..11 (R18-G), 2022 (R19-G), 2025-01..10 (R22, S01)
      assertThat(rates)
          .extracting(StatedFigure::id)
          .containsExactly("R13-G", "R18-G", "R19-G", "R22", "S01");
      assertThat(rates).allMatch(f -> f.unit().equals("percent"));
      assertThat(rates.get(0).value()).isEqualByComparingTo("-37");
      assertThat(service.growthRates("KAZ", "IRN", "trade_turnover")).isEmpty();
    }

    @Test
    void importUpsertsById() throws IOException {
      service.loadShipped();
      long before = tableRows();
      Path file = dir.resolve("update.csv");
      Files.writeString(
          file,
          HEADER
              + "\n"
              + "R07,KAZ,IRN,trade_turnover,total,2018,,,423,423,USD_million,Kazakh Statistics"
              + " Committee,Test,https://example.org/a,2026-01-01,q\n"
              + "N01,KAZ,IRN,trade_turnover,total,SH1401,,,300,,USD_million,more than,Test,"
              + "https://example.org/b,,q\n",
          StandardCharsets.UTF_8);
      assertThat(service.importCsv(file)).isEqualTo(2);
      assertThat(tableRows()).isEqualTo(before + 1);
      StatedFigure n01 =
          service.figures("KAZ", "IRN", "trade_turnover").stream()
              .filter(f -> f.id().equals("N01"))
              .findFirst()
              .orElseThrow();
      // SH1401 = 1 Farvardin 1401 (2022-03-21) .. the day before 1 Farvardin 1402 (2023-03-21)
      assertThat(n01.period().start()).isEqualTo(LocalDate.of(2022, 3, 21));
      assertThat(n01.period().end()).isEqualTo(LocalDate.of(2023, 3, 20));
      assertThat(n01.valueHigh()).isNull();
      assertThat(service.yearlySeries("KAZ", "IRN", "trade_turnover", "total").get(5).preferred())
          .extracting(StatedFigure::value)
          .isEqualTo(new BigDecimal("423"));
      // same file again: same data
      List<StatedFigure> after = service.figures("KAZ", "IRN");
      service.importCsv(file);
      assertThat(service.figures("KAZ", "IRN")).isEqualTo(after);
    }

    @Test
    void anUpperBoundKeepsOnlyItsHighEndAndTheStoreRefusesAFigureWithNoEnd() throws IOException {
      service.loadShipped();
      // X06 "capacity to send up to 15 million tons": value_low empty, value_high 15
      StatedFigure x06 =
          service.figures("KAZ", "IRN", "kaz_capacity_via_instc").stream()
              .filter(f -> f.id().equals("X06"))
              .findFirst()
              .orElseThrow();
      assertThat(x06.valueLow()).isNull();
      assertThat(x06.valueHigh()).isEqualByComparingTo("15");
      assertThat(Bound.of(x06)).isEqualTo(Bound.AT_MOST);
      assertThat(x06.value()).isEqualByComparingTo("15");
      // the V8 constraint: a figure states at least one end, whatever writes the row
      assertThatThrownBy(
              () ->
                  store
                      .jdbi()
                      .useHandle(
                          h ->
                              h.execute(
                                  "INSERT INTO stated_figure (id, pair_a, pair_b, indicator,"
                                      + " direction, unit, reported_by, quote) VALUES ('N00',"
                                      + " 'KAZ', 'IRN', 'exports', 'total', 'USD_million', 'T',"
                                      + " 'q')")))
          .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("stated_figure_value"));
      assertThat(tableRows()).isEqualTo(service.figures("KAZ", "IRN").size());
      // the loader says which row and field when both ends are empty
      Path file = dir.resolve("no-end.csv");
      Files.writeString(
          file,
          HEADER
              + "\n"
              + "N01,KAZ,IRN,exports,KAZ->IRN,2023,,,,,USD_million,,Test,https://e.org/a,,q\n",
          StandardCharsets.UTF_8);
      assertThatThrownBy(() -> service.importCsv(file))
          .isInstanceOf(FiguresImportException.class)
          .satisfies(
              e ->
                  assertThat(((FiguresImportException) e).problems())
                      .containsExactly(
                          file
                              + ":2: value_low: missing: give value_low, value_high or both"
                              + " (value_low alone for 'more than', value_high alone for"
                              + " 'up to')"));
    }

    @Test
    void malformedCsvIsRejectedWithFileLineFieldMessagesAndNothingWritten() throws IOException {
      service.loadShipped();
      List<StatedFigure> before = service.figures("KAZ", "IRN");
      Path file = dir.resolve("bad.csv");
      Files.writeString(
          file,
          HEADER
              + "\n"
              // line 2: a good row, which must not be written either
              + "G01,KAZ,IRN,trade_turnover,total,2023,,,400,400,USD_million,,Test,"
              + "https://example.org/g,,q\n"
              // line 3: bad source date, unknown unit
              + "B01,KAZ,IRN,trade_turnover,total,2023,,,400,400,USD_billion,,Test,"
              + "https://example.org/b,2025-13-01,q\n"
              // line 4: unknown direction, value_low > value_high
              + "B02,KAZ,IRN,exports,KAZ=>IRN,2023,,,500,400,USD_million,,Test,"
              + "https://example.org/b,,q\n"
              // line 5: missing source_url, period_end disagreeing with the label
              + "B03,KAZ,IRN,exports,KAZ->IRN,2023,2023-01-01,2023-12-30,5,5,USD_million,,Test,,,q\n"
              // line 6: bad period label
              + "B04,KAZ,IRN,exports,KAZ->IRN,c.2023,,,5,5,USD_million,,Test,https://e.org/a,,q\n"
              // line 7: a news site's home page posing as the source
              + "B05,KAZ,IRN,exports,KAZ->IRN,2023,,,5,5,USD_million,,Test,https://www.zakon.kz/,,q\n",
          StandardCharsets.UTF_8);
      assertThatThrownBy(() -> service.importCsv(file))
          .isInstanceOf(FiguresImportException.class)
          .isInstanceOf(CaravanException.class)
          .satisfies(
              e ->
                  assertThat(((FiguresImportException) e).problems())
                      .containsExactly(
                          file
                              + ":3: unit: unknown unit 'USD_billion': use one of USD_million,"
                              + " count, million_tonnes, million_tonnes_per_year, percent, tonnes",
                          file
                              + ":3: source_date: bad date '2025-13-01': use an ISO date such as"
                              + " 2025-12-11",
                          file
                              + ":4: direction: unknown direction 'KAZ=>IRN': use total, KAZ->IRN"
                              + " or IRN->KAZ",
                          file + ":4: value_low: value_low 500 > value_high 400",
                          file
                              + ":5: period_end: 2023-12-30 disagrees with period 2023"
                              + " (2023-01-01..2023-12-31)",
                          file
                              + ":5: source_url: missing: give the article's address, or leave it"
                              + " empty and say 'unknown' in basis",
                          file
                              + ":6: period: Bad period 'c.2023': it matches none of the accepted"
                              + " forms. Accepted forms: "
                              + Period.ACCEPTED_FORMS,
                          file
                              + ":7: source_url: 'https://www.zakon.kz/' is a site's home page, not"
                              + " the article: give the article's address, or leave it empty and"
                              + " say 'unknown' in basis"))
          .hasMessageContaining(file + ":3: unit: unknown unit 'USD_billion'");
      assertThat(service.figures("KAZ", "IRN")).isEqualTo(before);
      assertThat(tableRows()).isEqualTo(before.size());
    }

    @Test
    void wrongHeaderAndFieldCountAreReported() throws IOException {
      Path file = dir.resolve("header.csv");
      Files.writeString(file, "id,value\nX,1\n", StandardCharsets.UTF_8);
      assertThatThrownBy(() -> service.importCsv(file))
          .isInstanceOf(FiguresImportException.class)
          .hasMessageContaining(file + ":1: header: expected id,pair_a,pair_b");
      Path short_ = dir.resolve("short.csv");
      Files.writeString(short_, HEADER + "\nX,KAZ,IRN\n", StandardCharsets.UTF_8);
      assertThatThrownBy(() -> service.importCsv(short_))
          .isInstanceOf(FiguresImportException.class)
          .hasMessageContaining(short_ + ":2: row: expected 16 fields, found 3");
      assertThat(tableRows()).isZero();
    }
  }

  @Test
  void sourceRankingOrder() {
    // reported_by/basis text -> rank, by the documented keywords
    assertThat(SourceRanking.rank(figure("Kursiv.kz", "Kazakh Statistics Committee"))).isEqualTo(1);
    assertThat(SourceRanking.rank(figure("Kayhan", "Iran Customs (IRICA)"))).isEqualTo(2);
    assertThat(SourceRanking.rank(figure("Persia Digest", "Kazakh Deputy PM Zhumangarin")))
        .isEqualTo(3);
    assertThat(SourceRanking.rank(figure("azernews.az", "Kazakh Ministry of Agriculture")))
        .isEqualTo(4);
    assertThat(SourceRanking.rank(figure("La Prensa Latina", "Kazakh FM Tleuberdi"))).isEqualTo(4);
    assertThat(SourceRanking.rank(figure("APK-Inform", null))).isEqualTo(5);
  }

  @Test
  void valueOfOpenBoundIsTheBound() {
    StatedFigure f = figure("x", "more than");
    assertThat(f.isRange()).isFalse();
    assertThat(f.value()).isEqualByComparingTo("1");
  }

  private static StatedFigure figure(String reportedBy, String basis) {
    return new StatedFigure(
        "Z1",
        "KAZ",
        "IRN",
        "trade_turnover",
        "total",
        null,
        BigDecimal.ONE,
        null,
        "USD_million",
        basis,
        reportedBy,
        "https://example.org",
        null,
        "q");
  }
}
