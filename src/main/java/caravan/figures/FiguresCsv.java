package caravan.figures;

import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the stated-figures CSV format and validates the whole file before anything is written:
 * every problem of every row is collected as {@code file:line: field: reason}.
 */
final class FiguresCsv {
  private FiguresCsv() {}

  static final List<String> COLUMNS =
      List.of(
          "id",
          "pair_a",
          "pair_b",
          "indicator",
          "direction",
          "period",
          "period_start",
          "period_end",
          "value_low",
          "value_high",
          "unit",
          "basis",
          "reported_by",
          "source_url",
          "source_date",
          "quote");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  /** The problems kept for the message; the rest are counted (a garbage file has one a line). */
  static final int PROBLEMS_KEPT = 100;

  /** The longest field read: a quote never closed ends here, not at the end of a large file. */
  private static final int LONGEST_FIELD = 1 << 20;

  /**
   * Parses and validates the file's bytes, decoded strictly as UTF-8 ({@link Utf8Text}); {@code
   * file} names it in messages.
   */
  static List<StatedFigure> read(String file, InputStream in) {
    return read(file, new Utf8Text(in));
  }

  /** Parses and validates {@code in}; {@code file} names it in messages. */
  static List<StatedFigure> read(String file, Reader in) {
    Problems problems = new Problems(file);
    List<StatedFigure> figures = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean header = true;
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .allowUnclosedQuote(false)
            .maxBufferSize(LONGEST_FIELD)
            .ofCsvRecord(caravan.text.Bom.skipped(in))) {
      for (CsvRecord r : csv) {
        long line = r.getStartingLineNumber();
        if (header) {
          header = false;
          List<String> names = r.getFields().stream().map(String::trim).toList();
          if (!names.equals(COLUMNS)) {
            problems.add(
                line,
                "header",
                Text.of(
                    "fig.csv.header", String.join(",", COLUMNS), shown(String.join(",", names))));
            break;
          }
          continue;
        }
        if (r.getFieldCount() != COLUMNS.size()) {
          problems.add(
              line,
              "row",
              Text.of(
                  "fig.csv.fields",
                  String.valueOf(COLUMNS.size()),
                  String.valueOf(r.getFieldCount()),
                  lines(r)));
          continue;
        }
        Row row = new Row(line, r, problems);
        StatedFigure f = row.figure();
        if (f != null) {
          if (!ids.add(f.id())) row.problem("id", Text.of("fig.csv.duplicateId", f.id()));
          else figures.add(f);
        }
      }
    } catch (Utf8Text.NotText e) {
      problems.add(e.line, "encoding", e.text);
    } catch (CsvParseException e) {
      // FastCSV wraps what the text reader threw
      if (e.getCause() instanceof Utf8Text.NotText t) problems.add(t.line, "encoding", t.text);
      else parseProblem(problems, e);
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("fig.err.read", file, String.valueOf(e.getMessage())), java.util.Map.of(), e);
    }
    if (header && problems.isEmpty()) {
      problems.add(1, "header", Text.of("fig.csv.empty", String.join(",", COLUMNS)));
    }
    if (!problems.isEmpty())
      throw new FiguresImportException(
          file, problems.kept(), problems.more(), problems.keptTexts());
    return figures;
  }

  /**
   * When a field holds line breaks, a quote opened and never closed in time is the likely cause.
   */
  private static Text lines(CsvRecord r) {
    for (String f : r.getFields()) {
      if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) return Text.of("fig.csv.multiline");
    }
    return Text.literal("");
  }

  private static final Pattern RECORD_LINE =
      Pattern.compile("\\(record starting at line (\\d+)\\)");

  /** FastCSV's refusal in our words, at the line of the record it stopped in. */
  private static void parseProblem(Problems problems, CsvParseException e) {
    String m = String.valueOf(e.getMessage());
    Matcher at = RECORD_LINE.matcher(m);
    long line = at.find() ? Long.parseLong(at.group(1)) : 1;
    Text reason;
    if (m.startsWith("Unclosed quoted field")) {
      reason = Text.of("fig.csv.unclosed");
    } else if (m.startsWith("The maximum buffer size")) {
      reason = Text.of("fig.csv.longField", String.valueOf(LONGEST_FIELD / (1 << 20)));
    } else if (m.startsWith("Unexpected character after closing quote")) {
      reason = Text.of("fig.csv.afterQuote");
    } else {
      reason = Text.of("fig.csv.notCsv");
    }
    problems.add(line, "row", reason);
  }

  /** A value as it may be echoed in a message: short, with control characters shown as '?'. */
  static String shown(String v) {
    String s = v.length() > 60 ? v.substring(0, 57) + "..." : v;
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }

  /** The problems found: the first {@link #PROBLEMS_KEPT} in words, the rest counted. */
  private static final class Problems {
    private final String file;
    private final List<String> kept = new ArrayList<>();
    private final List<Text> keptTexts = new ArrayList<>();
    private int count;

    Problems(String file) {
      this.file = file;
    }

    void add(long line, String field, Text reason) {
      count++;
      if (kept.size() < PROBLEMS_KEPT) {
        kept.add(file + ":" + line + ": " + field + ": " + reason.english());
        keptTexts.add(Text.of("lang.fig.problem", file, String.valueOf(line), field, reason));
      }
    }

    List<Text> keptTexts() {
      return keptTexts;
    }

    int count() {
      return count;
    }

    boolean isEmpty() {
      return count == 0;
    }

    List<String> kept() {
      return kept;
    }

    int more() {
      return count - kept.size();
    }
  }

  /** The UN M49 list, read once: a country code must name a country, not just look like one. */
  private static final class KnownCountries {
    static final Countries ALL = Countries.shipped();
  }

  /** One data row, collecting its problems. */
  private static final class Row {
    private final long line;
    private final CsvRecord r;
    private final Problems problems;
    private final int before;

    Row(long line, CsvRecord r, Problems problems) {
      this.line = line;
      this.r = r;
      this.problems = problems;
      this.before = problems.count();
    }

    void problem(String field, Text reason) {
      problems.add(line, field, reason);
    }

    String get(String column) {
      return r.getField(COLUMNS.indexOf(column)).trim();
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) problem(column, Text.of("fig.csv.missing"));
      return v;
    }

    LocalDate date(String column) {
      String v = get(column);
      if (v.isEmpty()) return null;
      try {
        // four-digit years only: ISO also reads "+999999999-12-31", which PostgreSQL cannot store
        if (v.length() == 10) return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        // said below
      }
      problem(column, Text.of("fig.csv.date", shown(v)));
      return null;
    }

    BigDecimal decimal(String column, String indicator) {
      String v = get(column);
      if (v.isEmpty()) return null;
      BigDecimal d;
      try {
        // a longer text is no stated figure, and BigDecimal would take long to read it
        if (v.length() > 40) throw new NumberFormatException();
        d = new BigDecimal(v);
      } catch (NumberFormatException e) {
        // NaN and Infinity land here too: BigDecimal has no such values
        problem(column, Text.of("fig.csv.number", shown(v)));
        return null;
      }
      if (d.signum() == 0) return BigDecimal.ZERO;
      // checked before normalising: 1e999999999 written out would be a billion digits. The
      // column is NUMERIC(20,4): 16 digits before the point, 4 after
      if (d.precision() - d.scale() > 16) {
        problem(column, Text.of("fig.csv.range", v));
        return null;
      }
      BigDecimal n = Decimals.normal(d);
      if (n.scale() > 4) {
        problem(column, Text.of("fig.csv.places", v));
        return null;
      }
      if (n.signum() < 0 && !Vocabulary.mayBeNegative(indicator)) {
        problem(column, Text.of("fig.csv.negative", v, indicator));
        return null;
      }
      return n;
    }

    StatedFigure figure() {
      String id = required("id");
      if (!id.isEmpty() && !ID.matcher(id).matches()) {
        problem("id", Text.of("fig.csv.id", shown(id)));
      }
      String a = required("pair_a");
      String b = required("pair_b");
      for (String[] c : new String[][] {{"pair_a", a}, {"pair_b", b}}) {
        if (c[1].isEmpty()) continue;
        if (!COUNTRY.matcher(c[1]).matches()) {
          problem(c[0], Text.of("fig.csv.country", shown(c[1])));
        } else if (KnownCountries.ALL.byIso3(c[1]).isEmpty()) {
          problem(c[0], Text.of("fig.csv.unknownCountry", c[1]));
        }
      }
      if (!a.isEmpty() && a.equals(b)) problem("pair_b", Text.of("fig.csv.samePair"));
      String indicator = required("indicator");
      if (!indicator.isEmpty() && !Vocabulary.knownIndicator(indicator)) {
        problem("indicator", Text.of("fig.csv.indicator", shown(indicator)));
      }
      String direction = required("direction");
      if (!direction.isEmpty()
          && !direction.equals("total")
          && !direction.equals(a + "->" + b)
          && !direction.equals(b + "->" + a)) {
        problem("direction", Text.of("fig.csv.direction", shown(direction), a, b));
      }
      Period period = null;
      String label = get("period");
      LocalDate start = date("period_start");
      LocalDate end = date("period_end");
      if (label.length() > 64) {
        problem("period", Text.of("fig.csv.period", shown(label), Period.ACCEPTED_FORMS));
      } else if (!label.isEmpty()) {
        try {
          period = Period.parse(label);
          if (start != null && !start.equals(period.start())) {
            problem(
                "period_start", Text.of("fig.csv.disagrees", start.toString(), period.toString()));
          }
          if (end != null && !end.equals(period.end())) {
            problem("period_end", Text.of("fig.csv.disagrees", end.toString(), period.toString()));
          }
        } catch (CaravanException e) {
          problem("period", e.text());
        }
      } else if (!get("period_start").isEmpty() || !get("period_end").isEmpty()) {
        problem("period", Text.of("fig.csv.noLabel"));
      }
      // an empty value_low is an upper bound ("up to 15"), an empty value_high a lower bound
      BigDecimal low = decimal("value_low", indicator);
      BigDecimal high = decimal("value_high", indicator);
      if (get("value_low").isEmpty() && get("value_high").isEmpty()) {
        problem("value_low", Text.of("fig.csv.noValue"));
      }
      if (low != null && high != null && low.compareTo(high) > 0) {
        problem("value_low", Text.of("fig.csv.lowHigh", low.toString(), high.toString()));
      }
      String unit = required("unit");
      if (!unit.isEmpty() && !Vocabulary.UNITS.contains(unit)) {
        problem(
            "unit",
            Text.of(
                "fig.csv.unit",
                shown(unit),
                String.join(", ", Vocabulary.UNITS.stream().sorted().toList())));
      }
      String basis = get("basis");
      String reportedBy = required("reported_by");
      String url = get("source_url");
      if (url.isEmpty()) {
        // an unknown article address stays empty and the basis says so; never a home page
        if (!basis.toLowerCase(java.util.Locale.ROOT).contains("unknown")) {
          problem("source_url", Text.of("fig.csv.noUrl"));
        }
      } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
        problem("source_url", Text.of("fig.csv.url", shown(url)));
      } else if (SourceUrls.isSiteRoot(url)) {
        problem("source_url", Text.of("fig.csv.homePage", shown(url)));
      }
      LocalDate sourceDate = date("source_date");
      String quote = required("quote");
      if (problems.count() > before) return null;
      return new StatedFigure(
          id,
          a,
          b,
          indicator,
          direction,
          period,
          low,
          high,
          unit,
          basis.isEmpty() ? null : basis,
          reportedBy,
          url.isEmpty() ? null : url,
          sourceDate,
          quote);
    }
  }
}
