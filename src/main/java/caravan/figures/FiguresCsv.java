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
import java.io.UncheckedIOException;
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
                "expected "
                    + String.join(",", COLUMNS)
                    + " but found "
                    + shown(String.join(",", names)));
            break;
          }
          continue;
        }
        if (r.getFieldCount() != COLUMNS.size()) {
          problems.add(
              line,
              "row",
              "expected " + COLUMNS.size() + " fields, found " + r.getFieldCount() + lines(r));
          continue;
        }
        Row row = new Row(line, r, problems);
        StatedFigure f = row.figure();
        if (f != null) {
          if (!ids.add(f.id())) row.problem("id", "duplicate id '" + f.id() + "' in this file");
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
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    if (header && problems.isEmpty()) {
      problems.add(
          1, "header", "the file is empty: expected the header line " + String.join(",", COLUMNS));
    }
    if (!problems.isEmpty())
      throw new FiguresImportException(
          file, problems.kept(), problems.more(), problems.keptTexts());
    return figures;
  }

  /**
   * When a field holds line breaks, a quote opened and never closed in time is the likely cause.
   */
  private static String lines(CsvRecord r) {
    for (String f : r.getFields()) {
      if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        return ": a field runs over several lines, so a double quote (\") is probably opened and"
            + " not closed where it should be; a quote inside a quoted field is written twice"
            + " (\"\")";
      }
    }
    return "";
  }

  private static final Pattern RECORD_LINE =
      Pattern.compile("\\(record starting at line (\\d+)\\)");

  /** FastCSV's refusal in our words, at the line of the record it stopped in. */
  private static void parseProblem(Problems problems, CsvParseException e) {
    String m = String.valueOf(e.getMessage());
    Matcher at = RECORD_LINE.matcher(m);
    long line = at.find() ? Long.parseLong(at.group(1)) : 1;
    String reason;
    if (m.startsWith("Unclosed quoted field")) {
      reason =
          "a double quote (\") opens a field on this line that is never closed: close it, or write"
              + " a quote inside a quoted field twice (\"\")";
    } else if (m.startsWith("The maximum buffer size")) {
      reason =
          "a field longer than "
              + LONGEST_FIELD / (1 << 20)
              + " MiB starts on this line: a double quote (\") opened and never closed is the"
              + " likely cause";
    } else if (m.startsWith("Unexpected character after closing quote")) {
      reason =
          "text follows a closing double quote (\"): a quote inside a quoted field is written"
              + " twice (\"\")";
    } else {
      reason = "cannot be read as CSV";
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

    void add(long line, String field, String reason) {
      add(line, field, Text.literal(reason));
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

    void problem(String field, String reason) {
      problems.add(line, field, reason);
    }

    String get(String column) {
      return r.getField(COLUMNS.indexOf(column)).trim();
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) problem(column, "missing");
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
      problem(column, "bad date '" + shown(v) + "': use an ISO date such as 2025-12-11");
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
        problem(column, "bad number '" + shown(v) + "': use digits with a dot, such as 516.3");
        return null;
      }
      if (d.signum() == 0) return BigDecimal.ZERO;
      // checked before normalising: 1e999999999 written out would be a billion digits. The
      // column is NUMERIC(20,4): 16 digits before the point, 4 after
      if (d.precision() - d.scale() > 16) {
        problem(column, "'" + v + "' is out of range: at most 16 digits before the decimal point");
        return null;
      }
      BigDecimal n = Decimals.normal(d);
      if (n.scale() > 4) {
        problem(
            column,
            "'"
                + v
                + "' has more than 4 decimal places: the store would round it; round it in"
                + " the file");
        return null;
      }
      if (n.signum() < 0 && !Vocabulary.mayBeNegative(indicator)) {
        problem(
            column,
            "negative value "
                + v
                + ": "
                + indicator
                + " cannot be below zero (only growth rates and net FDI inflows may be)");
        return null;
      }
      return n;
    }

    StatedFigure figure() {
      String id = required("id");
      if (!id.isEmpty() && !ID.matcher(id).matches()) {
        problem("id", "bad id '" + shown(id) + "': letters, digits, '.', '_' and '-', at most 32");
      }
      String a = required("pair_a");
      String b = required("pair_b");
      for (String[] c : new String[][] {{"pair_a", a}, {"pair_b", b}}) {
        if (c[1].isEmpty()) continue;
        if (!COUNTRY.matcher(c[1]).matches()) {
          problem(c[0], "bad country code '" + shown(c[1]) + "': use ISO 3166 alpha-3 such as KAZ");
        } else if (KnownCountries.ALL.byIso3(c[1]).isEmpty()) {
          problem(
              c[0],
              "unknown country code '"
                  + c[1]
                  + "': it is no ISO 3166 alpha-3 code of the UN M49 list; use one such as KAZ");
        }
      }
      if (!a.isEmpty() && a.equals(b)) problem("pair_b", "a pair needs two different countries");
      String indicator = required("indicator");
      if (!indicator.isEmpty() && !Vocabulary.knownIndicator(indicator)) {
        problem(
            "indicator",
            "unknown indicator '" + shown(indicator) + "' (see data/figures/PROVENANCE.md)");
      }
      String direction = required("direction");
      if (!direction.isEmpty()
          && !direction.equals("total")
          && !direction.equals(a + "->" + b)
          && !direction.equals(b + "->" + a)) {
        problem(
            "direction",
            "unknown direction '"
                + shown(direction)
                + "': use total, "
                + a
                + "->"
                + b
                + " or "
                + b
                + "->"
                + a);
      }
      Period period = null;
      String label = get("period");
      LocalDate start = date("period_start");
      LocalDate end = date("period_end");
      if (label.length() > 64) {
        problem("period", "bad period '" + shown(label) + "': use one of " + Period.ACCEPTED_FORMS);
      } else if (!label.isEmpty()) {
        try {
          period = Period.parse(label);
          if (start != null && !start.equals(period.start())) {
            problem("period_start", start + " disagrees with period " + period);
          }
          if (end != null && !end.equals(period.end())) {
            problem("period_end", end + " disagrees with period " + period);
          }
        } catch (CaravanException e) {
          problem("period", e.getMessage());
        }
      } else if (!get("period_start").isEmpty() || !get("period_end").isEmpty()) {
        problem("period", "missing: dates are given without a period label");
      }
      // an empty value_low is an upper bound ("up to 15"), an empty value_high a lower bound
      BigDecimal low = decimal("value_low", indicator);
      BigDecimal high = decimal("value_high", indicator);
      if (get("value_low").isEmpty() && get("value_high").isEmpty()) {
        problem(
            "value_low",
            "missing: give value_low, value_high or both (value_low alone for 'more than',"
                + " value_high alone for 'up to')");
      }
      if (low != null && high != null && low.compareTo(high) > 0) {
        problem("value_low", "value_low " + low + " > value_high " + high);
      }
      String unit = required("unit");
      if (!unit.isEmpty() && !Vocabulary.UNITS.contains(unit)) {
        problem(
            "unit",
            "unknown unit '"
                + shown(unit)
                + "': use one of "
                + String.join(", ", Vocabulary.UNITS.stream().sorted().toList()));
      }
      String basis = get("basis");
      String reportedBy = required("reported_by");
      String url = get("source_url");
      if (url.isEmpty()) {
        // an unknown article address stays empty and the basis says so; never a home page
        if (!basis.toLowerCase(java.util.Locale.ROOT).contains("unknown")) {
          problem(
              "source_url",
              "missing: give the article's address, or leave it empty and say 'unknown' in basis");
        }
      } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
        problem("source_url", "bad URL '" + shown(url) + "': use an http(s) address");
      } else if (SourceUrls.isSiteRoot(url)) {
        problem(
            "source_url",
            "'"
                + shown(url)
                + "' is a site's home page, not the article: give the article's address, or leave"
                + " it empty and say 'unknown' in basis");
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
