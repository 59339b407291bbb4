package caravan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void russian_and_english_have_the_same_keys() throws IOException {
    assertThat(load("ru").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
  }

  @Test
  void every_line_is_a_key_a_comment_or_blank() throws IOException {
    for (String lang : List.of("en", "ru")) {
      try (InputStream in =
          MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          // a merge marker or a stray text would silently become a key
          assertThat(line).as(lang).matches("|#.*|[a-zA-Z0-9_.]+=.*");
        }
      }
    }
  }

  @Test
  void no_key_is_defined_twice() throws IOException {
    // bundles merge by union (.gitattributes), so two branches adding one key would both land and
    // the later line would silently win
    for (String lang : List.of("en", "ru")) {
      try (InputStream in =
          MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
        List<String> keys =
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("=") && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')))
                .toList();
        assertThat(keys).as(lang).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void a_missing_key_shows_itself_instead_of_failing_a_page() {
    assertThat(Messages.of("en").get("no.such.key")).isEqualTo("?no.such.key?");
    assertThat(Messages.of("xx").lang()).isEqualTo("en");
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
