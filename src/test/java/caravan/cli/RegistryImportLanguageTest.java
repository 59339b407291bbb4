package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2: {@code caravan import-registry} and {@code caravan import-heritage} word their
 * refusals (the summary and each {@code file:line: field: reason}) and their success line in the
 * CLI's --lang. Before, every one of these lines was English whatever the language. Each expected
 * Russian line is the ru bundle's line (reg.cli.*, reg.csv.*, reg.date.*, her.date.*, her.cli.*)
 * filled in by hand; the English ones are the wording the commands always had.
 */
class RegistryImportLanguageTest {
  @TempDir Path dir;

  record Run(int code, List<String> out, List<String> err) {}

  @Test
  void a_latin1_registry_csv_is_refused_in_russian_with_lang_ru() throws Exception {
    // "Événement" saved as Latin-1: É is the lone byte 0xC9 on line 2
    Path file = dir.resolve("event.csv");
    Files.write(
        file,
        "id,version,kind,title,sources\r\nEVT-900,1,visit,\u00c9v\u00e9nement,\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Run ru = caravan("--lang", "ru", "import-registry", "--format", "csv", file.toString());
    assertThat(ru.code()).isEqualTo(1);
    // reg.cli.refused and reg.csv.notUtf8 in ru
    assertThat(ru.err())
        .containsExactly(
            "caravan: " + file + ": ничего не импортировано, проблем — 1:",
            file
                + ":2: encoding: не текст UTF-8 в строке 2 (байт 0xC9; Latin-1 или"
                + " Windows-1252?): сохраните как CSV UTF-8");
  }

  @Test
  void a_bad_date_in_a_registry_csv_line_is_worded_in_russian_and_english() throws Exception {
    // month 13 does not exist: the event's start date is refused by PartialDate
    Path file =
        Files.writeString(
            dir.resolve("event.csv"),
            "id,version,kind,title,startDate,sources\n"
                + "EVT-900,1,visit,A visit,2012-13,\"[{\"\"url\"\": \"\"https://example.org/e\"\"}]\"\n");
    Run ru = caravan("--lang", "ru", "import-registry", "--format", "csv", file.toString());
    assertThat(ru.code()).isEqualTo(1);
    // reg.cli.refused, reg.date.bad and reg.date.month in ru
    assertThat(ru.err())
        .containsExactly(
            "caravan: " + file + ": ничего не импортировано, проблем — 1:",
            file + ":2: date: неверная дата «2012-13»: месяц 13 вне диапазона 1–12");
    Run en = caravan("--lang", "en", "import-registry", "--format", "csv", file.toString());
    assertThat(en.err())
        .containsExactly(
            "caravan: " + file + ": nothing imported, 1 problem(s):",
            file + ":2: date: bad date '2012-13': month 13 is out of range 1-12");
  }

  @Test
  void a_heritage_problem_and_the_count_are_worded_in_russian_with_lang_ru() throws Exception {
    String header = "id,title_en,kind,date,holder_archive,source_url\n";
    // Esfand 1404 has 29 days (1404 is no leap year of the Solar Hijri calendar)
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            header + "HER-X1,A letter,letter,SH 1404-12-30,Test archive,https://example.org/1\n");
    Run r = caravan("--lang", "ru", "import-heritage", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    // reg.cli.refused, her.line and her.date.day in ru
    assertThat(r.err())
        .containsExactly(
            "caravan: " + bad + ": ничего не импортировано, проблем — 1:",
            "bad.csv:2:date: дня 30 нет в месяце 12 года SH 1404: в этом месяце дней — 29");

    Path good =
        Files.writeString(
            dir.resolve("good.csv"),
            header + "HER-X2,A map,map,SH 1403-12-30,Test archive,https://example.org/2\n");
    Run ok = caravan("--lang", "ru", "import-heritage", good.toString());
    assertThat(ok.code()).isEqualTo(0);
    // her.cli.imported in ru
    assertThat(ok.out()).containsExactly(good + ": импортировано записей о наследии: 1");
  }

  @Test
  void an_unknown_export_format_is_misuse_worded_in_russian() {
    Run r = caravan("--lang", "ru", "export", "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    // exp.format in ru
    assertThat(r.err().get(0))
        .startsWith(
            "caravan: --format должен быть json, csv, iati, ical, dc или iiif, а получено «xml»");
  }

  private final String db = "jdbc:h2:mem:reg-lang-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private Run caravan(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "--db", db));
    all.addAll(List.of(args));
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(all.toArray(String[]::new));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(
        code,
        o.toString(StandardCharsets.UTF_8).lines().toList(),
        e.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
