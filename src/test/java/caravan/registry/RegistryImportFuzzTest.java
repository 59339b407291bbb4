package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.CaravanException;
import caravan.text.Countries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A property of import-registry (issue 11 §4), JSON and CSV: valid exports of the shipped registry,
 * mutated at random with a fixed seed (bytes, quotes, line endings, columns, UTF-16 and Latin-1,
 * huge numbers, truncation, ids, schemes), are either imported or refused with a typed failure
 * whose text holds no stack trace, class or SQL; and a refused file leaves every registry table,
 * the audit log and the data version byte for byte as they were.
 */
class RegistryImportFuzzTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);

  /** Text that only a trace, a Java or database message, or a parser's inside would show. */
  static final Pattern LEAK =
      Pattern.compile(
          "\\tat |Exception|\\bjava\\.(lang|io|sql|util|math)|com\\.fasterxml|de\\.siegmar"
              + "|org\\.(h2|jdbi|postgresql)|caravan\\.[a-z]+\\.[A-Z]|SQL|jdbc:|\\[Source"
              + "|Value too long|\\u0000");

  @Test
  void mutated_files_are_imported_or_refused_in_words_leaving_the_store_as_it_was_on_h2() {
    run(TestStores.h2(), 20260101L, 200);
  }

  @Test
  void mutated_files_are_imported_or_refused_in_words_leaving_the_store_as_it_was_on_postgres() {
    run(TestStores.postgres(), 20260102L, 30);
  }

  private void run(RelationalStore store, long seed, int rounds) {
    Countries countries = Countries.shipped();
    RegistryService registry = new RegistryService(store.jdbi(), countries, CLOCK);
    RegistryExports exports = new RegistryExports(registry, store.jdbi(), countries, null, CLOCK);
    // the bases: five shipped projects and five shipped events, as one JSON document and each
    // kind as CSV, imported once so that the store holds them (a few records keep a round short)
    List<RegistryRecord> shipped = RegistryCsv.shipped();
    java.util.function.Function<Class<? extends RegistryRecord>, List<? extends RegistryRecord>>
        some = t -> shipped.stream().filter(t::isInstance).limit(5).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportJson.write(t -> t == Project.class || t == Event.class ? some.apply(t) : List.of(), out);
    String json = out.toString(StandardCharsets.UTF_8);
    exports.importJson(new ByteArrayInputStream(out.toByteArray()), "base.json", "base");
    List<Base> bases = new ArrayList<>(List.of(new Base(null, json)));
    for (Class<? extends RegistryRecord> t : List.of(Project.class, Event.class)) {
      StringWriter csv = new StringWriter();
      write(t, some.apply(t), csv);
      bases.add(new Base(t, csv.toString()));
    }
    Random random = new Random(seed);
    int refused = 0;
    for (int round = 0; round < rounds; round++) {
      Base base = bases.get(random.nextInt(bases.size()));
      List<String> how = new ArrayList<>();
      byte[] bytes = mutate(base.text, random, how);
      String before = RegistryDump.of(store.jdbi());
      String where = "seed " + seed + " round " + round + " " + base.name() + " " + how;
      try {
        if (base.type == null) {
          exports.importJson(new ByteArrayInputStream(bytes), "fuzz.json", "fuzz");
        } else {
          exports.importCsv(base.type, new ByteArrayInputStream(bytes), "fuzz.csv", "fuzz");
        }
      } catch (CaravanException e) {
        refused++;
        String text =
            e.getMessage()
                + (e instanceof ValidationException v ? String.join("\n", v.problems()) : "");
        assertThat(LEAK.matcher(text).find()).as(where + ": " + text).isFalse();
        assertThat(RegistryDump.of(store.jdbi())).as(where).isEqualTo(before);
      } catch (RuntimeException | Error e) {
        fail(where + ": escaped as " + e, e);
      }
    }
    // the mutations must mostly break the files, or the property is tested on nothing
    assertThat(refused).isGreaterThan(rounds / 2);
  }

  @SuppressWarnings("unchecked")
  private static <T extends RegistryRecord> void write(
      Class<T> type, List<? extends RegistryRecord> records, StringWriter out) {
    ExportCsv.write(type, (List<T>) records, out);
  }

  record Base(Class<? extends RegistryRecord> type, String text) {
    String name() {
      return type == null ? "json" : type.getSimpleName() + " csv";
    }
  }

  static final String[] HUGE = {
    "1e300",
    "99999999999999999999999999",
    "-1",
    "1e-999999999",
    "1e999999999",
    "NaN",
    "0x10",
    "2147483648",
    "-0.0000001"
  };
  static final String[] IDS = {
    "", "../../etc", "PRJ-", "prj-001", "EVT-0000000000000000001", "SES-0"
  };

  /** The text mutated one to three times, each named in {@code how}, as bytes. */
  static byte[] mutate(String text, Random r, List<String> how) {
    String t = text;
    String encoding = "UTF-8";
    int times = 1 + r.nextInt(3);
    for (int i = 0; i < times; i++) {
      int at = t.isEmpty() ? 0 : r.nextInt(t.length());
      switch (r.nextInt(12)) {
        case 0 -> {
          how.add("quote@" + at);
          t = t.substring(0, at) + '"' + t.substring(at);
        }
        case 1 -> {
          how.add("LF");
          t = r.nextBoolean() ? t.replace("\r\n", "\n") : t.replaceFirst("\r\n", "\n");
          if (r.nextBoolean()) t = t.replaceFirst("\n", "\r");
        }
        case 2 -> {
          how.add("comma@" + at);
          int c = t.indexOf(',', at);
          if (c >= 0)
            t =
                r.nextBoolean()
                    ? t.substring(0, c) + t.substring(c + 1)
                    : t.substring(0, c) + ",," + t.substring(c + 1);
        }
        case 3 -> {
          encoding = r.nextBoolean() ? "UTF-16" + (r.nextBoolean() ? "LE" : "") : "ISO-8859-1";
          how.add(encoding);
          if (encoding.equals("ISO-8859-1")) t = t.substring(0, at) + "é" + t.substring(at);
        }
        case 4 -> {
          String h = HUGE[r.nextInt(HUGE.length)];
          how.add("number " + h);
          t = t.replaceFirst("(?<=[,:] ?)\"?[0-9][0-9.]*\"?(?=[,\\r\\n}])", h);
        }
        case 5 -> {
          how.add("truncated@" + at);
          t = t.substring(0, at);
        }
        case 6 -> {
          String id = IDS[r.nextInt(IDS.length)];
          how.add("id '" + id + "'");
          t = t.replaceFirst("(PRJ|EVT)-0\\d\\d", java.util.regex.Matcher.quoteReplacement(id));
        }
        case 7 -> {
          how.add("scheme");
          t = t.replaceFirst("https?://", r.nextBoolean() ? "javascript:" : "");
        }
        case 8 -> {
          how.add("NUL@" + at);
          t = t.substring(0, at) + '\0' + t.substring(at);
        }
        case 9 -> {
          how.add("new id");
          t = t.replaceFirst("(PRJ|EVT)-0(\\d\\d)", "$1-9$2");
        }
        case 10 -> {
          how.add("line dropped");
          String[] lines = t.split("\n", -1);
          if (lines.length > 2) {
            int drop = 1 + r.nextInt(lines.length - 1);
            List<String> kept = new ArrayList<>(List.of(lines));
            kept.remove(drop);
            t = String.join("\n", kept);
          }
        }
        default -> {
          how.add("bytes@" + at);
          byte[] b = t.getBytes(StandardCharsets.UTF_8);
          for (int k = 0; k < 1 + r.nextInt(4) && b.length > 0; k++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
          }
          return b; // raw bytes: no encoding after
        }
      }
    }
    return t.getBytes(java.nio.charset.Charset.forName(encoding));
  }
}
