package caravan.cli;

import caravan.trade.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A profile as plain text for a terminal: figures with their source ids, then the sources. */
final class ProfileTable {
  private ProfileTable() {}

  static String render(Profile p) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "%s – %s · %s · basis: %s%n%n",
            p.pair().nameA(), p.pair().nameB(), p.period(), p.basis()));
    // label, value, the rest: gathered first so the columns fit the longest label and value
    // ("Stated growth SH1404-01..SH1404-07", "560.0–590.0 m USD")
    List<String[]> rows = new ArrayList<>();
    row(rows, "Exports " + p.pair().a() + "→" + p.pair().b(), p.exports());
    row(rows, "Imports " + p.pair().a() + "←" + p.pair().b(), p.imports());
    row(rows, "Turnover", p.turnover());
    row(rows, "Balance", p.balance());
    if (p.change() != null) {
      rows.add(
          new String[] {
            "Change",
            pct(p.change().rate()),
            "against " + p.change().against() + "  [" + ids(p.change().sourceIds()) + "]"
          });
    }
    if (p.cagr() != null) {
      rows.add(
          new String[] {
            "CAGR " + p.cagr().period(), pct(p.cagr().rate()), "[" + ids(p.cagr().sourceIds()) + "]"
          });
    }
    for (Profile.Change g : p.statedGrowth()) {
      rows.add(
          new String[] {
            "Stated growth " + g.period(),
            ("at_least".equals(g.bound()) ? "> " : "at_most".equals(g.bound()) ? "< " : "")
                + pct(g.rate()),
            "against " + g.against() + "  [" + ids(g.sourceIds()) + "]"
          });
    }
    int label = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    int value = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    for (String[] r : rows) {
      s.append(String.format("%-" + label + "s %" + value + "s  %s%n", r[0], r[1], r[2]));
    }
    if (p.target() != null) {
      Profile.Target t = p.target();
      s.append(
          String.format(
              "%nTarget %s [%s]: %s%n",
              usd(t.valueUsd()),
              String.join(" ", t.sourceIds()),
              t.level() == null
                  ? "no turnover for " + t.levelPeriod() + " to measure it by"
                  : String.format(
                      "%s of it in %s%s (%s)",
                      usd(t.level()),
                      t.levelPeriod(),
                      t.partYear() ? ", part of a year" : "",
                      pct(t.progress()).replace("+", ""))));
      if (t.neededRate() != null)
        s.append(
            String.format(
                "  needs %s a year from %d to reach it by %d%n",
                pct(t.neededRate()), t.baseYear(), t.byYear()));
      for (Profile.Projection pr : t.projections()) {
        s.append(
            String.format(
                "  at %s a year (%s): %s%n",
                pct(pr.rate()),
                pr.pace(),
                pr.year() == null ? "never reached" : "reached in " + pr.year()));
      }
      // What the block leaves out, or measures otherwise than asked, and why.
      t.notes().forEach(n -> s.append("  - ").append(n).append('\n'));
    }
    if (!p.series().isEmpty()) {
      s.append(String.format("%nSeries (turnover)%n"));
      int period = p.series().stream().mapToInt(pt -> pt.period().length()).max().orElse(0);
      int amount =
          p.series().stream().mapToInt(pt -> amount(pt.turnover()).length()).max().orElse(0);
      for (Profile.Point pt : p.series()) {
        s.append(
            String.format(
                "  %-" + period + "s %" + amount + "s  [%s]",
                pt.period(),
                amount(pt.turnover()),
                String.join(" ", pt.sourceIds())));
        for (Profile.Conflict c : pt.conflicts())
          s.append(
              String.format(
                  "  conflict %s: %s [%s]",
                  c.part(), usd(c.valueUsd()), String.join(" ", c.sourceIds())));
        s.append('\n');
      }
    }
    for (Profile.Basket b : p.baskets()) {
      s.append(String.format("%n%s→%s: %s (%s)%n", b.from(), b.to(), usd(b.totalUsd()), b.side()));
      for (Profile.Share sh : b.sectors())
        s.append(
            String.format(
                "  %-22s %14s %7s%n",
                sh.code(), usd(sh.valueUsd()), pct(sh.share()).replace("+", "")));
      Profile.Concentration c = b.concentration();
      s.append(
          String.format(
              "  products %d · HHI %.4f · normalised %.4f · top-1 %.1f %% · top-5 %.1f %% · Theil %.3f%n",
              c.products(),
              c.hhi(),
              c.hhiNormalized(),
              c.top1Share() * 100,
              c.top5Share() * 100,
              c.theil()));
      b.products().stream()
          .limit(5)
          .forEach(
              sh ->
                  s.append(
                      String.format(
                          "  %-8s %-40.40s %14s%n", sh.code(), sh.name(), usd(sh.valueUsd()))));
    }
    for (Profile.Mirror m : p.mirror()) {
      s.append(
          String.format(
              "%nMirror %s→%s: exporter reports %s, importer reports %s%n",
              m.from(), m.to(), usd(m.exportsUsd()), usd(m.importsUsd())));
    }
    if (!p.missing().isEmpty()) {
      s.append(String.format("%nMissing%n"));
      p.missing().forEach(m -> s.append("  - ").append(m).append('\n'));
    }
    s.append(String.format("%nSources%n"));
    for (Profile.Source src : p.sources()) {
      s.append(
          String.format(
              "  [%s] %s%s%s%n",
              src.id(),
              src.label(),
              src.date() == null ? "" : ", " + src.date(),
              src.url() == null ? "" : " " + src.url()));
      // the words the figure was taken from, as the page and the JSON show them
      if (src.quote() != null && !src.quote().isBlank()) {
        s.append("      \u201c").append(src.quote().strip()).append("\u201d\n");
      }
    }
    return s.toString();
  }

  private static void row(List<String[]> rows, String label, Profile.Amount a) {
    rows.add(new String[] {label, amount(a), a.period() + "  [" + ids(a.sourceIds()) + "]"});
  }

  private static String ids(List<String> sourceIds) {
    return String.join(" ", sourceIds);
  }

  /** An amount as stated: "516.3 m USD", a range "560.0–590.0 m USD", a bound "> 340.0 m USD". */
  static String amount(Profile.Amount a) {
    if (a.valueUsd() == null || a.bound() == null) return usd(a.valueUsd());
    return switch (a.bound()) {
      case "range" ->
          String.format(Locale.ROOT, "%,.1f–%,.1f m USD", a.lowUsd() / 1e6, a.highUsd() / 1e6);
      case "at_least" -> "> " + usd(a.lowUsd());
      case "at_most" -> "< " + usd(a.highUsd());
      default -> usd(a.valueUsd());
    };
  }

  static String usd(Double v) {
    return v == null ? "no data" : String.format(Locale.ROOT, "%,.1f m USD", v / 1e6);
  }

  static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", v * 100);
  }
}
