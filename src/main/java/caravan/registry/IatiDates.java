package caravan.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one activity date IATI requires, from what the sources say and nothing else (no stand-in).
 * IATI 2.03 lets a start date mark the commencement of funding, planning or physical work, and lets
 * the narrative carry a less specific date than the {@code iso-date} (the schema's own example: a
 * year or quarter). So:
 *
 * <ol>
 *   <li>a construction or operating stage with a date: 2 Actual start on that date; a year or month
 *       only gives its first day, and the narrative keeps the date as the source gives it;
 *   <li>else the earliest date by which a source reports the activity (a source's date, or the end
 *       of a stage's partial date): 2 Actual start on that day, the narrative saying the activity
 *       (at least its planning) had started by then and that its start is not stated;
 *   <li>else no date is known: the activity is left out of the export and named in its report.
 * </ol>
 */
final class IatiDates {
  private IatiDates() {}

  /** The activity date to write: its type code, the ISO date and the narrative saying why. */
  record Start(int type, LocalDate isoDate, String narrative) {}

  static Optional<Start> start(Project p) {
    for (Project.StageChange s : p.stages()) {
      if (s.date() != null
          && (s.stage() == Project.Stage.CONSTRUCTION || s.stage() == Project.Stage.OPERATING)) {
        String stage = s.stage().name().toLowerCase();
        boolean partial = s.date().month() == null || s.date().day() == null;
        return Optional.of(
            new Start(
                2,
                s.date().start(),
                partial
                    ? "Start of "
                        + stage
                        + ": "
                        + s.date()
                        + " (the source gives "
                        + (s.date().month() == null ? "the year" : "the month")
                        + " only; the ISO date is its first day)"
                    : "Start of " + stage + " as the source dates it"));
      }
    }
    List<Reported> reported = new ArrayList<>();
    for (Source s : p.sources()) {
      if (s.date() != null) reported.add(new Reported(s.date().end(), "the source of " + s.date()));
    }
    for (Project.StageChange s : p.stages()) {
      if (s.date() != null) {
        reported.add(new Reported(s.date().end(), "the stage recorded for " + s.date()));
      }
    }
    return reported.stream()
        .min(Comparator.comparing(Reported::by))
        .map(
            r ->
                new Start(
                    2,
                    r.by(),
                    "Start not stated: "
                        + r.what()
                        + " reports the activity"
                        + stage(p)
                        + ", so it (at least its planning) had started by "
                        + r.by()
                        + "; the ISO date is that reported-by date, not the start"));
  }

  /** Why a project without any date is left out, for the export's report. */
  static caravan.text.Text leftOut(Project p) {
    return caravan.text.Text.of("reg.iati.noDate", p.id(), String.valueOf(p.title()));
  }

  private static String stage(Project p) {
    return p.stages().isEmpty()
        ? ""
        : " (stage: " + p.stages().get(p.stages().size() - 1).stage().name().toLowerCase() + ")";
  }

  private record Reported(LocalDate by, String what) {}
}
