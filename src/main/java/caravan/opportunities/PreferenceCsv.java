package caravan.opportunities;

import caravan.registry.CsvText;
import caravan.registry.ValidationException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A preference list as a user brings it, read with the registry import's strictness: UTF-8 only,
 * RFC 4180 quoting, every value checked, every problem named as {@code file:line: field: reason},
 * and nothing kept when any line is wrong.
 */
final class PreferenceCsv {
  static final List<String> COLUMNS =
      List.of(
          "agreement",
          "hs_code",
          "hs_edition",
          "base_duty",
          "preferential_duty",
          "staging",
          "source_url",
          "quote");

  /** HS editions by the names schedules use and the store's own (H0..H6). */
  private static final Map<String, String> EDITIONS =
      Map.ofEntries(
          Map.entry("HS1992", "H0"),
          Map.entry("HS1996", "H1"),
          Map.entry("HS2002", "H2"),
          Map.entry("HS2007", "H3"),
          Map.entry("HS2012", "H4"),
          Map.entry("HS2017", "H5"),
          Map.entry("HS2022", "H6"));

  private static final int MOST_PROBLEMS = 50;

  /** A line read, with where it was. */
  record Read(PreferenceLine line, int fileLine) {}

  private PreferenceCsv() {}

  /**
   * The lines of {@code bytes} (named {@code file} in messages); {@code knownAgreement} says which
   * agreement ids the registry has. Refuses the whole file on any problem.
   */
  static List<Read> read(byte[] bytes, String file, Predicate<String> knownAgreement) {
    String text = CsvText.decode(bytes, file);
    CsvText.check(text, file);
    List<caravan.text.Text> problems = new ArrayList<>();
    List<Read> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    try (var csv = CsvReader.builder().skipEmptyLines(true).ofNamedCsvRecord(text)) {
      boolean first = true;
      for (NamedCsvRecord r : csv) {
        if (first) {
          first = false;
          List<String> header = r.getHeader().stream().map(String::strip).toList();
          List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
          if (!missing.isEmpty()) {
            throw ValidationException.worded(
                caravan.text.Text.of("cl.pref.cannotRead", file),
                List.of(
                    caravan.text.Text.of(
                        "cl.exp.problem",
                        file,
                        "1",
                        "header",
                        caravan.text.Text.of(
                            "cl.pref.missingColumns",
                            String.join(", ", missing),
                            String.join(",", COLUMNS)))));
          }
        }
        int line = (int) r.getStartingLineNumber();
        Fields f = new Fields(file, line, r, problems);
        String agreement = f.text("agreement", 32);
        if (agreement != null && !knownAgreement.test(agreement)) {
          f.problem("agreement", "cl.pref.agreement", agreement);
        }
        String hs = f.text("hs_code", 10);
        if (hs != null && !hs.matches("([0-9]{2}){2,5}")) {
          f.problem("hs_code", "cl.pref.hsCode", hs);
        }
        String edition = f.text("hs_edition", 8);
        String stored = edition == null ? null : edition(edition);
        if (edition != null && stored == null) {
          f.problem("hs_edition", "cl.pref.edition", edition);
        }
        String base = f.duty("base_duty");
        String preferential = f.duty("preferential_duty");
        String staging = f.text("staging", 200);
        String url = f.text("source_url", 2000);
        if (url != null && !isWebAddress(url)) {
          f.problem("source_url", "cl.pref.url", url);
        }
        String quote = f.text("quote", 4000);
        if (f.clean()) {
          String key = agreement + " " + hs + " " + stored;
          Integer before = seen.putIfAbsent(key, line);
          if (before != null) {
            f.problem("hs_code", "cl.pref.twice", hs, edition, agreement, String.valueOf(before));
          } else {
            out.add(
                new Read(
                    new PreferenceLine(
                        agreement, hs, stored, base, preferential, staging, url, quote),
                    line));
          }
        }
        if (problems.size() >= MOST_PROBLEMS) break;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e); // a String never fails to read
    }
    if (!problems.isEmpty()) {
      throw ValidationException.worded(
          caravan.text.Text.of("cl.pref.cannotImport", file), problems);
    }
    return out;
  }

  static String edition(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    if (Set.of("H0", "H1", "H2", "H3", "H4", "H5", "H6").contains(t)) return t;
    return EDITIONS.get(t);
  }

  private static boolean isWebAddress(String url) {
    try {
      URI u = new URI(url);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && u.getHost() != null
          && !u.getHost().isBlank();
    } catch (Exception e) {
      return false;
    }
  }

  /** One record's values, each problem named with the file, line and column. */
  private static final class Fields {
    private final String file;
    private final int line;
    private final NamedCsvRecord r;
    private final List<caravan.text.Text> problems;
    private final int before;

    Fields(String file, int line, NamedCsvRecord r, List<caravan.text.Text> problems) {
      this.file = file;
      this.line = line;
      this.r = r;
      this.problems = problems;
      this.before = problems.size();
    }

    void problem(String field, String key, Object... args) {
      problems.add(
          caravan.text.Text.of(
              "cl.exp.problem",
              file,
              String.valueOf(line),
              field,
              caravan.text.Text.of(key, args)));
    }

    boolean clean() {
      return problems.size() == before;
    }

    String text(String field, int most) {
      String v = r.findField(field).map(String::strip).orElse("");
      if (v.isEmpty()) {
        problem(field, "cl.pref.empty");
        return null;
      }
      if (v.length() > most) {
        problem(field, "cl.pref.long", String.valueOf(v.length()), String.valueOf(most));
        return null;
      }
      return v;
    }

    /** A duty as written, which must not be negative where it is a number. */
    String duty(String field) {
      String v = text(field, 64);
      if (v == null) return null;
      if (v.matches("-\\s*[0-9].*")) {
        problem(field, "cl.pref.negative", v);
        return null;
      }
      String number = v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v;
      if (number.matches("[0-9.,]+") && !number.matches("[0-9]+([.,][0-9]+)?")) {
        problem(field, "cl.pref.notNumber", v);
        return null;
      }
      return v;
    }
  }
}
