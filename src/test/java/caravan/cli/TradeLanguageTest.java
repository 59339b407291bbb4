package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.figures.FiguresService;
import caravan.trade.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2: what the trade, figures and store code says to a CLI user is worded in its --lang.
 * Before, a rejected row's reason, a figures row problem, the import summary and the profile
 * table's headings were English whatever the language. Each expected sentence is the bundle's ru
 * line (messages_ru.properties), filled in by hand.
 */
class TradeLanguageTest {
  @TempDir Path tmp;

  @Test
  void a_rejected_trade_row_and_the_summary_are_in_russian_with_lang_ru() throws Exception {
    Path file = tmp.resolve("half.csv");
    Files.writeString(
        file,
        "year,month,reporter,partner,flow,product,hs_revision,value_usd,quantity,quantity_unit\n"
            + "2022,,KAZ,IRN,export,1001,H5,10,,\n"
            + "2022,,KAZ,IRN,import,1001,H5,-1,,\n");
    // one row of two is bad: 50 %, allowed by --max-rejected 0.5, so the good one is kept
    CliRun ru =
        run(
            "--lang",
            "ru",
            "--data-dir",
            tmp.resolve("ru").toString(),
            "import",
            "--format",
            "caravan",
            "--max-rejected",
            "0.5",
            file.toString());
    assertThat(ru.code()).isZero();
    // lang.imp.problem with trd.row.negative's ru line
    assertThat(ru.err()).contains(file + ":3: value_usd: отрицательное значение: -1");
    // trd.cli.imported's ru line; the seconds vary
    assertThat(ru.out()).contains(file + ": прочитано строк: 2, сохранено: 1, отклонено: 1, ");
    // English, the default, reads as before
    CliRun en =
        run(
            "--data-dir",
            tmp.resolve("en").toString(),
            "import",
            "--format",
            "caravan",
            "--max-rejected",
            "0.5",
            file.toString());
    assertThat(en.err()).contains(file + ":3: value_usd: negative: -1");
    assertThat(en.out()).contains(file + ": 2 rows read, 1 kept, 1 rejected, ");
  }

  @Test
  void a_trade_file_refused_for_its_rows_names_each_row_in_russian() throws Exception {
    Path file = tmp.resolve("bad.csv");
    Files.writeString(
        file,
        "year,month,reporter,partner,flow,product,hs_revision,value_usd,quantity,quantity_unit\n"
            + "20x2,,KAZ,XXX,export,1001,H5,10,,\n");
    CliRun ru =
        run(
            "--lang",
            "ru",
            "--data-dir",
            tmp.resolve("ru").toString(),
            "import",
            "--format",
            "caravan",
            file.toString());
    assertThat(ru.code()).isEqualTo(1);
    // lang.imp.rejected, trd.row.notYear and trd.row.country.iso3, as the ru bundle words them
    assertThat(ru.err())
        .contains("caravan: Файл " + file + " отклонён: отклонено 1 из 1 строк")
        .contains(file + ":2: year: не год: «20x2»")
        .contains(file + ":2: partner: неизвестный код страны ISO3 «XXX»");
  }

  @Test
  void a_figures_row_problem_is_in_russian_with_lang_ru() throws Exception {
    Path file = tmp.resolve("figures.csv");
    String header = String.join(",", FiguresService.CSV_COLUMNS);
    Files.writeString(
        file,
        header
            + "\nR07,KAZ,IRN,trade_turnover,total,2018,2018-01-01,2018-12-31,421,421,USD_million,"
            + "Kazakh Statistics Committee,Kursiv.kz,https://kz.kursiv.media/x,2020-13-45,q\n");
    CliRun ru =
        run(
            "--lang",
            "ru",
            "--data-dir",
            tmp.resolve("fig").toString(),
            "import-figures",
            "--actor",
            "aigerim",
            file.toString());
    assertThat(ru.code()).isEqualTo(1);
    // lang.fig.rejected, then lang.fig.problem with fig.csv.date's ru line
    assertThat(ru.err())
        .contains("caravan: Файл " + file + " отклонён (проблем: 1, ничего не записано):")
        .contains(
            file
                + ":2: source_date: неверная дата «2020-13-45»: используйте дату ISO, например"
                + " 2025-12-11");
  }

  @Test
  void a_store_refusal_is_in_russian_with_lang_ru() {
    Path none = tmp.resolve("no-such-data");
    CliRun ru =
        run(
            "--lang",
            "ru",
            "--data-dir",
            none.toString(),
            "backup",
            tmp.resolve("backup").toString());
    assertThat(ru.code()).isEqualTo(1);
    // the bundle's ru line of sto.cli.noDataDir
    assertThat(ru.err())
        .contains(
            "caravan: Нет каталога данных "
                + none
                + " для резервного копирования: укажите его через --data-dir");
  }

  @Test
  void the_profile_tables_headings_are_in_russian() {
    Profile p =
        new Profile(
            new Profile.Pair("KAZ", "IRN", "Казахстан", "Иран"),
            "stated",
            "2018",
            new Profile.Amount(426.7e6, "2018", List.of("R09")),
            new Profile.Amount(null, "2018", List.of()),
            new Profile.Amount(516.3e6, "2018", List.of("R08")),
            new Profile.Amount(575e6, "2017", List.of("R06"), "range", 560e6, 590e6),
            null,
            null,
            List.of(
                new Profile.Change(0.2, "2022", Profile.A_YEAR_BEFORE, List.of("R19-G"), "exact")),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                // an imported file's source, labelled as FlowsProfile labels it
                new Profile.Source(
                    "file:x.csv",
                    "declared exports of the reporter, imported from x.csv",
                    null,
                    null,
                    null)));
    List<String> lines = ProfileTable.render(p, "ru").lines().toList();
    // the bundle's trd.table.* ru lines: heading, rows, the missing amount and the range's unit
    assertThat(lines.get(0)).isEqualTo("Казахстан – Иран · 2018 · основа: заявленные цифры");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("Экспорт KAZ→IRN") && l.contains("426.7 млн долл."))
        .anyMatch(l -> l.startsWith("Импорт KAZ←IRN") && l.contains("нет данных"))
        .anyMatch(l -> l.startsWith("Товарооборот"))
        .anyMatch(l -> l.startsWith("Сальдо") && l.contains("560.0–590.0 млн долл."))
        .anyMatch(
            l ->
                l.startsWith("Заявленный рост 2022")
                    && l.contains("к тому же периоду годом ранее  [R19-G]"))
        .contains("Источники")
        // trd.source.file with trd.side.DECLARED_EXPORTS
        .contains(
            "  [file:x.csv] заявленный экспорт отчитывающейся страны, импортировано из x.csv");
    assertThat(String.join("\n", lines)).doesNotContain("Exports", "Turnover", "Sources");
  }

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }
}
