package caravan.cli;

import caravan.opportunities.Opportunities;
import caravan.opportunities.Opportunity;
import caravan.opportunities.PreferenceEffect;
import caravan.opportunities.SectorRollup;
import caravan.text.Countries;
import caravan.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An opportunities answer as text for a terminal, in the words of the CLI's language. */
final class OpportunitiesTable {
  private OpportunitiesTable() {}

  static String render(Opportunities o, Countries countries, String lang) {
    Messages m = Messages.of(lang);
    String a = name(countries, o.a(), m.lang());
    String b = name(countries, o.b(), m.lang());
    StringBuilder out = new StringBuilder();
    out.append(m.get("opp.title", a, b)).append('\n');
    out.append(
            o.importSide()
                ? m.get(
                    "opp.source.store", String.valueOf(o.year()), o.exporters(), o.classification())
                : m.get("opp.source.matrix", o.source(), o.classification(), o.exporters()))
        .append('\n');
    if (o.notice() != null)
      out.append(m.get("cl.opp.notice", m.get("opp.notice." + o.notice()))).append('\n');
    if (!o.importSide()) {
      List<String> needs = o.needsImportSide().stream().map(k -> m.get("opp.need." + k)).toList();
      out.append(m.get("opp.noImportSide", String.join(", ", needs))).append('\n');
      out.append(m.get("opp.importHint", o.importCommand())).append('\n');
    } else {
      Opportunities.Indicators i = o.indicators();
      out.append('\n').append(m.get("opp.indicators")).append('\n');
      line(out, m.get("opp.tci", o.a(), o.b()), i.complementarityAB());
      line(out, m.get("opp.tci", o.b(), o.a()), i.complementarityBA());
      line(out, m.get("opp.tii", o.a(), o.b()), i.intensityAB());
      line(out, m.get("opp.tii", o.b(), o.a()), i.intensityBA());
      line(out, m.get("opp.gl"), i.grubelLloyd());
      out.append("  ").append(m.get("opp.tiiDenominator", m.get("cl.opp.worldShare"))).append('\n');
    }
    if (o.sectorNote() != null)
      out.append(m.get("opp.sectorNote", o.classification())).append('\n');
    out.append('\n').append(m.get("opp.products"));
    if (o.sector() != null) out.append(" (").append(m.get("sector." + o.sector())).append(')');
    out.append('\n');
    if (o.products().isEmpty()) {
      out.append(m.get("opp.products.none")).append('\n');
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(
          new String[] {
            m.get("opp.col.rank"),
            m.get("opp.col.product"),
            m.get("opp.col.untapped"),
            m.get("opp.col.rcaA", o.a()),
            m.get("opp.col.density"),
            m.get("opp.col.demand", o.b()),
            m.get("opp.col.share", o.a(), o.b()),
            m.get("opp.col.rcaB", o.b()),
            m.get("opp.col.pci"),
            m.get("opp.col.cog"),
            m.get("opp.col.sector"),
            m.get("opp.col.preference")
          });
      for (Opportunity r : o.products()) {
        rows.add(
            new String[] {
              Integer.toString(r.rank()),
              r.product() + " " + shorten(r.name()),
              money(r.untapped()),
              num(r.reasons().rcaA()),
              num(r.reasons().density()),
              money(r.reasons().bWorldDemand()),
              percent(r.reasons().shareInB()),
              num(r.rcaB()),
              num(r.pci()),
              num(r.cog()),
              r.sector() == null ? "" : r.sector(),
              String.join(
                  " ",
                  r.preferences().stream()
                      .map(l -> l.agreement() + ":" + l.hsCode())
                      .distinct()
                      .toList())
            });
      }
      if (!o.importSide()) {
        // untapped potential, B's demand and A's share need the import side: all empty here
        rows.replaceAll(r -> new String[] {r[0], r[1], r[3], r[4], r[7], r[8], r[9], r[10], r[11]});
      }
      table(out, rows);
      out.append(m.get("opp.ranked", o.products().size(), o.ranked())).append('\n');
    }
    if (!o.sectors().isEmpty()) {
      out.append('\n').append(m.get("opp.sectors")).append('\n');
      List<String[]> rows = new ArrayList<>();
      rows.add(
          new String[] {
            m.get("opp.col.sector"),
            "n",
            m.get("opp.col.untapped"),
            m.get("opp.col.aExports", o.a()),
            m.get("opp.col.density")
          });
      for (SectorRollup s : o.sectors()) {
        rows.add(
            new String[] {
              m.get("sector." + s.sector()),
              Integer.toString(s.products()),
              money(s.untapped()),
              money(s.aWorldExports()),
              num(s.meanDensity())
            });
      }
      table(out, rows);
    }
    out.append('\n').append(m.get("opp.preferences")).append('\n');
    if (o.preferences().isEmpty()) out.append(m.get("opp.preferences.none")).append('\n');
    for (PreferenceEffect e : o.preferences()) {
      out.append(
              e.inForce() == null
                  ? m.get("opp.preferences.agreementNoDate", e.agreement(), e.lines())
                  : m.get(
                      "opp.preferences.agreement",
                      e.agreement(),
                      e.lines(),
                      e.inForce().toString()))
          .append('\n');
      if (e.years().isEmpty())
        out.append("  ").append(m.get("opp.preferences.noTrade")).append('\n');
      for (PreferenceEffect.Year y : e.years()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %d %-26s %s→%s %s (%s)  %s→%s %s (%s)%n",
                y.year(),
                m.get("opp.phase." + y.phase()),
                o.a(),
                o.b(),
                money(y.aToB()),
                y.basisAToB() == null ? "-" : y.basisAToB(),
                o.b(),
                o.a(),
                money(y.bToA()),
                y.basisBToA() == null ? "-" : y.basisBToA()));
      }
    }
    out.append('\n')
        .append(m.get("opp.formula.untapped"))
        .append('\n')
        .append(m.get("opp.formula.density"))
        .append('\n');
    return out.toString();
  }

  private static String name(Countries countries, String iso3, String lang) {
    return countries.byIso3(iso3).map(c -> c.name(lang)).orElse(iso3);
  }

  private static void line(StringBuilder out, String label, Double v) {
    out.append("  ").append(label).append(": ").append(num(v)).append('\n');
  }

  private static String shorten(String name) {
    return name == null ? "" : name.length() > 40 ? name.substring(0, 39) + "…" : name;
  }

  private static String num(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String money(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%,.0f", d);
  }

  private static String percent(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * d);
  }

  private static void table(StringBuilder out, List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows)
      for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r[i].length());
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        if (i > 0) line.append("  ");
        line.append(r[i]).append(" ".repeat(width[i] - r[i].length()));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
