package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.figures.FigureChange;
import caravan.figures.FiguresService;
import caravan.store.RelationalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** import-figures names who made a correction in the audit log (--actor, else the OS user). */
class ImportFiguresCommandTest {
  private final String db = "jdbc:h2:mem:figures-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  @TempDir Path dir;

  private int caravan(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--db";
    all[1] = db;
    System.arraycopy(args, 0, all, 2, args.length);
    return new CommandLine(new CaravanCommand()).execute(all);
  }

  @Test
  void a_correction_is_audited_with_the_actor_given_or_the_os_user() throws Exception {
    Path file = dir.resolve("r07.csv");
    String header = String.join(",", FiguresService.CSV_COLUMNS);
    String row =
        "R07,KAZ,IRN,trade_turnover,total,2018,2018-01-01,2018-12-31,%s,%s,USD_million,"
            + "Kazakh Statistics Committee,Kursiv.kz,https://kz.kursiv.media/x,2020-01-08,q\n";
    Files.writeString(file, header + "\n" + row.formatted("421", "421"));
    assertThat(caravan("import-figures", "--actor", "aigerim", file.toString())).isZero();
    Files.writeString(file, header + "\n" + row.formatted("420", "420"));
    assertThat(caravan("import-figures", file.toString())).isZero();
    try (RelationalStore store = RelationalStore.open(db, null, null)) {
      List<FigureChange> changes = new FiguresService(store.jdbi()).audit("KAZ", "IRN", "R07");
      assertThat(changes)
          .extracting(FigureChange::actor)
          .containsExactly(
              "aigerim",
              // without --actor: the environment twin where set, else the OS user name
              System.getenv("CARAVAN_ACTOR") != null
                  ? System.getenv("CARAVAN_ACTOR")
                  : System.getProperty("user.name"));
      assertThat(changes).extracting(FigureChange::change).containsOnly("update");
    }
  }

  @Test
  void a_latin1_file_is_refused_in_words_on_standard_error_and_exits_1() throws Exception {
    // issue 11 §3: é is the byte E9 in Latin-1, not UTF-8; the user reads one line saying so
    Path file = dir.resolve("latin1.csv");
    String header = String.join(",", FiguresService.CSV_COLUMNS);
    Files.write(
        file,
        (header
                + "\nN01,KAZ,IRN,exports,KAZ->IRN,2023,,,100,100,USD_million,,Ministry,"
                + "https://example.org/n01,,café\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      code = CaravanCommand.run("--db", db, "import-figures", "--actor", "a", file.toString());
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(1);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
        .containsExactly(
            "caravan: Rejected " + file + " (1 problem(s), nothing written):",
            file
                + ":2: encoding: not UTF-8 text at line 2 (byte 0xE9, as a Latin-1, Windows code"
                + " page or binary file has): save the file as UTF-8");
  }

  @Test
  void the_refusal_of_a_latin1_file_is_worded_in_the_cli_language() throws Exception {
    // issue 14 §2: with --lang ru the same refusal is Russian (before, it was the English above)
    Path file = dir.resolve("latin1-ru.csv");
    String header = String.join(",", FiguresService.CSV_COLUMNS);
    Files.write(
        file,
        (header
                + "\nN01,KAZ,IRN,exports,KAZ->IRN,2023,,,100,100,USD_million,,Ministry,"
                + "https://example.org/n01,,café\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      code =
          CaravanCommand.run(
              "--lang", "ru", "--db", db, "import-figures", "--actor", "a", file.toString());
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(1);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
        .containsExactly(
            "caravan: Файл " + file + " отклонён (проблем: 1, ничего не записано):",
            file
                + ":2: encoding: не текст UTF-8 в строке 2 (байт 0xE9, как в файле Latin-1, кодовой"
                + " страницы Windows или двоичном файле): сохраните файл в UTF-8");
  }
}
