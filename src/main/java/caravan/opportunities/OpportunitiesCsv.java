package caravan.opportunities;

import caravan.text.InvalidValueException;
import caravan.text.SafeText;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An answer's parts as CSV: the data behind each chart and table of the opportunities page. */
public final class OpportunitiesCsv {
  public static final List<String> PARTS =
      List.of("products", "sectors", "rca", "preferences", "space");

  private OpportunitiesCsv() {}

  public static void checkPart(String part) {
    if (!PARTS.contains(part)) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.opp.part", String.join(", ", PARTS), part),
          Map.of("field", "part", "value", part));
    }
  }

  /** The part of {@code o}; {@code space} needs the graph (null for the other parts). */
  public static String write(Opportunities o, String part, ProductSpaceGraph.Graph space) {
    checkPart(part);
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().build(out)) {
      switch (part) {
        case "products" -> {
          csv.writeRecord(
              "rank",
              "product",
              "name",
              "sector",
              "untapped_usd",
              "a_world_exports_usd",
              "a_to_b_usd",
              "rca_a",
              "density",
              "b_world_imports_usd",
              "share_in_b",
              "rca_b",
              "pci",
              "cog",
              "grubel_lloyd",
              "preference_agreements");
          for (Opportunity r : o.products()) {
            record(
                csv,
                Integer.toString(r.rank()),
                r.product(),
                r.name(),
                r.sector(),
                num(r.untapped()),
                num(r.aWorldExports()),
                num(r.aToB()),
                num(r.reasons().rcaA()),
                num(r.reasons().density()),
                num(r.reasons().bWorldDemand()),
                num(r.reasons().shareInB()),
                num(r.rcaB()),
                num(r.pci()),
                num(r.cog()),
                num(r.grubelLloyd()),
                String.join(
                    " ",
                    r.preferences().stream().map(PreferenceLine::agreement).distinct().toList()));
          }
        }
        case "sectors" -> {
          csv.writeRecord(
              "sector", "products", "untapped_usd", "a_world_exports_usd", "mean_density");
          for (SectorRollup s : o.sectors()) {
            record(
                csv,
                s.sector(),
                Integer.toString(s.products()),
                num(s.untapped()),
                num(s.aWorldExports()),
                num(s.meanDensity()));
          }
        }
        case "rca" -> {
          csv.writeRecord("product", "name", "rca_a", "rca_b");
          for (Opportunities.RcaPair r : o.rcaSides()) {
            record(csv, r.product(), r.name(), num(r.rcaA()), num(r.rcaB()));
          }
        }
        case "preferences" -> {
          csv.writeRecord(
              "agreement",
              "in_force",
              "lines",
              "year",
              "phase",
              "a_to_b_usd",
              "basis_a_to_b",
              "b_to_a_usd",
              "basis_b_to_a");
          for (PreferenceEffect e : o.preferences()) {
            for (PreferenceEffect.Year y : e.years()) {
              record(
                  csv,
                  e.agreement(),
                  e.inForce() == null ? "" : e.inForce().toString(),
                  Integer.toString(e.lines()),
                  Integer.toString(y.year()),
                  y.phase(),
                  num(y.aToB()),
                  y.basisAToB(),
                  num(y.bToA()),
                  y.basisBToA());
            }
          }
        }
        default -> {
          csv.writeRecord(
              "source",
              "source_name",
              "source_kind",
              "target",
              "target_name",
              "target_kind",
              "proximity");
          Map<String, ProductSpaceGraph.Node> nodes = new java.util.HashMap<>();
          space.nodes().forEach(n -> nodes.put(n.id(), n));
          for (ProductSpaceGraph.Link l : space.links()) {
            ProductSpaceGraph.Node s = nodes.get(l.source());
            ProductSpaceGraph.Node t = nodes.get(l.target());
            record(csv, s.id(), s.name(), s.kind(), t.id(), t.name(), t.kind(), num(l.proximity()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String num(Double d) {
    if (d == null || d.isNaN() || d.isInfinite()) return "";
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static void record(CsvWriter csv, String... cells) {
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++)
      safe[i] = SafeText.cell(cells[i] == null ? "" : cells[i]);
    csv.writeRecord(safe);
  }
}
