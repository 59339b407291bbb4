package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The CLI's help comes whole from i18n/cli_{ru,en,kk,fa}: no key missing, no text left empty. */
class CliHelpBundlesTest {

  @Test
  void the_four_help_bundles_have_the_same_keys_once_each_and_translate_every_one()
      throws IOException {
    Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
    for (String lang : Messages.LANGUAGES) bundles.put(lang, read(lang));
    var all = new TreeSet<String>();
    bundles.values().forEach(b -> all.addAll(b.keySet()));
    Map<String, String> en = bundles.get("en");
    for (var e : bundles.entrySet()) {
      assertThat(e.getValue().keySet()).as("keys of cli_" + e.getKey()).containsAll(all);
      if (e.getKey().equals("en")) continue;
      // a line equal to the English one is an English copy, not a translation
      List<String> copies = new ArrayList<>();
      e.getValue()
          .forEach(
              (k, v) -> {
                if (v.equals(en.get(k))) copies.add(k);
              });
      assertThat(copies).as("cli_" + e.getKey() + " lines identical to English").isEmpty();
    }
  }

  @Test
  void every_command_option_and_parameter_has_a_description_in_every_language() {
    for (String lang : Messages.LANGUAGES) {
      List<String> missing = new ArrayList<>();
      visit(CliHelp.speak(new CommandLine(new CaravanCommand()), lang).getCommandSpec(), missing);
      assertThat(missing).as("help without a description in " + lang).isEmpty();
    }
  }

  @Test
  void import_help_with_lang_ru_is_russian() {
    String out = help("--lang", "ru", "import", "--help");
    // each expected line is cli_ru.properties' line for the key, as picocli prints it
    assertThat(out)
        .startsWith("Использование: caravan import")
        .contains("Загрузить массивы торговых потоков")
        .contains("Файлы для загрузки.")
        .contains("Показать эту справку и выйти.")
        .doesNotContain("Import bulk trade flows")
        .doesNotContain("Show this help message");
  }

  @Test
  void the_language_comes_from_the_option_in_either_spelling_and_persian_is_persian() {
    assertThat(help("--lang=fa", "--help"))
        .contains("رصدخانهٔ همکاری دوجانبه")
        .contains("فرمان‌ها:");
    assertThat(help("--lang", "kk", "help", "route")).contains("Дәліз желісінің екі орны");
    // English stays the wording the annotations had
    assertThat(help("--lang", "en", "import", "--help"))
        .contains("Import bulk trade flows (all or nothing per file;");
  }

  private static String help(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code = CaravanCommand.run(args);
    } finally {
      System.setOut(out);
    }
    assertThat(code).isZero();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void visit(CommandSpec spec, List<String> missing) {
    String name = spec.qualifiedName(" ");
    if (String.join("", spec.usageMessage().description()).isBlank()
        && String.join("", spec.usageMessage().header()).isBlank()) {
      missing.add(name);
    }
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec a : args) {
      if (a.hidden()) continue;
      if (String.join("", a.description()).isBlank()) {
        missing.add(
            name
                + " "
                + (a.isOption()
                    ? ((CommandLine.Model.OptionSpec) a).longestName()
                    : a.paramLabel()));
      }
    }
    spec.subcommands().values().forEach(sub -> visit(sub.getCommandSpec(), missing));
  }

  // the file itself, so a key written twice is seen (Properties would keep the last silently)
  private static Map<String, String> read(String lang) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in =
        CliHelpBundlesTest.class.getResourceAsStream("/i18n/cli_" + lang + ".properties")) {
      assertThat(in).as("cli_" + lang + ".properties").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int eq = line.indexOf('=');
        String key = line.substring(0, eq).strip();
        assertThat(out.put(key, line.substring(eq + 1))).as(lang + " duplicate " + key).isNull();
        assertThat(line.substring(eq + 1)).as(lang + " " + key).isNotBlank();
      }
    }
    return out;
  }
}
