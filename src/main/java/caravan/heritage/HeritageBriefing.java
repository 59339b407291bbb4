package caravan.heritage;

import caravan.briefing.BriefingRequest;
import caravan.briefing.BriefingSection;
import caravan.briefing.Section;
import caravan.briefing.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The heritage catalogue's section of the briefing note: the pair's catalogued items, and those the
 * catalogue links to an event or an agreement (copies handed over at a visit, exchanged under a
 * memorandum), each with its source. Contributed from here, through the briefing's interface.
 */
public final class HeritageBriefing implements BriefingSection {
  private static final int LISTED = 8;
  private final HeritageCatalogue catalogue;

  public HeritageBriefing(HeritageCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public String id() {
    return "heritage";
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    List<HeritageItem> mine =
        catalogue.items().stream()
            .filter(i -> i.pair() == null || (i.pair().has(r.a()) && i.pair().has(r.b())))
            .toList();
    List<Section.Line> lines = new ArrayList<>();
    List<Section.Missing> missing = new ArrayList<>();
    if (mine.isEmpty()) {
      missing.add(
          new Section.Missing(w.get("brief.heritage.none"), "caravan import-heritage FILE"));
      return new Section(id(), w.get("brief.section.heritage"), lines, missing);
    }
    List<HeritageItem> linked =
        mine.stream().filter(i -> !i.eventIds().isEmpty() || !i.agreementIds().isEmpty()).toList();
    lines.add(
        Section.Line.of(
            w.get("brief.heritage.count", w.count(mine.size()), w.count(linked.size()))));
    for (HeritageItem i : linked.stream().limit(LISTED).toList()) {
      String title = title(i, w.lang());
      List<Section.Cite> cites =
          i.sources().stream()
              .limit(1)
              .map(
                  s ->
                      new Section.Cite(
                          i.id(),
                          s.link(),
                          s.date() == null ? null : s.date().toString(),
                          s.quote()))
              .toList();
      lines.add(
          new Section.Line(
              w.get(
                  "brief.heritage.item",
                  title == null ? i.id() : title,
                  i.holder() == null ? "" : i.holder(),
                  String.join(", ", concat(i.eventIds(), i.agreementIds()))),
              cites));
    }
    if (linked.size() > LISTED) {
      lines.add(Section.Line.of(w.get("brief.heritage.more", w.count(linked.size() - LISTED))));
    }
    return new Section(id(), w.get("brief.section.heritage"), lines, missing);
  }

  /** The title in the note's language where the catalogue has one, else English, else its own. */
  private static String title(HeritageItem i, String lang) {
    String own =
        switch (lang) {
          case "ru" -> i.titleRu();
          case "kk" -> i.titleKk();
          default -> null;
        };
    if (own != null) return own;
    return i.title() != null ? i.title() : i.ownTitle();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
