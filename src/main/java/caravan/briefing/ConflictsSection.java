package caravan.briefing;

import caravan.trade.Profile;
import caravan.trade.ProfileRequest;
import caravan.trade.ProfileService;
import java.util.ArrayList;
import java.util.List;

/**
 * Conflicts between sources a speaker should know before quoting a number ("2018: 516.3 m or 422 m
 * USD"): the stated series' statements that the year's consistent set left out (figures'
 * ConsistentYears, through trade's stated profile), each beside the value the set holds.
 */
final class ConflictsSection implements BriefingSection {
  private final ProfileService profiles;

  ConflictsSection(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public String id() {
    return "conflicts";
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    Profile p = profiles.profile(ProfileRequest.of(r.a(), r.b(), ProfileRequest.Basis.STATED));
    List<Section.Line> lines = new ArrayList<>();
    for (Profile.Point pt : p.series()) {
      // a year the note's day had not yet seen end is left out, as in the headline
      if (pt.year() >= r.date().getYear()) continue;
      for (Profile.Conflict c : pt.conflicts()) {
        if (!HeadlineSection.known(p, c.sourceIds(), r.date())) continue;
        String part = part(c.part(), p, w);
        Double held =
            c.part().equals("total")
                ? pt.turnoverUsd()
                : c.part().equals(p.pair().a() + "->" + p.pair().b())
                    ? pt.exportsUsd()
                    : pt.importsUsd();
        lines.add(
            new Section.Line(
                w.get(
                    "brief.conflicts.held",
                    w.digits(pt.period()),
                    part,
                    held == null ? w.get("brief.noData") : w.musd(held)),
                Cites.of(p, pt.sourceIds())));
        lines.add(
            new Section.Line(
                w.get("brief.conflicts.other", w.musd(c.valueUsd())), Cites.of(p, c.sourceIds())));
      }
    }
    if (lines.isEmpty()) lines.add(Section.Line.of(w.get("brief.conflicts.none")));
    return new Section(id(), w.get("brief.section.conflicts"), lines, List.of());
  }

  private static String part(String part, Profile p, Words w) {
    String a = p.pair().a(), b = p.pair().b();
    if (part.equals(a + "->" + b)) return w.get("brief.flow", w.country(a), w.country(b));
    if (part.equals(b + "->" + a)) return w.get("brief.flow", w.country(b), w.country(a));
    return w.get("brief.turnover");
  }
}
