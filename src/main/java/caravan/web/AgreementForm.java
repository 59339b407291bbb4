package caravan.web;

import static caravan.web.FormFields.input;
import static caravan.web.FormFields.text;

import caravan.registry.Agreement;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agreement form: titles per language, kind, domains, signature date and place, signatories
 * (one a line), the actions of each party (one a line, by the side's country code: {@code signed
 * KAZ 2025-12-11}, {@code in_force both 2025-05-15 note}), notes and sources. The status is derived
 * from the actions and shown read-only.
 */
final class AgreementForm implements RegistryForm.Spec<Agreement> {
  static final AgreementForm INSTANCE = new AgreementForm();

  @Override
  public Class<Agreement> type() {
    return Agreement.class;
  }

  @Override
  public Map<String, String> values(Agreement a) {
    Map<String, String> v = FormFields.values();
    FormFields.putLanguages("titles", a.titles(), v);
    v.put("kind", text(a.kind()));
    v.put("domains", RegistryForm.joinLines(a.domains()));
    v.put("signedOn", text(a.signedOn()));
    v.put("place", text(a.place()));
    v.put("signatories", RegistryForm.joinLines(a.signatories()));
    v.put(
        "actions", RegistryForm.joinLines(a.actions().stream().map(AgreementForm::line).toList()));
    v.put("notes", text(a.notes()));
    return v;
  }

  @Override
  public Agreement read(Map<String, String> v, List<Source> sources, List<String> problems) {
    return new Agreement(
        null,
        0,
        FormFields.readLanguages("titles", v),
        v.get("kind"),
        RegistryForm.lines(v.get("domains"), false),
        RegistryForm.date("signedOn", v.get("signedOn"), problems),
        v.get("place"),
        RegistryForm.lines(v.get("signatories"), false),
        actions(v.get("actions"), problems),
        v.get("notes"),
        sources);
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
        problems.add(
            FormFields.lineProblem(
                "actions",
                i,
                line,
                "give the action, the party and the date, such as 'signed KAZ 2025-12-11'"));
        continue;
      }
      boolean[] ok = {true};
      Agreement.ActionType type = actionType(t[0]);
      if (type == null) {
        ok[0] = false;
        problems.add(
            FormFields.lineProblem(
                "actions",
                i,
                line,
                "unknown action '"
                    + t[0]
                    + "': use "
                    + Arrays.stream(Agreement.ActionType.values())
                        .map(x -> x.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
      }
      String party = party(t[1]);
      if (party == null) {
        ok[0] = false;
        problems.add(
            FormFields.lineProblem(
                "actions",
                i,
                line,
                "unknown party '" + t[1] + "': use a country code of the pair, or both"));
      }
      FormFields.DateNote dn =
          FormFields.dateNote("actions", i, line, t.length > 2 ? t[2] : null, problems, ok);
      if (ok[0]) out.add(new Agreement.Action(party, type, dn.date(), dn.note()));
    }
    return out;
  }

  private static Agreement.ActionType actionType(String word) {
    String name = word.toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(Agreement.ActionType.values())
        .filter(x -> x.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** {@code both}, or a country's ISO3 code (whether it is a side is the record's check). */
  private static String party(String word) {
    String name = word.toUpperCase(Locale.ROOT);
    return name.matches("[A-Z]{3}") || name.equals(Agreement.BOTH) ? name : null;
  }

  /** The status the typed actions give (lines that cannot be read are left out). */
  private static String status(RegistryPage page, String actions) {
    Agreement a =
        new Agreement(
            null,
            0,
            Map.of(),
            null,
            null,
            null,
            null,
            null,
            actions(actions, new ArrayList<>()),
            null,
            null);
    return page.word("registry.enum." + a.status().name(), a.status().label());
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    Map<String, String> shown = new java.util.HashMap<>(v);
    shown.put("status", status(page, v.get("actions")));
    return List.of(
        FormFields.languages(page, "titles", v, p),
        input(page, "kind", "text", v, p),
        input(page, "domains", "textarea", v, p),
        input(page, "signedOn", "text", v, p),
        input(page, "place", "text", v, p),
        input(page, "signatories", "textarea", v, p),
        input(page, "actions", "textarea", v, p),
        input(page, "status", "readonly", shown, p),
        input(page, "notes", "textarea", v, p));
  }
}
