package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals of the cli part's commands reach the reader in --lang. Each expected line is the
 * bundle's line for the key (messages_ru / messages_kk / messages_fa) with its arguments; every one
 * is refused before a store is opened.
 */
class ClWordingCliTest {

  private static CliRun caravan(Path dir, String... args) {
    return CliRun.in(dir.resolve("data"), args);
  }

  @Test
  void opportunities_of_one_country_twice_is_misuse_in_russian(@TempDir Path dir) {
    CliRun r = caravan(dir, "--lang", "ru", "opportunities", "KAZ", "kaz");
    assertThat(r.code()).isEqualTo(2);
    // cl.opp.samePair, then lang.cli.helpHint
    assertThat(r.err()).startsWith("caravan: A и B — одна и та же страна (KAZ): назовите две");
  }

  @Test
  void complexity_without_its_source_and_a_missing_matrix_file_in_russian(@TempDir Path dir) {
    CliRun r = caravan(dir, "--lang", "ru", "complexity", "--output", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(2);
    // cl.cx.exportsOrStore
    assertThat(r.err())
        .startsWith("caravan: Укажите либо --exports ФАЙЛ (или sitc, hs4-2017), либо --store");
    String missing = dir.resolve("none.csv").toString();
    r =
        caravan(
            dir,
            "--lang",
            "ru",
            "complexity",
            "--exports",
            missing,
            "--output",
            dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(1);
    // cl.exp.problem with cl.exp.noSuchFile as its reason
    assertThat(r.err().strip()).isEqualTo("caravan: " + missing + ":0: file: нет такого файла");
  }

  @Test
  void an_unknown_role_is_refused_in_kazakh_and_a_missing_text_in_persian(@TempDir Path dir) {
    CliRun r = caravan(dir, "--lang", "kk", "user", "add", "bob", "--role", "boss");
    assertThat(r.code()).isEqualTo(1);
    // cl.acc.role
    assertThat(r.err().strip())
        .isEqualTo("caravan: 'boss' рөлі белгісіз: viewer, editor немесе admin қолданыңыз");
    String missing = dir.resolve("talks.txt").toString();
    r = caravan(dir, "--lang", "fa", "check-claims", "KAZ", "IRN", missing);
    assertThat(r.code()).isEqualTo(1);
    // cl.err.noSuchFile
    assertThat(r.err().strip()).isEqualTo("caravan: چنین فایلی نیست: " + missing);
  }
}
