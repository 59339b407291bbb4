package caravan.briefing;

import caravan.figures.FiguresService;
import caravan.figures.StatedFigure;
import caravan.trade.Profile;
import caravan.trade.ProfileRequest;
import caravan.trade.ProfileService;
import java.util.ArrayList;
import java.util.List;

/**
 * Headline figures from what officials stated: the latest year's turnover and its change, the
 * latest months against the same months a year before, the target's progress and the year it is
 * reached at today's pace (trade's stated profile), and direct investment (stated figures).
 */
final class HeadlineSection implements BriefingSection {
  private final ProfileService profiles;
  private final FiguresService figures;

  HeadlineSection(ProfileService profiles, FiguresService figures) {
    this.profiles = profiles;
    this.figures = figures;
  }

  @Override
  public String id() {
    return "headline";
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    Profile p = asOf(profiles, r);
    List<Section.Line> lines = new ArrayList<>();
    List<Section.Missing> missing = new ArrayList<>();
    if (p == null) {
      missing.add(
          new Section.Missing(
              w.get("brief.head.noneBy", w.digits(r.date().toString())),
              "caravan import-figures FILE"));
      fdi(r, w, lines, missing);
      return new Section(id(), w.get("brief.section.headline"), lines, missing);
    }
    Profile.Amount t = p.turnover();
    if (t.valueUsd() != null) {
      lines.add(
          new Section.Line(
              w.get("brief.head.turnover", w.digits(t.period()), Cites.amount(t, w)),
              Cites.of(p, t.sourceIds())));
    }
    if (p.change() != null && p.change().rate() != null) {
      lines.add(
          new Section.Line(
              w.get("brief.head.change", w.digits(p.change().period()), Cites.rate(p.change(), w)),
              Cites.of(p, p.change().sourceIds())));
    }
    // the latest months a source compares with the same months a year before
    p.statedGrowth().stream()
        .filter(c -> c.rate() != null && c.period().contains(".."))
        .filter(c -> said(p, c.period(), c.sourceIds(), r.date()))
        .reduce((x, y) -> y)
        .ifPresent(
            c ->
                lines.add(
                    new Section.Line(
                        w.get("brief.head.months", w.digits(c.period()), Cites.rate(c, w)),
                        Cites.of(p, c.sourceIds()))));
    target(p, w, lines);
    fdi(r, w, lines, missing);
    for (Profile.Missing m : p.missing()) {
      if (!m.code().equals("needsFlows")) missing.add(Cites.missing(m, w));
    }
    if (t.valueUsd() == null) {
      missing.add(
          new Section.Missing(w.get("brief.head.noTurnover"), "caravan import-figures FILE"));
    }
    return new Section(id(), w.get("brief.section.headline"), lines, missing);
  }

  /**
   * The stated profile as the note's day knew it: of the latest year that ended before the day and
   * whose statements (where dated) were made by then; null when none was.
   */
  static Profile asOf(ProfileService profiles, BriefingRequest r) {
    Profile p = profiles.profile(ProfileRequest.of(r.a(), r.b(), ProfileRequest.Basis.STATED));
    java.util.OptionalInt year =
        p.series().stream()
            .filter(pt -> pt.year() < r.date().getYear() && known(p, pt.sourceIds(), r.date()))
            .mapToInt(Profile.Point::year)
            .max();
    if (year.isEmpty()) return null;
    if (String.valueOf(year.getAsInt()).equals(p.period())) return p;
    return profiles.profile(
        new ProfileRequest(
            r.a(),
            r.b(),
            caravan.trade.FlowPeriod.ofYear(year.getAsInt()),
            ProfileRequest.Basis.STATED,
            5,
            2030));
  }

  /** Every dated source of these was dated by {@code day}. */
  static boolean known(Profile p, List<String> ids, java.time.LocalDate day) {
    return p.sources().stream()
        .filter(s -> ids.contains(s.id()) && s.date() != null)
        .noneMatch(s -> java.time.LocalDate.parse(s.date()).isAfter(day));
  }

  /** A stated period (a label such as 2025-01..2025-10) over by the day, and said by then. */
  static boolean said(Profile p, String period, List<String> ids, java.time.LocalDate day) {
    return !caravan.figures.Period.parse(period).end().isAfter(day) && known(p, ids, day);
  }

  /** A stated figure said by the day (where dated) about a period begun by then. */
  static boolean saidBy(StatedFigure f, java.time.LocalDate day) {
    return (f.sourceDate() == null || !f.sourceDate().isAfter(day))
        && (f.period() == null || !f.period().start().isAfter(day));
  }

  private static void target(Profile p, Words w, List<Section.Line> lines) {
    Profile.Target g = p.target();
    if (g == null) return;
    List<Section.Cite> said = Cites.of(p, g.sourceIds());
    lines.add(
        new Section.Line(
            w.get("brief.head.target", w.musd(g.valueUsd()), w.year(g.byYear())), said));
    if (g.progress() != null) {
      lines.add(
          new Section.Line(
              w.get(
                  "brief.head.progress",
                  w.share(g.progress()),
                  w.digits(g.levelPeriod()),
                  w.musd(g.level())),
              List.of()));
    }
    if (g.neededRate() != null && g.baseYear() != null) {
      lines.add(
          Section.Line.of(
              w.get(
                  "brief.head.needed",
                  w.rate(g.neededRate()),
                  w.year(g.baseYear()),
                  w.year(g.byYear()))));
    }
    for (Profile.Projection pr : g.projections()) {
      String pace =
          w.has("pace." + pr.paceCode())
              ? w.get("pace." + pr.paceCode(), pr.paceArgs().stream().map(w::digits).toArray())
              : pr.pace();
      lines.add(
          Section.Line.of(
              pr.year() == null
                  ? w.get("brief.head.never", w.rate(pr.rate()), pace)
                  : w.get("brief.head.reached", w.rate(pr.rate()), pace, w.year(pr.year()))));
    }
  }

  private void fdi(BriefingRequest r, Words w, List<Section.Line> lines, List<Section.Missing> m) {
    List<StatedFigure> fdi =
        figures.figures(r.a(), r.b()).stream()
            .filter(f -> f.indicator().startsWith("fdi_"))
            .filter(f -> saidBy(f, r.date()))
            .toList();
    for (StatedFigure f : fdi) {
      String[] dir = f.direction().split("->");
      String what =
          dir.length == 2
              ? w.get("brief.head.fdi." + f.indicator(), w.country(dir[0]), w.country(dir[1]))
              : w.get("brief.head.fdi." + f.indicator(), w.country(r.a()), w.country(r.b()));
      lines.add(
          Section.Line.of(
              w.get("brief.head.fdi", what, Cites.period(f, w), Cites.value(f, w)), Cites.of(f)));
    }
    if (fdi.isEmpty()) {
      m.add(new Section.Missing(w.get("brief.head.noFdi"), "caravan import-figures FILE"));
    }
  }
}
