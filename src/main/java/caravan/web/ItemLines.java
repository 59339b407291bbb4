package caravan.web;

import static caravan.web.FormFields.text;

import caravan.registry.Agreement;
import caravan.registry.Decision;
import caravan.registry.Indicator;
import caravan.registry.PartialDate;
import caravan.registry.Project;
import caravan.registry.RegistryRecord;
import caravan.registry.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the nested items of a record (a field of type ITEMS in its description) are typed in a form,
 * one a line: agreement actions ({@code signed KAZ 2025-12-11}), decision links ({@code PRJ-001}),
 * indicator actuals ({@code 2024 2500000000 https://…}), project investors ({@code name; role;
 * country}), budgets ({@code 2026 5000000 USD}) and stages ({@code construction 2025-03 note}).
 * Each line that cannot be read adds a problem naming the field and the line.
 */
final class ItemLines {
  private ItemLines() {}

  /** A line format: one item as a line, and the lines typed as items (with problems). */
  record Format<E>(Function<E, String> write, BiFunction<String, List<String>, List<E>> read) {
    @SuppressWarnings("unchecked")
    String lines(List<?> items) {
      return String.join("\n", items.stream().map(i -> write.apply((E) i)).toList());
    }
  }

  private static final Map<String, Format<?>> FORMATS =
      Map.of(
          "Agreement.actions", new Format<Agreement.Action>(ItemLines::line, ItemLines::actions),
          "Decision.links", new Format<Decision.Link>(Decision.Link::targetId, ItemLines::links),
          "Indicator.actuals", new Format<Indicator.Actual>(ItemLines::line, ItemLines::actuals),
          "Project.investors", new Format<Project.Investor>(ItemLines::line, ItemLines::investors),
          "Project.budgets", new Format<Project.Budget>(ItemLines::line, ItemLines::budgets),
          "Project.stages", new Format<Project.StageChange>(ItemLines::line, ItemLines::stages));

  /** The format of a kind's ITEMS field. */
  static Format<?> of(Class<? extends RegistryRecord> type, String field) {
    Format<?> f = FORMATS.get(type.getSimpleName() + "." + field);
    if (f == null) {
      throw new IllegalStateException(
          "No line format for " + type.getSimpleName() + "." + field + ": add one in ItemLines");
    }
    return f;
  }

  private static String plain(BigDecimal d) {
    return FormFields.plain(d);
  }

  private static String plain(Double d) {
    return FormFields.plain(d);
  }

  /** One action as a line: {@code type party [date|?] [note]}. */
  static String line(Agreement.Action a) {
    String party = Agreement.BOTH.equals(a.party()) ? "both" : a.party();
    String rest = FormFields.dateNote(a.date(), a.note());
    return a.type().name().toLowerCase(Locale.ROOT)
        + " "
        + party
        + (rest.isEmpty() ? "" : " " + rest);
  }

  /** The actions typed one a line; each line that cannot be read adds a problem naming it. */
  static List<Agreement.Action> actions(String text, List<String> problems) {
    List<Agreement.Action> out = new ArrayList<>();
    List<String> lines = RegistryForm.lines(text, false);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] t = line.split("\\s+", 3);
      if (t.length < 2) {
        FormFields.lineProblem(
            problems, "actions", i, line, caravan.text.Text.of("lang.form.actionLine"));
        continue;
      }
      boolean[] ok = {true};
      Agreement.ActionType type = actionType(t[0]);
      if (type == null) {
        ok[0] = false;
        FormFields.lineProblem(
            problems,
            "actions",
            i,
            line,
            caravan.text.Text.of(
                "lang.form.unknownAction",
                t[0],
                Arrays.stream(Agreement.ActionType.values())
                    .map(x -> x.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))));
      }
      String party = party(t[1]);
      if (party == null) {
        ok[0] = false;
        FormFields.lineProblem(
            problems, "actions", i, line, caravan.text.Text.of("lang.form.unknownParty", t[1]));
      }
      FormFields.DateNote dn =
          FormFields.dateNote("actions", i, line, t.length > 2 ? t[2] : null, problems, ok);
      if (ok[0]) out.add(new Agreement.Action(party, type, dn.date(), dn.note()));
    }
    return out;
  }

  static Agreement.ActionType actionType(String word) {
    String name = word.toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(Agreement.ActionType.values())
        .filter(x -> x.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** {@code both}, or a country's ISO3 code (whether it is a side is the record's check). */
  static String party(String word) {
    String name = word.toUpperCase(Locale.ROOT);
    return name.matches("[A-Z]{3}") || name.equals(Agreement.BOTH) ? name : null;
  }

  /** "AGR-001" or "AGREEMENT AGR-001", one a line. */
  static List<Decision.Link> links(String text, List<String> problems) {
    List<Decision.Link> links = new ArrayList<>();
    for (String line : RegistryForm.lines(text, true)) {
      // ids are stored upper case, as the registry gives them: agr-001 is AGR-001
      String id =
          (line.contains(" ") ? line.substring(line.lastIndexOf(' ') + 1) : line)
              .toUpperCase(Locale.ROOT);
      String prefix = id.replaceFirst("-.*", "");
      Decision.LinkType type =
          switch (prefix) {
            case "AGR" -> Decision.LinkType.AGREEMENT;
            case "PRJ" -> Decision.LinkType.PROJECT;
            case "IND" -> Decision.LinkType.INDICATOR;
            default -> null;
          };
      if (type == null) {
        FormProblems.add(problems, "links", "lang.form.link", line);
      } else {
        links.add(new Decision.Link(type, id));
      }
    }
    return links;
  }

  /**
   * {@code period value [url [date [quote]]]}: {@code -} stands for no URL and {@code ?} for no
   * date when a later part follows.
   */
  static String line(Indicator.Actual a) {
    StringBuilder b = new StringBuilder(a.period() + " " + plain(a.value()));
    Source s = a.source();
    if (s != null && (s.url() != null || s.date() != null || s.quote() != null)) {
      b.append(' ').append(s.url() == null ? "-" : s.url());
      if (s.date() != null || s.quote() != null) {
        b.append(' ').append(FormFields.dateNote(s.date(), s.quote()));
      }
    }
    return b.toString();
  }

  static List<Indicator.Actual> actuals(String text, List<String> problems) {
    List<Indicator.Actual> out = new ArrayList<>();
    List<String> lines = RegistryForm.lines(text, false);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] t = line.split("\\s+", 4);
      if (t.length < 2) {
        FormFields.lineProblem(
            problems, "actuals", i, line, caravan.text.Text.of("lang.form.actualLine"));
        continue;
      }
      boolean[] ok = {true};
      PartialDate period = null;
      if (t[0].equals("?") || t[0].equals("-")) {
        ok[0] = false;
        FormFields.lineProblem(
            problems, "actuals", i, line, caravan.text.Text.of("lang.form.noPeriod"));
      } else {
        period = FormFields.lineDate("actuals", i, line, t[0], problems, ok);
      }
      List<String> bad = FormProblems.like(problems);
      BigDecimal value = FormFields.decimal("value", t[1], bad);
      for (String b : bad) {
        ok[0] = false;
        FormFields.lineProblem(problems, "actuals", i, line, caravan.text.Text.literal(b));
      }
      String url = t.length > 2 && !t[2].equals("-") && !t[2].equals("?") ? t[2] : null;
      FormFields.DateNote dn =
          FormFields.dateNote("actuals", i, line, t.length > 3 ? t[3] : null, problems, ok);
      Source source =
          url == null && dn.date() == null && dn.note() == null
              ? null
              : new Source(url, dn.date(), dn.note());
      if (ok[0]) out.add(new Indicator.Actual(period, value, source));
    }
    return out;
  }

  /** {@code name; role; country}, trailing blank parts left out. */
  static String line(Project.Investor i) {
    List<String> parts =
        new ArrayList<>(List.of(text(i.name()), text(i.role()), text(i.country())));
    while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return String.join("; ", parts);
  }

  static String line(Project.Budget b) {
    return b.year() + " " + plain(b.amount()) + (b.currency() == null ? "" : " " + b.currency());
  }

  static String line(Project.StageChange s) {
    String rest = FormFields.dateNote(s.date(), s.note());
    return s.stage().name().toLowerCase(Locale.ROOT) + (rest.isEmpty() ? "" : " " + rest);
  }

  static List<Project.Investor> investors(String text, List<String> problems) {
    List<Project.Investor> out = new ArrayList<>();
    List<String> lines = RegistryForm.lines(text, false);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] parts = line.split(";", -1);
      if (parts.length > 3) {
        FormFields.lineProblem(
            problems, "investors", i, line, caravan.text.Text.of("lang.form.investorLine"));
        continue;
      }
      out.add(
          new Project.Investor(
              parts[0],
              parts.length > 1 ? parts[1] : null,
              FormFields.code(parts.length > 2 ? parts[2] : null)));
    }
    return out;
  }

  static List<Project.Budget> budgets(String text, List<String> problems) {
    List<Project.Budget> out = new ArrayList<>();
    List<String> lines = RegistryForm.lines(text, false);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] t = line.split("\\s+");
      if (t.length < 2 || t.length > 3) {
        FormFields.lineProblem(
            problems, "budgets", i, line, caravan.text.Text.of("lang.form.budgetLine"));
        continue;
      }
      List<String> bad = FormProblems.like(problems);
      Integer year = RegistryForm.number("year", t[0], bad);
      BigDecimal amount = FormFields.decimal("amount", t[1], bad);
      if (!bad.isEmpty()) {
        for (String b : bad) {
          FormFields.lineProblem(problems, "budgets", i, line, caravan.text.Text.literal(b));
        }
        continue;
      }
      out.add(new Project.Budget(year, amount, FormFields.code(t.length > 2 ? t[2] : null)));
    }
    return out;
  }

  static List<Project.StageChange> stages(String text, List<String> problems) {
    List<Project.StageChange> out = new ArrayList<>();
    List<String> lines = RegistryForm.lines(text, false);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] t = line.split("\\s+", 2);
      boolean[] ok = {true};
      String name = t[0].toUpperCase(Locale.ROOT);
      Project.Stage stage =
          Arrays.stream(Project.Stage.values())
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElse(null);
      if (stage == null) {
        ok[0] = false;
        FormFields.lineProblem(
            problems,
            "stages",
            i,
            line,
            caravan.text.Text.of(
                "lang.form.unknownStage",
                t[0],
                Arrays.stream(Project.Stage.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))));
      }
      FormFields.DateNote dn =
          FormFields.dateNote("stages", i, line, t.length > 1 ? t[1] : null, problems, ok);
      if (ok[0]) out.add(new Project.StageChange(stage, dn.date(), dn.note()));
    }
    return out;
  }
}
