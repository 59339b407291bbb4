package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.SafeText;
import caravan.text.Text;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A profile's parts as CSV, the data behind each chart of the dashboard. */
public final class ProfileCsv {
  public static final List<String> PARTS =
      List.of(
          "headline",
          "series",
          "sections",
          "chapters",
          "headings",
          "products",
          "sectors",
          "concentration",
          "mirror",
          "sources");

  private ProfileCsv() {}

  public static String write(Profile p, String part) {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().build(out)) {
      write(csv, p, part);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(CsvWriter csv, Profile p, String part) {
    switch (part) {
      case "headline" -> {
        record(csv, "indicator", "period", "value_usd", "sources", "bound", "low_usd", "high_usd");
        row(csv, "exports", p.exports());
        row(csv, "imports", p.imports());
        row(csv, "turnover", p.turnover());
        row(csv, "balance", p.balance());
      }
      case "series" -> {
        record(
            csv,
            "period",
            "turnover_usd",
            "exports_usd",
            "imports_usd",
            "sources",
            "conflicting_parts",
            "conflicting_values_usd",
            "conflicting_sources",
            "turnover_bound",
            "turnover_low_usd",
            "turnover_high_usd");
        for (Profile.Point pt : p.series()) {
          record(
              csv,
              pt.period(),
              num(pt.turnoverUsd()),
              num(pt.exportsUsd()),
              num(pt.importsUsd()),
              String.join(" ", pt.sourceIds()),
              String.join(" ", pt.conflicts().stream().map(Profile.Conflict::part).toList()),
              String.join(" ", pt.conflicts().stream().map(c -> num(c.valueUsd())).toList()),
              // one statement quoted by several sources: its ids joined by '+'
              String.join(
                  " ", pt.conflicts().stream().map(c -> String.join("+", c.sourceIds())).toList()),
              pt.turnoverBound() == null ? "" : pt.turnoverBound(),
              num(pt.turnoverLowUsd()),
              num(pt.turnoverHighUsd()));
        }
      }
      case "sections", "chapters", "headings", "products", "sectors" -> {
        record(csv, "from", "to", "code", "name", "parent", "value_usd", "share");
        for (Profile.Basket b : p.baskets()) {
          List<Profile.Share> shares =
              switch (part) {
                case "sections" -> b.sections();
                case "chapters" -> b.chapters();
                case "headings" -> b.headings();
                case "products" -> b.products();
                default -> b.sectors();
              };
          for (Profile.Share s : shares) {
            record(
                csv,
                b.from(),
                b.to(),
                s.code(),
                s.name(),
                s.parent() == null ? "" : s.parent(),
                num(s.valueUsd()),
                num(s.share()));
          }
        }
      }
      case "concentration" -> {
        record(
            csv,
            "from",
            "to",
            "period",
            "products",
            "hhi",
            "hhi_normalized",
            "top1_share",
            "top5_share",
            "theil");
        for (Profile.Basket b : p.baskets()) {
          for (Profile.Concentration c : b.trend()) {
            record(
                csv,
                b.from(),
                b.to(),
                c.period(),
                Integer.toString(c.products()),
                num(c.hhi()),
                num(c.hhiNormalized()),
                num(c.top1Share()),
                num(c.top5Share()),
                num(c.theil()));
          }
        }
      }
      case "mirror" -> {
        record(
            csv,
            "from",
            "to",
            "product",
            "exporter_reports_usd",
            "importer_reports_usd",
            "ratio",
            "gap_usd");
        for (Profile.Mirror m : p.mirror()) {
          for (Profile.MirrorRow r : m.rows()) {
            record(
                csv,
                m.from(),
                m.to(),
                r.product(),
                num(r.exportsUsd()),
                num(r.importsUsd()),
                num(r.ratio()),
                num(r.gapUsd()));
          }
        }
      }
      case "sources" -> {
        record(csv, "id", "label", "url", "date", "quote");
        for (Profile.Source s : p.sources()) {
          record(csv, s.id(), s.label(), nz(s.url()), nz(s.date()), nz(s.quote()));
        }
      }
      default ->
          throw new CaravanException(
              Text.of("trd.err.csvPart", part, String.join(", ", PARTS)),
              Map.of("field", "part", "value", part));
    }
  }

  private static void row(CsvWriter csv, String name, Profile.Amount a) {
    // bound: exact, range (low_usd to high_usd; value_usd the midpoint), at_least (high_usd
    // empty; value_usd the lower end) or at_most (low_usd empty; value_usd the high end), so a
    // stated "exceeded 340 m" never reads as exactly 340 m, nor "up to 15 m" as exactly 15 m
    record(
        csv,
        name,
        a.period(),
        num(a.valueUsd()),
        String.join(" ", a.sourceIds()),
        a.bound() == null ? "" : a.bound(),
        num(a.lowUsd()),
        num(a.highUsd()));
  }

  /**
   * Plain decimal text, never an exponent ({@code 41250000.5}, not {@code 4.12500005E7}), so every
   * spreadsheet and script reads the number as written. {@link BigDecimal#valueOf(double)} keeps
   * the shortest digits that give the double back: ratios and shares lose no precision.
   */
  private static String num(Double d) {
    if (d == null) return "";
    if (d.isNaN() || d.isInfinite()) return Double.toString(d); // no decimal form
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** One row, each cell safe for a spreadsheet (numbers stay numbers). */
  private static void record(CsvWriter csv, String... cells) {
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) safe[i] = SafeText.cell(cells[i]);
    csv.writeRecord(safe);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
