package caravan.web;

import static caravan.web.FormFields.input;
import static caravan.web.FormFields.plain;
import static caravan.web.FormFields.text;

import caravan.registry.Project;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The project form: title, investors (one a line: {@code name; role; country ISO3}), sector code
 * and text, region, amount low–high and currency, yearly budgets (one a line: {@code year amount
 * [currency]}), stage history (one a line: {@code stage date note}), jobs, latitude and longitude,
 * notes and sources.
 */
final class ProjectForm implements RegistryForm.Spec<Project> {
  static final ProjectForm INSTANCE = new ProjectForm();

  @Override
  public Class<Project> type() {
    return Project.class;
  }

  @Override
  public Map<String, String> values(Project pr) {
    Map<String, String> v = FormFields.values();
    v.put("title", text(pr.title()));
    v.put(
        "investors",
        RegistryForm.joinLines(pr.investors().stream().map(ProjectForm::line).toList()));
    v.put("sectorCode", text(pr.sectorCode()));
    v.put("sectorText", text(pr.sectorText()));
    v.put("region", text(pr.region()));
    v.put("amountLow", plain(pr.amountLow()));
    v.put("amountHigh", plain(pr.amountHigh()));
    v.put("currency", text(pr.currency()));
    v.put("budgets", RegistryForm.joinLines(pr.budgets().stream().map(ProjectForm::line).toList()));
    v.put("stages", RegistryForm.joinLines(pr.stages().stream().map(ProjectForm::line).toList()));
    v.put("jobs", text(pr.jobs()));
    v.put("latitude", plain(pr.latitude()));
    v.put("longitude", plain(pr.longitude()));
    v.put("notes", text(pr.notes()));
    return v;
  }

  @Override
  public Project read(Map<String, String> v, List<Source> sources, List<String> problems) {
    return new Project(
        null,
        0,
        v.get("title"),
        investors(v.get("investors"), problems),
        v.get("sectorCode"),
        v.get("sectorText"),
        v.get("region"),
        FormFields.decimal("amountLow", v.get("amountLow"), problems),
        FormFields.decimal("amountHigh", v.get("amountHigh"), problems),
        FormFields.code(v.get("currency")),
        budgets(v.get("budgets"), problems),
        stages(v.get("stages"), problems),
        RegistryForm.number("jobs", v.get("jobs"), problems),
        FormFields.real("latitude", v.get("latitude"), problems),
        FormFields.real("longitude", v.get("longitude"), problems),
        v.get("notes"),
        sources);
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
        problems.add(
            FormFields.lineProblem(
                "investors",
                i,
                line,
                "too many parts: use 'name; role; country ISO3', such as 'Solico Group; investor;"
                    + " IRN'"));
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
        problems.add(
            FormFields.lineProblem(
                "budgets", i, line, "use 'year amount [currency]', such as '2026 5000000 USD'"));
        continue;
      }
      List<String> bad = new ArrayList<>();
      Integer year = RegistryForm.number("year", t[0], bad);
      BigDecimal amount = FormFields.decimal("amount", t[1], bad);
      if (!bad.isEmpty()) {
        for (String b : bad) problems.add(FormFields.lineProblem("budgets", i, line, b));
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
        problems.add(
            FormFields.lineProblem(
                "stages",
                i,
                line,
                "unknown stage '"
                    + t[0]
                    + "': use "
                    + Arrays.stream(Project.Stage.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
      }
      FormFields.DateNote dn =
          FormFields.dateNote("stages", i, line, t.length > 1 ? t[1] : null, problems, ok);
      if (ok[0]) out.add(new Project.StageChange(stage, dn.date(), dn.note()));
    }
    return out;
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        input(page, "title", "text", v, p),
        input(page, "investors", "textarea", v, p),
        input(page, "sectorCode", "text", v, p),
        input(page, "sectorText", "text", v, p),
        input(page, "region", "text", v, p),
        input(page, "amountLow", "text", v, p),
        input(page, "amountHigh", "text", v, p),
        input(page, "currency", "text", v, p),
        input(page, "budgets", "textarea", v, p),
        input(page, "stages", "textarea", v, p),
        input(page, "jobs", "number", v, p),
        input(page, "latitude", "text", v, p),
        input(page, "longitude", "text", v, p),
        input(page, "notes", "textarea", v, p));
  }
}
