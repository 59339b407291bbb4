package caravan.briefing;

import caravan.registry.Agreement;
import caravan.registry.Decision;
import caravan.registry.Event;
import caravan.registry.Pair;
import caravan.registry.Project;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's part of the note, as of the note's day: agreements (how many, in force, awaiting
 * ratification), overdue commission decisions, projects by stage, and upcoming events and
 * exchanges. What happened after the day (an action, a stage) is left out.
 */
final class RegistrySection implements BriefingSection {
  /** Which part of the registry a section tells. */
  enum Part {
    AGREEMENTS,
    DECISIONS,
    PROJECTS,
    EVENTS
  }

  private static final int LISTED = 8;
  private static final String IMPORT = "caravan import-registry --format csv FILE";

  private final RegistryService registry;
  private final Part part;

  RegistrySection(RegistryService registry, Part part) {
    this.registry = registry;
    this.part = part;
  }

  @Override
  public String id() {
    return part.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Section build(BriefingRequest r, Words w) {
    Pair pair = new Pair(r.a(), r.b());
    List<Section.Line> lines = new ArrayList<>();
    List<Section.Missing> missing = new ArrayList<>();
    switch (part) {
      case AGREEMENTS -> agreements(pair, r.date(), w, lines, missing);
      case DECISIONS -> decisions(pair, r.date(), w, lines, missing);
      case PROJECTS -> projects(pair, r.date(), w, lines, missing);
      case EVENTS -> events(pair, r.date(), w, lines, missing);
    }
    return new Section(id(), w.get("brief.section." + id()), lines, missing);
  }

  private void agreements(
      Pair pair, LocalDate day, Words w, List<Section.Line> lines, List<Section.Missing> m) {
    List<Agreement> all =
        registry.agreementsTimeline(pair).stream()
            .map(a -> asOf(a, day))
            .filter(a -> a.firstDate().map(d -> !d.start().isAfter(day)).orElse(true))
            .toList();
    if (all.isEmpty()) {
      m.add(new Section.Missing(w.get("brief.agreements.none"), IMPORT));
      return;
    }
    long inForce = all.stream().filter(a -> a.status() == Agreement.Status.IN_FORCE).count();
    List<Agreement> awaiting =
        all.stream().filter(a -> a.status() == Agreement.Status.SIGNED).toList();
    lines.add(
        Section.Line.of(
            w.get(
                "brief.agreements.count",
                w.count(all.size()),
                w.count(inForce),
                w.count(awaiting.size()))));
    // the latest first: what a speaker may be asked about; the registry lists the rest
    List<Agreement> latest =
        awaiting.stream()
            .sorted(
                java.util.Comparator.comparing(
                    (Agreement a) -> a.firstDate().orElse(null),
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
            .toList();
    for (Agreement a : latest.stream().limit(LISTED).toList()) {
      lines.add(
          new Section.Line(
              w.get(
                  "brief.agreements.awaiting",
                  a.title(w.lang()),
                  a.signedOn() == null
                      ? w.get("brief.undated")
                      : w.digits(a.signedOn().toString())),
              a.sources().stream().map(s -> Cites.of(a.id(), s)).toList()));
    }
    if (latest.size() > LISTED) {
      lines.add(Section.Line.of(w.get("brief.agreements.more", w.count(latest.size() - LISTED))));
    }
  }

  /** The agreement as it stood on {@code day}: the actions taken by then. */
  private static Agreement asOf(Agreement a, LocalDate day) {
    List<Agreement.Action> then =
        a.actions().stream()
            .filter(x -> x.date() == null || !x.date().start().isAfter(day))
            .toList();
    return new Agreement(
        a.id(),
        a.version(),
        a.titles(),
        a.kind(),
        a.domains(),
        a.signedOn(),
        a.place(),
        a.signatories(),
        then,
        a.notes(),
        a.sources(),
        a.pair());
  }

  private void decisions(
      Pair pair, LocalDate day, Words w, List<Section.Line> lines, List<Section.Missing> m) {
    List<Decision> all = registry.list(Decision.class, RegistryFilter.pair(pair));
    if (all.isEmpty()) {
      m.add(new Section.Missing(w.get("brief.decisions.none"), IMPORT));
      return;
    }
    List<Decision> overdue = all.stream().filter(d -> d.overdue(day)).toList();
    lines.add(
        Section.Line.of(
            w.get("brief.decisions.count", w.count(overdue.size()), w.count(all.size()))));
    for (Decision d : overdue) {
      lines.add(
          new Section.Line(
              w.get(
                  "brief.decisions.overdue",
                  w.count(d.sessionNumber()),
                  d.itemNo() == null ? "" : w.digits(d.itemNo()),
                  d.text(),
                  w.digits(d.deadline().toString())),
              d.sources().stream().map(s -> Cites.of(d.id(), s)).toList()));
    }
  }

  private void projects(
      Pair pair, LocalDate day, Words w, List<Section.Line> lines, List<Section.Missing> m) {
    Map<Project.Stage, List<Project>> byStage = new EnumMap<>(Project.Stage.class);
    for (Project p : registry.list(Project.class, RegistryFilter.pair(pair))) {
      // the stage the project had reached by the day (undated changes count as known)
      p.stages().stream()
          .filter(s -> s.date() == null || !s.date().start().isAfter(day))
          .reduce((x, y) -> y)
          .ifPresent(s -> byStage.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(p));
    }
    if (byStage.isEmpty()) {
      m.add(new Section.Missing(w.get("brief.projects.none"), IMPORT));
      return;
    }
    byStage.forEach(
        (stage, ps) -> {
          lines.add(
              Section.Line.of(
                  w.get(
                      "brief.projects.stage",
                      w.get("brief.stage." + stage.name().toLowerCase(java.util.Locale.ROOT)),
                      w.count(ps.size()))));
          for (Project p : ps) {
            lines.add(
                new Section.Line(
                    w.get("brief.projects.item", p.title()),
                    p.sources().stream().limit(1).map(s -> Cites.of(p.id(), s)).toList()));
          }
        });
  }

  private void events(
      Pair pair, LocalDate day, Words w, List<Section.Line> lines, List<Section.Missing> m) {
    List<Event> all = registry.list(Event.class, RegistryFilter.pair(pair));
    if (all.isEmpty()) {
      m.add(new Section.Missing(w.get("brief.events.none"), IMPORT));
      return;
    }
    List<Event> upcoming =
        all.stream()
            .filter(e -> e.startDate() != null && !e.startDate().end().isBefore(day))
            .sorted(java.util.Comparator.comparing(Event::startDate))
            .toList();
    if (upcoming.isEmpty()) {
      // none ahead: the latest one says where things stand
      all.stream()
          .filter(e -> e.startDate() != null && e.startDate().start().isBefore(day))
          .max(java.util.Comparator.comparing(Event::startDate))
          .ifPresentOrElse(
              e ->
                  lines.add(
                      new Section.Line(
                          w.get("brief.events.latest", e.title(), e.kind(), when(e, w)),
                          e.sources().stream().map(s -> Cites.of(e.id(), s)).toList())),
              () -> lines.add(Section.Line.of(w.get("brief.events.noneAhead"))));
      return;
    }
    for (Event e : upcoming) {
      lines.add(
          new Section.Line(
              w.get("brief.events.item", e.title(), e.kind(), when(e, w)),
              e.sources().stream().map(s -> Cites.of(e.id(), s)).toList()));
    }
  }

  private static String when(Event e, Words w) {
    String start = w.digits(e.startDate().toString());
    return e.endDate() == null || e.endDate().equals(e.startDate())
        ? start
        : start + " – " + w.digits(e.endDate().toString());
  }
}
