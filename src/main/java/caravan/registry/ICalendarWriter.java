package caravan.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes events and decision deadlines as an RFC 5545 calendar. Each is an all-day VEVENT:
 * DTSTART;VALUE=DATE is the first day, DTEND the day after the last (exclusive, §3.6.1). A date
 * known only to the month or year spans that whole month or year, and the description says so. A
 * deadline is a one-day event on the deadline's last day ({@code 2024-06} → 2024-06-30). Events
 * without a start date are left out (a VEVENT needs DTSTART). TEXT values are escaped (§3.3.11) and
 * lines folded at 75 octets (§3.1), never inside a UTF-8 character; lines end in CRLF.
 */
final class ICalendarWriter {
  static final String PRODID = "-//Caravan//Cooperation registry//EN";
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String stamp;

  ICalendarWriter(Instant now) {
    this.stamp = STAMP.format(now.truncatedTo(ChronoUnit.SECONDS));
  }

  void write(List<Event> events, List<Decision> decisions, Writer out) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:" + PRODID);
    lines.add("CALSCALE:GREGORIAN");
    for (Event e : events) {
      if (e.startDate() != null) event(e, lines);
    }
    for (Decision d : decisions) {
      if (d.deadline() != null) deadline(d, lines);
    }
    lines.add("END:VCALENDAR");
    try {
      for (String l : lines) out.write(fold(l));
      out.flush();
    } catch (IOException x) {
      throw new RegistryException(
          caravan.text.Text.of("reg.io.calendar", String.valueOf(x.getMessage())), Map.of(), x);
    }
  }

  private void event(Event e, List<String> lines) {
    PartialDate last = e.endDate() != null ? e.endDate() : e.startDate();
    List<String> about = new ArrayList<>();
    if (e.kind() != null) about.add(capitalised(e.kind()) + ".");
    precision("Start", e.startDate(), about);
    if (e.endDate() != null) precision("End", e.endDate(), about);
    if (e.notes() != null) about.add(e.notes());
    e.sources().stream().findFirst().ifPresent(s -> about.add("Source: " + s.url()));
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + e.id() + "@caravan");
    lines.add("DTSTAMP:" + stamp);
    lines.add("DTSTART;VALUE=DATE:" + DATE.format(e.startDate().start()));
    lines.add("DTEND;VALUE=DATE:" + DATE.format(last.end().plusDays(1)));
    lines.add("SUMMARY:" + escape(e.title()));
    if (e.place() != null) lines.add("LOCATION:" + escape(e.place()));
    if (!about.isEmpty()) lines.add("DESCRIPTION:" + escape(String.join("\n", about)));
    if (e.kind() != null) lines.add("CATEGORIES:" + escape(e.kind()));
    e.sources().stream()
        .findFirst()
        .map(Source::link)
        .ifPresent(url -> lines.add("URL:" + uri(url)));
    lines.add("END:VEVENT");
  }

  private void deadline(Decision d, List<String> lines) {
    LocalDate day = d.deadline().end();
    List<String> about = new ArrayList<>();
    about.add(
        "Commission session "
            + d.sessionNumber()
            + (d.itemNo() == null ? "" : ", item " + d.itemNo())
            + "; status "
            + d.status().name().toLowerCase().replace('_', ' ')
            + ".");
    if (d.deadline().day() == null) {
      about.add("Deadline given as " + d.deadline() + ": shown on its last day.");
    }
    // each side by its ISO3 code, side A of the pair first
    List<String> sides = d.pair() == null ? List.copyOf(d.owners().keySet()) : d.pair().sides();
    for (String side : sides) {
      if (d.owner(side) != null) about.add(side + " side: " + d.owner(side) + ".");
    }
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + d.id() + "-deadline@caravan");
    lines.add("DTSTAMP:" + stamp);
    lines.add("DTSTART;VALUE=DATE:" + DATE.format(day));
    lines.add("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
    lines.add("SUMMARY:" + escape("Deadline: " + d.text()));
    lines.add("DESCRIPTION:" + escape(String.join("\n", about)));
    lines.add("CATEGORIES:deadline");
    if (d.status() == Decision.Status.DROPPED) lines.add("STATUS:CANCELLED");
    lines.add("END:VEVENT");
  }

  /** A URI value (§3.3.13) takes no escapes: controls, which would end the line, are dropped. */
  static String uri(String url) {
    return url.replaceAll("[\\p{Cntrl}]", "");
  }

  private static void precision(String what, PartialDate d, List<String> about) {
    if (d.month() == null) about.add(what + " known to the year only: " + d + ".");
    else if (d.day() == null) about.add(what + " known to the month only: " + d + ".");
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, newlines as {@code \n}. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {}
        // other controls are not TEXT (§3.3.11) and would break a client's parser
        default -> {
          if (c == '\t' || (c >= 0x20 && c != 0x7F)) b.append(c);
        }
      }
    }
    return b.toString();
  }

  /**
   * The content line with CRLF, folded (§3.1): no physical line longer than 75 octets of UTF-8,
   * each continuation starting with one space (which counts toward its 75), and never splitting a
   * character (a surrogate pair stays whole).
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    return out.append("\r\n").toString();
  }
}
