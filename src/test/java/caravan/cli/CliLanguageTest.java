package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliLanguageTest {

  @Test
  void the_option_then_caravan_lang_then_the_shells_lang_then_english() {
    assertThat(CliLanguage.choose("fa", "ru", "kk_KZ.UTF-8")).isEqualTo("fa");
    assertThat(CliLanguage.choose(null, "ru", "kk_KZ.UTF-8")).isEqualTo("ru");
    assertThat(CliLanguage.choose(null, null, "kk_KZ.UTF-8")).isEqualTo("kk");
    assertThat(CliLanguage.choose(null, null, "C.UTF-8")).isEqualTo("en");
    // a language Caravan does not speak falls through to the next source
    assertThat(CliLanguage.choose("de", null, "fa_IR.UTF-8")).isEqualTo("fa");
    assertThat(CliLanguage.choose(null, null, null)).isEqualTo("en");
  }

  @Test
  void a_misuse_is_told_in_the_language_asked_for() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      code = CaravanCommand.run("--lang", "ru", "--log-level", "loud");
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(2);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).strip())
        .isEqualTo(
            "caravan: --log-level должен быть error, warn, info, debug или trace, получено «loud»"
                + " (параметры перечисляет caravan --help)");
  }
}
