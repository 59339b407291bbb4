package caravan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final List<String> ALL = List.of("ru", "en", "kk", "fa");

  @Test
  void caravan_speaks_four_languages() {
    assertThat(Messages.LANGUAGES).containsExactlyInAnyOrderElementsOf(ALL);
  }

  @Test
  void every_language_has_every_key() throws IOException {
    Set<String> en = load("en").stringPropertyNames();
    for (String lang : ALL) {
      Set<String> keys = load(lang).stringPropertyNames();
      assertThat(new TreeSet<>(en)).as("keys of en missing in " + lang).isSubsetOf(keys);
      assertThat(new TreeSet<>(keys)).as("keys of " + lang + " missing in en").isSubsetOf(en);
    }
  }

  @Test
  void every_language_has_the_placeholders_of_english() throws IOException {
    // a translation that drops {1} silently loses a figure; one that adds {3} shows "{3}"
    Properties en = load("en");
    List<String> wrong = new ArrayList<>();
    for (String lang : ALL) {
      Properties p = load(lang);
      for (String key : en.stringPropertyNames()) {
        if (p.getProperty(key) == null) continue;
        Set<String> want = placeholders(en.getProperty(key));
        Set<String> got = placeholders(p.getProperty(key));
        if (!want.equals(got)) wrong.add(lang + " " + key + ": " + got + " instead of " + want);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void a_message_with_arguments_doubles_its_apostrophes() throws IOException {
    // MessageFormat reads a lone ' as the start of a quoted run: "{0}'s" would lose the rest
    List<String> wrong = new ArrayList<>();
    for (String lang : ALL) {
      Properties p = load(lang);
      for (String key : p.stringPropertyNames()) {
        String v = p.getProperty(key);
        if (!placeholders(v).isEmpty() && v.replace("''", "").contains("'")) {
          wrong.add(lang + " " + key);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_line_is_a_key_a_comment_or_blank() throws IOException {
    for (String lang : ALL) {
      for (String line : text(lang).split("\n")) {
        // a merge marker or a stray text would silently become a key
        assertThat(line).as(lang).matches("|#.*|[a-zA-Z0-9_.]+=.*");
      }
    }
  }

  @Test
  void no_key_is_defined_twice() throws IOException {
    // bundles merge by union (.gitattributes), so two branches adding one key would both land and
    // the later line would silently win
    for (String lang : ALL) {
      List<String> keys =
          text(lang)
              .lines()
              .filter(l -> l.contains("=") && !l.startsWith("#"))
              .map(l -> l.substring(0, l.indexOf('=')))
              .toList();
      assertThat(keys).as(lang).doesNotHaveDuplicates();
    }
  }

  @Test
  void kazakh_and_persian_are_written_in_their_own_scripts() throws IOException {
    // a copied English or Russian line would pass the key checks: a translated bundle uses the
    // letters only its language has (Kazakh ә ғ қ ң ө ұ ү һ і; Persian پ چ ژ گ and ی)
    assertThat(text("kk")).containsPattern("[әғқңөұүһі]");
    assertThat(text("fa")).containsPattern("[پچژگی]");
    assertThat(Messages.of("kk").get("card.turnover")).isEqualTo("Тауар айналымы");
    assertThat(Messages.of("fa").get("card.turnover")).isEqualTo("حجم تجارت");
  }

  @Test
  void arguments_are_formatted_in_the_language() {
    // ICU MessageFormat: a number argument takes the language's digits
    assertThat(Messages.of("fa").get("corr.page.unit.km", 12)).isEqualTo("۱۲ کیلومتر");
    assertThat(Messages.of("en").get("corr.page.unit.km", 12)).isEqualTo("12 km");
    assertThat(Messages.of("en").get("missing.noMirror", "KAZ", "IRN")).contains("KAZ's");
    // a date argument prints as before (ISO), not as ICU's date-time
    assertThat(Messages.of("en").get("registry.overdue.note", java.time.LocalDate.of(2025, 12, 11)))
        .contains("2025-12-11");
  }

  @Test
  void persian_runs_right_to_left_and_the_others_left_to_right() {
    assertThat(Messages.of("fa").dir()).isEqualTo("rtl");
    assertThat(Messages.of("kk").dir()).isEqualTo("ltr");
  }

  @Test
  void accept_language_picks_the_first_language_caravan_speaks() {
    assertThat(Messages.fromAcceptLanguage("de-DE,fa;q=0.8,en;q=0.5")).isEqualTo("fa");
    assertThat(Messages.fromAcceptLanguage("kk-KZ")).isEqualTo("kk");
    assertThat(Messages.fromAcceptLanguage("en;q=0.2,ru;q=0.9")).isEqualTo("ru");
    assertThat(Messages.fromAcceptLanguage("de")).isNull();
    assertThat(Messages.fromAcceptLanguage(";;;")).isNull();
  }

  @Test
  void a_missing_key_shows_itself_instead_of_failing_a_page() {
    assertThat(Messages.of("en").get("no.such.key")).isEqualTo("?no.such.key?");
    assertThat(Messages.of("xx").lang()).isEqualTo("en");
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(pattern);
    while (m.find()) out.add("{" + m.group(1) + "}");
    return out;
  }

  private static String text(String lang) throws IOException {
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Properties load(String lang) throws IOException {
    Properties p = new Properties();
    try (var r =
        new java.io.InputStreamReader(
            MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties"),
            StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
