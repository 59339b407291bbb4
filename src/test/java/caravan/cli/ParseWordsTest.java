package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Picocli's own refusals of a command line reach the reader in the reader's language; English keeps
 * picocli's sentence. Each expected text is the bundle's cl.parse.* line with the option or value
 * the case gives it (messages_{ru,kk,fa}.properties), picocli's for English.
 */
class ParseWordsTest {

  @Test
  void aMissingParameterIsNamedInRussian() {
    CliRun r = CliRun.run("--lang", "ru", "opportunities", "KAZ");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Не указан обязательный параметр: B");
  }

  @Test
  void anUnknownOptionIsNamedInPersianAndInPicocliWordsInEnglish() {
    CliRun fa = CliRun.run("--lang", "fa", "opportunities", "KAZ", "IRN", "--bogus");
    assertThat(fa.code()).isEqualTo(2);
    assertThat(fa.err()).contains("گزینه یا آرگومان ناشناخته: --bogus");
    CliRun en = CliRun.run("--lang", "en", "opportunities", "KAZ", "IRN", "--bogus");
    assertThat(en.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedInKazakh() {
    CliRun r = CliRun.run("--lang", "kk", "opportunities", "KAZ", "IRN", "--limit", "many");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--limit үшін жарамсыз мән: «many»");
  }
}
