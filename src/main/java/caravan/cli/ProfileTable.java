package caravan.cli;

import caravan.text.Messages;
import caravan.trade.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A profile as plain text for a terminal: figures with their source ids, then the sources. */
final class ProfileTable {
  private ProfileTable() {}

  static String render(Profile p) {
    return render(p, "en");
  }

  /** The table in {@code lang}: headings and words from the bundles, figures as they are. */
  static String render(Profile p, String lang) {
    Messages m = Messages.of(lang);
    StringBuilder s = new StringBuilder();
    s.append(
            m.get(
                "trd.table.head",
                p.pair().nameA(),
                p.pair().nameB(),
                p.period(),
                m.has("trd.table.basis." + p.basis())
                    ? m.get("trd.table.basis." + p.basis())
                    : p.basis()))
        .append(String.format("%n%n"));
    // label, value, the rest: gathered first so the columns fit the longest label and value
    // ("Stated growth SH1404-01..SH1404-07", "560.0–590.0 m USD")
    List<String[]> rows = new ArrayList<>();
    row(m, rows, m.get("trd.table.exports", p.pair().a(), p.pair().b()), p.exports());
    row(m, rows, m.get("trd.table.imports", p.pair().a(), p.pair().b()), p.imports());
    row(m, rows, m.get("trd.table.turnover"), p.turnover());
    row(m, rows, m.get("trd.table.balance"), p.balance());
    if (p.change() != null) {
      rows.add(
          new String[] {
            m.get("trd.table.change"),
            pct(m, p.change().rate()),
            against(m, p.change().against()) + "  [" + ids(p.change().sourceIds()) + "]"
          });
    }
    if (p.cagr() != null) {
      rows.add(
          new String[] {
            m.get("trd.table.cagr", p.cagr().period()),
            pct(m, p.cagr().rate()),
            "[" + ids(p.cagr().sourceIds()) + "]"
          });
    }
    for (Profile.Change g : p.statedGrowth()) {
      rows.add(
          new String[] {
            m.get("trd.table.statedGrowth", g.period()),
            ("at_least".equals(g.bound()) ? "> " : "at_most".equals(g.bound()) ? "< " : "")
                + pct(m, g.rate()),
            against(m, g.against()) + "  [" + ids(g.sourceIds()) + "]"
          });
    }
    int label = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    int value = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    for (String[] r : rows) {
      s.append(String.format("%-" + label + "s %" + value + "s  %s%n", r[0], r[1], r[2]));
    }
    if (p.target() != null) {
      Profile.Target t = p.target();
      s.append(String.format("%n"))
          .append(
              m.get(
                  "trd.table.target",
                  usd(m, t.valueUsd()),
                  String.join(" ", t.sourceIds()),
                  t.level() == null
                      ? m.get("trd.table.noLevel", t.levelPeriod())
                      : m.get(
                          "trd.table.level",
                          usd(m, t.level()),
                          t.levelPeriod(),
                          t.partYear() ? m.get("trd.table.partYear") : "",
                          pct(m, t.progress()).replace("+", ""))))
          .append(String.format("%n"));
      if (t.neededRate() != null)
        s.append("  ")
            .append(
                m.get(
                    "trd.table.needs",
                    pct(m, t.neededRate()),
                    String.valueOf(t.baseYear()),
                    String.valueOf(t.byYear())))
            .append(String.format("%n"));
      for (Profile.Projection pr : t.projections()) {
        String pace =
            pr.paceCode() != null && m.has("pace." + pr.paceCode())
                ? m.get("pace." + pr.paceCode(), pr.paceArgs().toArray())
                : pr.pace();
        s.append("  ")
            .append(
                m.get(
                    "trd.table.projection",
                    pct(m, pr.rate()),
                    pace,
                    pr.year() == null
                        ? m.get("trd.table.never")
                        : m.get("trd.table.reached", String.valueOf(pr.year()))))
            .append(String.format("%n"));
      }
      // What the block leaves out, or measures otherwise than asked, and why.
      t.notes().forEach(n -> s.append("  - ").append(missing(m, n)).append('\n'));
    }
    if (!p.series().isEmpty()) {
      s.append(String.format("%n%s%n", m.get("trd.table.series")));
      int period = p.series().stream().mapToInt(pt -> pt.period().length()).max().orElse(0);
      int amount =
          p.series().stream().mapToInt(pt -> amount(m, pt.turnover()).length()).max().orElse(0);
      for (Profile.Point pt : p.series()) {
        s.append(
            String.format(
                "  %-" + period + "s %" + amount + "s  [%s]",
                pt.period(),
                amount(m, pt.turnover()),
                String.join(" ", pt.sourceIds())));
        for (Profile.Conflict c : pt.conflicts())
          s.append("  ")
              .append(
                  m.get(
                      "trd.table.conflict",
                      c.part(),
                      usd(m, c.valueUsd()),
                      String.join(" ", c.sourceIds())));
        s.append('\n');
      }
    }
    for (Profile.Basket b : p.baskets()) {
      s.append(
          String.format(
              "%n%s→%s: %s (%s)%n",
              b.from(), b.to(), usd(m, b.totalUsd()), Profile.sideText(b.side()).in(m.lang())));
      for (Profile.Share sh : b.sectors())
        s.append(
            String.format(
                "  %-22s %14s %7s%n",
                sh.code(), usd(m, sh.valueUsd()), pct(m, sh.share()).replace("+", "")));
      Profile.Concentration c = b.concentration();
      s.append("  ")
          .append(
              m.get(
                  "trd.table.concentration",
                  String.valueOf(c.products()),
                  String.format("%.4f", c.hhi()),
                  String.format("%.4f", c.hhiNormalized()),
                  String.format("%.1f", c.top1Share() * 100),
                  String.format("%.1f", c.top5Share() * 100),
                  String.format("%.3f", c.theil())))
          .append(String.format("%n"));
      b.products().stream()
          .limit(5)
          .forEach(
              sh ->
                  s.append(
                      String.format(
                          "  %-8s %-40.40s %14s%n", sh.code(), sh.name(), usd(m, sh.valueUsd()))));
    }
    for (Profile.Mirror mi : p.mirror()) {
      s.append(String.format("%n"))
          .append(
              m.get(
                  "trd.table.mirror",
                  mi.from(),
                  mi.to(),
                  usd(m, mi.exportsUsd()),
                  usd(m, mi.importsUsd())))
          .append(String.format("%n"));
    }
    if (!p.missing().isEmpty()) {
      s.append(String.format("%n%s%n", m.get("trd.table.missing")));
      p.missing().forEach(x -> s.append("  - ").append(missing(m, x)).append('\n'));
    }
    s.append(String.format("%n%s%n", m.get("trd.table.sources")));
    for (Profile.Source src : p.sources()) {
      s.append(
          String.format(
              "  [%s] %s%s%s%n",
              src.id(),
              Profile.sourceText(src).in(m.lang()),
              src.date() == null ? "" : ", " + src.date(),
              src.url() == null ? "" : " " + src.url()));
      // the words the figure was taken from, as the page and the JSON show them
      if (src.quote() != null && !src.quote().isBlank()) {
        s.append("      \u201c").append(src.quote().strip()).append("\u201d\n");
      }
    }
    return s.toString();
  }

  private static void row(Messages m, List<String[]> rows, String label, Profile.Amount a) {
    rows.add(new String[] {label, amount(m, a), a.period() + "  [" + ids(a.sourceIds()) + "]"});
  }

  private static String against(Messages m, String against) {
    return m.get(
        "trd.table.against",
        Profile.A_YEAR_BEFORE.equals(against) ? m.get("trd.table.yearBefore") : against);
  }

  /** A note of what is missing, in the table's language (the bundle's words for its code). */
  private static String missing(Messages m, Profile.Missing x) {
    return m.has("missing." + x.code())
        ? m.get("missing." + x.code(), x.args().toArray())
        : x.text();
  }

  private static String ids(List<String> sourceIds) {
    return String.join(" ", sourceIds);
  }

  /** An amount as stated: "516.3 m USD", a range "560.0–590.0 m USD", a bound "> 340.0 m USD". */
  static String amount(Messages m, Profile.Amount a) {
    if (a.valueUsd() == null || a.bound() == null) return usd(m, a.valueUsd());
    return switch (a.bound()) {
      case "range" ->
          m.get(
              "trd.table.musdRange",
              String.format(Locale.ROOT, "%,.1f", a.lowUsd() / 1e6),
              String.format(Locale.ROOT, "%,.1f", a.highUsd() / 1e6));
      case "at_least" -> "> " + usd(m, a.lowUsd());
      case "at_most" -> "< " + usd(m, a.highUsd());
      default -> usd(m, a.valueUsd());
    };
  }

  static String usd(Messages m, Double v) {
    return v == null
        ? m.get("trd.table.noData")
        : m.get("trd.table.musd", String.format(Locale.ROOT, "%,.1f", v / 1e6));
  }

  static String pct(Messages m, Double v) {
    return v == null ? m.get("trd.table.na") : String.format(Locale.ROOT, "%+.1f %%", v * 100);
  }
}
