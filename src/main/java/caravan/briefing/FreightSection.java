package caravan.briefing;

import caravan.corridor.CorridorService;
import caravan.corridor.Node;
import caravan.corridor.PointVolumes;
import caravan.corridor.Volume;
import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
import java.util.ArrayList;
import java.util.List;

/**
 * Freight: what officials stated about the pair's transport (stated figures: growth first, as a
 * speaker quotes it), and the latest volume of each corridor point in either country with its
 * change (the corridor feature's volumes).
 */
final class FreightSection implements BriefingSection {
  private final FiguresService figures;
  private final CorridorService corridor;

  FreightSection(FiguresService figures, CorridorService corridor) {
    this.figures = figures;
    this.corridor = corridor;
  }

  @Override
  public String id() {
    return "freight";
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    List<Section.Line> lines = new ArrayList<>();
    for (StatedFigure f : figures.freight(r.a(), r.b())) {
      if (!HeadlineSection.saidBy(f, r.date())) continue;
      String key = "freight.indicator." + f.indicator();
      String what = w.has(key) ? w.get(key) : f.indicator();
      lines.add(
          Section.Line.of(
              w.get("brief.freight.stated", what, Cites.period(f, w), Cites.value(f, w)),
              Cites.of(f)));
    }
    for (String point : corridor.volumes().points()) {
      Node node = corridor.network().node(point);
      if (node == null || !(node.country().equals(r.a()) || node.country().equals(r.b()))) continue;
      PointVolumes pv = corridor.volumes().of(point);
      pv.series().stream()
          .filter(PointVolumes.Entry::preferred)
          .filter(e -> !e.volume().period().start().isAfter(r.date()))
          .reduce((x, y) -> y)
          .ifPresent(e -> lines.add(volume(node, e, w)));
    }
    List<Section.Missing> missing = new ArrayList<>();
    if (lines.isEmpty()) {
      missing.add(
          new Section.Missing(
              w.get("brief.freight.none"),
              "caravan import-figures FILE; caravan import-network DIR"));
    }
    return new Section(id(), w.get("brief.section.freight"), lines, missing);
  }

  private static Section.Line volume(Node node, PointVolumes.Entry e, Words w) {
    Volume v = e.volume();
    String name = node.name(w.lang());
    String value = w.number(v.value(), 2) + " " + v.unit();
    if (v.high() == null) value = w.get("brief.moreThan", value);
    String change = "";
    if (v.growthStatedPct() != null) {
      change = w.get("brief.freight.growthStated", w.rate(v.growthStatedPct() / 100));
    } else if (e.growthComputedPct().isPresent()) {
      change =
          w.get("brief.freight.growthComputed", w.rate(e.growthComputedPct().get().value() / 100));
    }
    return Section.Line.of(
        w.get("brief.freight.point", name, w.digits(v.period().label()), value, change),
        new Section.Cite(v.subject(), Cites.web(v.source()), null, null));
  }
}
