package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ICalendarTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);

  /** H2 here; {@link ICalendarOnPostgresTest} runs every test again on PostgreSQL. */
  RelationalStore newStore() {
    return TestStores.h2();
  }

  @Test
  void text_escapes_backslash_semicolon_comma_and_newline() {
    // RFC 5545 §3.3.11: \ → \\, ; → \;, , → \,, newline → \n
    assertThat(ICalendarWriter.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
  }

  @Test
  void a_long_ascii_line_folds_at_75_octets_with_a_leading_space() {
    String line = "SUMMARY:" + "x".repeat(100); // 108 octets

    // 75 on the first line; the continuation is a space plus the other 33
    assertThat(ICalendarWriter.fold(line))
        .isEqualTo("SUMMARY:" + "x".repeat(67) + "\r\n " + "x".repeat(33) + "\r\n");
  }

  @Test
  void folding_never_splits_a_two_octet_cyrillic_letter() {
    String line = "SUMMARY:" + "Ж".repeat(40); // 8 + 80 octets

    String folded = ICalendarWriter.fold(line);
    String[] physical = folded.split("\r\n");
    // 8 + 33 letters = 74 octets (a 34th would make 76); then " " + 7 letters = 15 octets
    assertThat(physical[0]).isEqualTo("SUMMARY:" + "Ж".repeat(33));
    assertThat(physical[1]).isEqualTo(" " + "Ж".repeat(7));
    assertThat(Arrays.stream(physical).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length))
        .allMatch(n -> n <= 75);
  }

  @Test
  void shipped_events_and_a_deadline_become_all_day_vevents() {
    RelationalStore store = newStore();
    Countries countries = Countries.shipped();
    RegistryService registry = new RegistryService(store.jdbi(), countries, CLOCK);
    registry.loadShipped();
    Decision d =
        registry.create(
            new Decision(
                null,
                0,
                19,
                "3",
                "Open the rail link; report, quarterly",
                Map.of(),
                PartialDate.of(2024, 6),
                Decision.Status.PLANNED,
                List.of(),
                List.of(),
                null,
                List.of(new Source("https://example.org/p", PartialDate.of(2023, 12, 4), "ok"))),
            "alice");
    StringWriter out = new StringWriter();
    new RegistryExports(registry, store.jdbi(), countries, null, CLOCK).exportICalendar(out);
    String ics = out.toString();
    List<String> lines = Arrays.asList(ics.split("\r\n", -1));

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    // events.csv EVT-002: Kazakh-Iranian Business Forum, 2025-12-11..2025-12-11, Astana;
    // DTEND is the day after the last day
    int evt = lines.indexOf("UID:EVT-002@caravan");
    assertThat(lines.subList(evt, evt + 6))
        .containsExactly(
            "UID:EVT-002@caravan",
            "DTSTAMP:20251220T090000Z",
            "DTSTART;VALUE=DATE:20251211",
            "DTEND;VALUE=DATE:20251212",
            "SUMMARY:Kazakh-Iranian Business Forum",
            "LOCATION:Astana");
    // deadline 2024-06 → its last day 2024-06-30; the comma and semicolon escaped
    int dl = lines.indexOf("UID:" + d.id() + "-deadline@caravan");
    assertThat(lines.subList(dl + 2, dl + 5))
        .containsExactly(
            "DTSTART;VALUE=DATE:20240630",
            "DTEND;VALUE=DATE:20240701",
            "SUMMARY:Deadline: Open the rail link\\; report\\, quarterly");
  }
}
