package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** caravan import-heritage FILE: one line a problem, exit 1, nothing stored; or the count. */
class ImportHeritageCommandTest {
  record Run(int code, String out, String err) {}

  static Run caravan(Path dir, String db, String... args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    String[] all = new String[args.length + 4];
    all[0] = "--data-dir";
    all[1] = dir.toString();
    all[2] = "--db";
    all[3] = db;
    System.arraycopy(args, 0, all, 4, args.length);
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(all);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_bad_file_is_refused_line_by_line_and_a_good_one_counted(@TempDir Path dir)
      throws Exception {
    String db = "jdbc:h2:mem:her-cli-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    String header = "id,title_en,kind,date,holder_archive,source_url\n";
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            header
                + "HER-X1,A letter,letter,SH 1404-12-30,Test archive,https://example.org/1\n"
                + "HER-X2,A map,map,,Test archive,https://example.org/2\n");
    Run r = caravan(dir, db, "import-heritage", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines())
        .containsExactly(
            "caravan: " + bad + ": nothing imported, 1 problem(s):",
            "bad.csv:2:date: day 30 does not exist in month 12 of SH 1404: that month has 29 days");

    Path good =
        Files.writeString(
            dir.resolve("good.csv"),
            header + "HER-X2,A map,map,SH 1403-12-30,Test archive,https://example.org/2\n");
    Run ok = caravan(dir, db, "import-heritage", "--user", "archivist", good.toString());
    assertThat(ok.err()).isEmpty();
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).isEqualTo(good + ": 1 heritage items imported" + System.lineSeparator());
  }
}
