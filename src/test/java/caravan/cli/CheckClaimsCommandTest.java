package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckClaimsCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      String[] all = new String[args.length + 2];
      all[0] = "--data-dir";
      all[1] = tmp.resolve("data").toString();
      System.arraycopy(args, 0, all, 2, args.length);
      code = CaravanCommand.run(all);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void checks_a_file_as_a_table_or_json_and_refuses_bad_input_in_one_line() throws Exception {
    Path talks = tmp.resolve("talks.txt");
    try (InputStream in =
        getClass().getResourceAsStream("/claims/2025-12-11-kazakhstan-iran-talks.ru.txt")) {
      Files.write(talks, in.readAllBytes());
    }
    Run table = run("check-claims", "KAZ", "IRN", talks.toString(), "--lang", "ru");
    assertThat(table.code()).as(table.err()).isZero();
    // the four verdicts TalksClaimsTest decides by hand
    assertThat(table.out())
        .contains("Утверждений: 4; подтверждено 2, опровергнуто 0, не проверить 2")
        .contains("«40%» — товарооборот")
        .contains("R22");

    Run json = run("check-claims", "KAZ", "IRN", talks.toString(), "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .contains("\"outcome\" : \"NOT_CHECKABLE\"")
        .contains("\"ONLY_THIS_TEXT\"");

    Path binary = tmp.resolve("binary.bin");
    Files.write(binary, new byte[] {1, 2, 0, 3});
    Run bad = run("check-claims", "KAZ", "IRN", binary.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err().strip()).startsWith("caravan: ").contains("NUL byte").doesNotContain("\n");

    Path big = tmp.resolve("big.txt");
    Files.write(big, new byte[10_000_000]);
    assertThat(run("check-claims", "KAZ", "IRN", big.toString()).err()).contains("1,000,000 bytes");

    Path empty = tmp.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    assertThat(run("check-claims", "KAZ", "IRN", empty.toString()).err()).contains("empty");
    assertThat(run("check-claims", "KAZ", "ZZZ", talks.toString()).err()).contains("'ZZZ'");
    Run lang = run("check-claims", "KAZ", "IRN", talks.toString(), "--text-lang", "de");
    assertThat(lang.code()).isEqualTo(2);
    assertThat(lang.err()).contains("'de'");
    assertThat(run("check-claims", "KAZ", "IRN", talks.toString(), "--date", "2999-01-01").err())
        .contains("in the future");
  }
}
