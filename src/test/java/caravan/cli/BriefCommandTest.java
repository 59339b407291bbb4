package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caravan brief}: bad input is one line and an exit code, and no file is half written. */
class BriefCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String err) {}

  private static Run caravan(Path data, String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code;
    try {
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(all);
    } finally {
      System.setErr(err);
    }
    return new Run(code, e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void misuse_is_refused_before_any_store_is_opened() {
    Path data = tmp.resolve("never-opened");
    Run lang = caravan(data, "brief", "KAZ", "IRN", "--lang", "de");
    assertThat(lang.code()).isEqualTo(2);
    assertThat(lang.err())
        .startsWith("caravan: Language 'de' is not known: use ru, en, kk or fa")
        .contains("caravan brief --help");
    Run future = caravan(data, "brief", "KAZ", "IRN", "--date", "2999-01-01");
    assertThat(future.code()).isEqualTo(2);
    assertThat(future.err()).contains("Date 2999-01-01 is in the future");
    Run pdf = caravan(data, "brief", "KAZ", "IRN", "--format", "pdf");
    assertThat(pdf.code()).isEqualTo(2);
    assertThat(pdf.err()).contains("--output");
    assertThat(data).doesNotExist();
  }

  @Test
  void an_unknown_pair_or_an_output_that_fails_writes_nothing() throws Exception {
    Path data = tmp.resolve("data");
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Run unknown = caravan(data, "brief", "XXX", "IRN", "--format", "md", "--output", out + "/a.md");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("Unknown country code 'XXX'");
    Path nowhere = out.resolve("missing").resolve("b.md");
    Run failed =
        caravan(data, "brief", "KAZ", "IRN", "--format", "md", "--output", nowhere.toString());
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err()).contains("Cannot write the note to").contains("nothing was written");
    assertThat(out).isEmptyDirectory();

    Run good =
        caravan(
            data,
            "brief",
            "KAZ",
            "IRN",
            "--lang",
            "en",
            "--format",
            "md",
            "--output",
            out + "/c.md");
    assertThat(good.code()).as(good.err()).isZero();
    assertThat(Files.readString(out.resolve("c.md")))
        .startsWith("# Briefing note: Kazakhstan and Iran");
  }
}
