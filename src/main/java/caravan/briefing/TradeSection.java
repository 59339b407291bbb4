package caravan.briefing;

import caravan.trade.Profile;
import caravan.trade.ProfileRequest;
import caravan.trade.ProfileService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is traded and how concentrated (trade's profile on product flows), or, with {@code mirror},
 * the mirror gaps worth a question: products where one side's declared exports and the other's
 * declared imports differ by more than CIF/FOB and timing explain (importer / exporter outside
 * 0.8–1.25), or where only one side reported.
 */
final class TradeSection implements BriefingSection {
  static final double LOW = 0.8, HIGH = 1.25;
  private static final int TOP = 5;

  private final ProfileService profiles;
  private final boolean mirror;

  TradeSection(ProfileService profiles, boolean mirror) {
    this.profiles = profiles;
    this.mirror = mirror;
  }

  @Override
  public String id() {
    return mirror ? "mirror" : "traded";
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    String title = w.get(mirror ? "brief.section.mirror" : "brief.section.traded");
    if (!profiles.hasFlows(r.a(), r.b())) {
      return new Section(
          id(),
          title,
          List.of(),
          List.of(
              new Section.Missing(
                  w.get("brief.trade.noFlows"),
                  "caravan fetch comtrade --reporter "
                      + r.a()
                      + " --partner "
                      + r.b()
                      + " --years 2015-2024")));
    }
    Profile p = profiles.profile(ProfileRequest.of(r.a(), r.b(), ProfileRequest.Basis.FLOWS));
    List<Section.Line> lines = mirror ? mirror(p, w) : baskets(p, w);
    List<Section.Missing> missing = new ArrayList<>();
    if (lines.isEmpty()) {
      missing.add(
          new Section.Missing(
              w.get(mirror ? "brief.mirror.none" : "brief.trade.empty"),
              "caravan fetch comtrade --reporter "
                  + r.b()
                  + " --partner "
                  + r.a()
                  + " --years 2015-2024"));
    }
    return new Section(id(), title, lines, missing);
  }

  private static List<Section.Line> baskets(Profile p, Words w) {
    List<Section.Line> lines = new ArrayList<>();
    for (Profile.Basket b : p.baskets()) {
      if (b.totalUsd() <= 0) continue;
      List<Section.Cite> cites = Cites.of(p, b.sourceIds());
      lines.add(
          Section.Line.of(
              w.get(
                  "brief.trade.basket",
                  w.country(b.from()),
                  w.country(b.to()),
                  w.digits(p.period()),
                  w.musd(b.totalUsd())),
              cites.toArray(Section.Cite[]::new)));
      for (Profile.Share s : b.products().stream().limit(TOP).toList()) {
        lines.add(
            new Section.Line(
                w.get("brief.trade.product", w.digits(s.code()), s.name(), w.share(s.share())),
                List.of()));
      }
      Profile.Concentration c = b.concentration();
      if (c != null) {
        lines.add(
            new Section.Line(
                w.get(
                    "brief.trade.concentration",
                    w.count(c.products()),
                    w.number(c.hhi(), 3),
                    w.share(c.top1Share()),
                    w.share(c.top5Share())),
                List.of()));
      }
    }
    return lines;
  }

  private static List<Section.Line> mirror(Profile p, Words w) {
    List<Section.Line> lines = new ArrayList<>();
    for (Profile.Mirror m : p.mirror()) {
      List<Profile.MirrorRow> odd =
          m.rows().stream()
              .filter(x -> x.ratio() == null || x.ratio() < LOW || x.ratio() > HIGH)
              .sorted(Comparator.comparingDouble((Profile.MirrorRow x) -> -Math.abs(x.gapUsd())))
              .limit(TOP)
              .toList();
      for (Profile.MirrorRow x : odd) {
        lines.add(
            new Section.Line(
                w.get(
                    "brief.mirror.row",
                    w.digits(x.product()),
                    x.name(),
                    w.country(m.from()),
                    x.exportsUsd() == null ? w.get("brief.noData") : w.musd(x.exportsUsd()),
                    w.country(m.to()),
                    x.importsUsd() == null ? w.get("brief.noData") : w.musd(x.importsUsd())),
                Cites.of(p, p.sources().stream().map(Profile.Source::id).toList())));
      }
    }
    return lines;
  }
}
