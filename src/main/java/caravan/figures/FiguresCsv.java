package caravan.figures;

import caravan.text.CaravanException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** Parses and validates {@code in}; {@code file} names it in messages. */
  static List<StatedFigure> read(String file, Reader in) {
    List<String> problems = new ArrayList<>();
    List<StatedFigure> figures = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .ofCsvRecord(caravan.text.Bom.skipped(in))) {
      boolean header = true;
      for (CsvRecord r : csv) {
        long line = r.getStartingLineNumber();
        if (header) {
          header = false;
          List<String> names = r.getFields().stream().map(String::trim).toList();
          if (!names.equals(COLUMNS)) {
            problems.add(
                file
                    + ":"
                    + line
                    + ": header: expected "
                    + String.join(",", COLUMNS)
                    + " but found "
                    + String.join(",", names));
            break;
          }
          continue;
        }
        if (r.getFieldCount() != COLUMNS.size()) {
          problems.add(
              file
                  + ":"
                  + line
                  + ": row: expected "
                  + COLUMNS.size()
                  + " fields, found "
                  + r.getFieldCount());
          continue;
        }
        Row row = new Row(file, line, r, problems);
        StatedFigure f = row.figure();
        if (f != null) {
          if (!ids.add(f.id())) row.problem("id", "duplicate id '" + f.id() + "' in this file");
          else figures.add(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    } catch (RuntimeException e) {
      if (e instanceof CaravanException) throw e;
      problems.add(file + ": csv: " + e.getMessage());
    }
    if (!problems.isEmpty()) throw new FiguresImportException(file, problems);
    return figures;
  }

  /** One data row, collecting its problems. */
  private static final class Row {
    private final String file;
    private final long line;
    private final CsvRecord r;
    private final List<String> problems;
    private final int before;

    Row(String file, long line, CsvRecord r, List<String> problems) {
      this.file = file;
      this.line = line;
      this.r = r;
      this.problems = problems;
      this.before = problems.size();
    }

    void problem(String field, String reason) {
      problems.add(file + ":" + line + ": " + field + ": " + reason);
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
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problem(column, "bad date '" + v + "': use an ISO date such as 2025-12-11");
        return null;
      }
    }

    BigDecimal decimal(String column, boolean required) {
      String v = required ? required(column) : get(column);
      if (v.isEmpty()) return null;
      try {
        return Decimals.normal(new BigDecimal(v));
      } catch (NumberFormatException e) {
        problem(column, "bad number '" + v + "': use digits with a dot, such as 516.3");
        return null;
      }
    }

    StatedFigure figure() {
      String id = required("id");
      if (!id.isEmpty() && !ID.matcher(id).matches()) {
        problem("id", "bad id '" + id + "': letters, digits, '.', '_' and '-', at most 32");
      }
      String a = required("pair_a");
      String b = required("pair_b");
      for (String[] c : new String[][] {{"pair_a", a}, {"pair_b", b}}) {
        if (!c[1].isEmpty() && !COUNTRY.matcher(c[1]).matches()) {
          problem(c[0], "bad country code '" + c[1] + "': use ISO 3166 alpha-3 such as KAZ");
        }
      }
      if (!a.isEmpty() && a.equals(b)) problem("pair_b", "a pair needs two different countries");
      String indicator = required("indicator");
      if (!indicator.isEmpty() && !Vocabulary.knownIndicator(indicator)) {
        problem(
            "indicator", "unknown indicator '" + indicator + "' (see data/figures/PROVENANCE.md)");
      }
      String direction = required("direction");
      if (!direction.isEmpty()
          && !direction.equals("total")
          && !direction.equals(a + "->" + b)
          && !direction.equals(b + "->" + a)) {
        problem(
            "direction",
            "unknown direction '"
                + direction
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
      if (!label.isEmpty()) {
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
      BigDecimal low = decimal("value_low", false);
      BigDecimal high = decimal("value_high", false);
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
                + unit
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
        problem("source_url", "bad URL '" + url + "': use an http(s) address");
      } else if (SourceUrls.isSiteRoot(url)) {
        problem(
            "source_url",
            "'"
                + url
                + "' is a site's home page, not the article: give the article's address, or leave"
                + " it empty and say 'unknown' in basis");
      }
      LocalDate sourceDate = date("source_date");
      String quote = required("quote");
      if (problems.size() > before) return null;
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
