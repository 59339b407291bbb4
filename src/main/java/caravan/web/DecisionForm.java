package caravan.web;

import static caravan.web.RegistryForm.input;
import static caravan.web.RegistryForm.text;

import caravan.registry.Decision;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commission-decision form: session, item number, text, the owner agency on each side of the
 * pair, deadline, status, links (one record id a line, its type read from the prefix AGR-, PRJ-,
 * IND-), evidence (one URL or note a line), notes and sources.
 */
final class DecisionForm implements RegistryForm.Spec<Decision> {
  static final DecisionForm INSTANCE = new DecisionForm();

  @Override
  public Class<Decision> type() {
    return Decision.class;
  }

  @Override
  public Map<String, String> values(Decision d) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("sessionNumber", String.valueOf(d.sessionNumber()));
    v.put("itemNo", text(d.itemNo()));
    v.put("text", text(d.text()));
    FormFields.putSides("owners", d.owners(), v);
    v.put("deadline", text(d.deadline()));
    v.put("status", d.status() == null ? "" : d.status().name());
    v.put(
        "links", RegistryForm.joinLines(d.links().stream().map(Decision.Link::targetId).toList()));
    v.put("evidence", RegistryForm.joinLines(d.evidence()));
    v.put("notes", text(d.notes()));
    return v;
  }

  @Override
  public Decision read(Map<String, String> v, List<Source> sources, List<String> problems) {
    Integer session = RegistryForm.number("sessionNumber", v.get("sessionNumber"), problems);
    return new Decision(
        null,
        0,
        session == null ? 0 : session,
        v.get("itemNo"),
        v.get("text"),
        FormFields.readSides("owners", v),
        RegistryForm.date("deadline", v.get("deadline"), problems),
        RegistryForm.choice("status", Decision.Status.class, v.get("status"), problems),
        RegistryForm.lines(v.get("evidence"), false),
        links(v.get("links"), problems),
        v.get("notes"),
        sources,
        null);
  }

  /** "AGR-001" or "AGREEMENT AGR-001", one a line. */
  static List<Decision.Link> links(String text, List<String> problems) {
    List<Decision.Link> links = new ArrayList<>();
    for (String line : RegistryForm.lines(text, true)) {
      String id = line.contains(" ") ? line.substring(line.lastIndexOf(' ') + 1) : line;
      String prefix = id.toUpperCase(Locale.ROOT).replaceFirst("-.*", "");
      Decision.LinkType type =
          switch (prefix) {
            case "AGR" -> Decision.LinkType.AGREEMENT;
            case "PRJ" -> Decision.LinkType.PROJECT;
            case "IND" -> Decision.LinkType.INDICATOR;
            default -> null;
          };
      if (type == null) {
        problems.add(
            "links: '"
                + line
                + "' is not an agreement, project or indicator id: use AGR-…, PRJ-… or IND-…");
      } else {
        links.add(new Decision.Link(type, id));
      }
    }
    return links;
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        input(page, "sessionNumber", "number", v, p, List.of()),
        input(page, "itemNo", "text", v, p, List.of()),
        input(page, "text", "textarea", v, p, List.of()),
        FormFields.sides(page, "owners", v, p),
        input(page, "deadline", "text", v, p, List.of()),
        input(
            page,
            "status",
            "select",
            v,
            p,
            RegistryForm.options(page, Decision.Status.class, v.get("status"))),
        input(page, "links", "textarea", v, p, List.of()),
        input(page, "evidence", "textarea", v, p, List.of()),
        input(page, "notes", "textarea", v, p, List.of()));
  }
}
