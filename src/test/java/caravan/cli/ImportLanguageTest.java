package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2: {@code caravan import} words a refused trade file in its --lang. Before, the summary
 * and each line's reason were English whatever the language.
 */
class ImportLanguageTest {
  @TempDir Path tmp;

  @Test
  void a_malformed_trade_file_is_refused_in_russian_with_lang_ru() throws Exception {
    // line 2 opens a quote in v (the fifth column) that the line never closes
    Path file = tmp.resolve("BACI_HS92_Y2021_V202301.csv");
    Files.writeString(file, "t,i,j,k,v,q\n2021,398,364,100190,\"5,1.5\n");

    // the wording is the bundles' lang.imp.unreadableOne and lang.imp.openQuote, read off by hand
    assertThat(refusal(file, "--lang", "ru", "--data-dir", tmp.resolve("ru").toString()))
        .containsExactly(
            "caravan: Файл "
                + file
                + " отклонён: строку нельзя прочесть как CSV;"
                + " ничего не импортировано",
            file
                + ":2: v: поле открывается кавычкой, а строка кончается раньше, чем она закрыта"
                + " (лишняя \"?)");
    // English, the default, is worded as before the change
    assertThat(refusal(file, "--data-dir", tmp.resolve("en").toString()))
        .containsExactly(
            "caravan: " + file + " refused: a line cannot be read as CSV; nothing was imported",
            file
                + ":2: v: a quote opens this field and the line ends before it closes"
                + " (a stray \"?)");
  }

  /** What {@code caravan OPTIONS import --format baci FILE} printed on stderr, refused. */
  private static List<String> refusal(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("import", "--format", "baci", file.toString()));
    return run(args.toArray(String[]::new));
  }

  private static List<String> run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(args);
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(1);
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
