package caravan.opportunities;

import caravan.briefing.BriefingRequest;
import caravan.briefing.BriefingSection;
import caravan.briefing.Section;
import caravan.briefing.Words;
import caravan.text.NotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * The opportunities' section of the briefing note (issue 14 §1): the top products A could sell B
 * and B could sell A, each with its reasons (RCA, density, PCI; the untapped potential where the
 * data has an import side) and the data set it comes from. Without a BACI year of the pair it
 * answers from the shipped exports-only matrix, says so, names what needs the import side and the
 * command that brings it, and carries the matrix's licence notice. Contributed from here, through
 * the briefing's interface.
 */
public final class OpportunitiesBriefing implements BriefingSection {
  /** How many products each direction lists: a note is read in a minute. */
  public static final int LISTED = 5;

  private final OpportunitiesService service;

  public OpportunitiesBriefing(OpportunitiesService service) {
    this.service = service;
  }

  /** The question the section asks for one direction, so a test can ask the service the same. */
  public static OpportunityQuery query(String a, String b) {
    return new OpportunityQuery(a, b, null, null, LISTED, null);
  }

  @Override
  public String id() {
    return "opportunities";
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    List<Section.Line> lines = new ArrayList<>();
    List<Section.Missing> missing = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    boolean importsMissing = false;
    String importCommand = null;
    for (String[] d : new String[][] {{r.a(), r.b()}, {r.b(), r.a()}}) {
      Opportunities o;
      try {
        o = service.answer(query(d[0], d[1]));
      } catch (NotFoundException e) {
        missing.add(
            new Section.Missing(
                w.get("brief.opp.none", w.country(d[0]), w.country(d[1])), "caravan import FILE"));
        continue;
      }
      Section.Cite cite = cite(o, w);
      lines.add(Section.Line.of(head(o, w, d[0], d[1])));
      for (Opportunity p : o.products()) lines.add(Section.Line.of(product(p, w), cite));
      if (o.products().isEmpty()) {
        lines.add(Section.Line.of(w.get("brief.opp.empty")));
      }
      if (o.notice() != null && !notices.contains(o.notice())) notices.add(o.notice());
      if (!o.importSide()) {
        importsMissing = true;
        importCommand = o.importCommand();
      }
    }
    for (String n : notices) lines.add(Section.Line.of(w.get("brief.opp.notice." + n)));
    if (importsMissing) {
      missing.add(new Section.Missing(w.get("brief.opp.needsImports"), importCommand));
    }
    return new Section(id(), w.get("brief.opp.title"), lines, missing);
  }

  private static String head(Opportunities o, Words w, String a, String b) {
    return o.importSide()
        ? w.get("brief.opp.head.store", w.country(a), w.country(b), w.year(o.year()))
        : w.get(
            "brief.opp.head.exportsOnly",
            w.country(a),
            w.country(b),
            o.classification(),
            w.year(o.year()));
  }

  /** One product: rank, name, code and its reasons, numbers as the service gave them. */
  static String product(Opportunity p, Words w) {
    String reasons =
        w.get(
            "brief.opp.reasons",
            num(p.reasons().rcaA(), 2, w),
            num(p.reasons().density(), 3, w),
            num(p.pci(), 2, w));
    if (p.untapped() != null) reasons += w.get("brief.opp.untapped", w.musd(p.untapped()));
    return w.get(
        "brief.opp.product",
        w.count(p.rank()),
        p.name() == null ? p.product() : p.name(),
        w.digits(p.product()),
        reasons);
  }

  private static String num(Double v, int fraction, Words w) {
    return v == null ? w.get("brief.noData") : w.number(v, fraction);
  }

  /** The data set the ranking comes from, named as the other sections name their files. */
  private static Section.Cite cite(Opportunities o, Words w) {
    if (o.importSide()) {
      return new Section.Cite(
          w.get("brief.opp.source.store", String.valueOf(o.year()), o.classification()),
          null,
          null,
          null);
    }
    String file =
        ExportsCsv.Shipped.named(o.source()).map(s -> "data/" + s.path).orElse(o.source());
    return new Section.Cite(
        w.get("brief.opp.source.matrix", o.classification(), file), null, null, null);
  }
}
