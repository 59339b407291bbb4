package caravan.web;

import static caravan.web.FormFields.input;
import static caravan.web.FormFields.text;

import caravan.registry.CommissionSession;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.util.List;
import java.util.Map;

/**
 * The commission-session form: number (which makes the id with the pair, see {@code
 * CommissionSession.idOf}, and cannot change once saved), start and end dates, place, the co-chair
 * of each side of the pair, outcomes, notes and sources.
 */
final class SessionForm implements RegistryForm.Spec<CommissionSession> {
  static final SessionForm INSTANCE = new SessionForm();

  @Override
  public Class<CommissionSession> type() {
    return CommissionSession.class;
  }

  @Override
  public Map<String, String> values(CommissionSession s) {
    Map<String, String> v = FormFields.values();
    v.put("number", String.valueOf(s.number()));
    v.put("startDate", text(s.startDate()));
    v.put("endDate", text(s.endDate()));
    v.put("place", text(s.place()));
    FormFields.putSides("coChairs", s.coChairs(), v);
    v.put("outcomes", text(s.outcomes()));
    v.put("notes", text(s.notes()));
    return v;
  }

  @Override
  public CommissionSession read(
      Map<String, String> v, List<Source> sources, List<String> problems) {
    Integer number = RegistryForm.number("number", v.get("number"), problems);
    return new CommissionSession(
        null,
        0,
        number == null ? 0 : number,
        RegistryForm.date("startDate", v.get("startDate"), problems),
        RegistryForm.date("endDate", v.get("endDate"), problems),
        v.get("place"),
        FormFields.readSides("coChairs", v),
        v.get("outcomes"),
        v.get("notes"),
        sources,
        null);
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        input(page, "number", "number", v, p),
        input(page, "startDate", "text", v, p),
        input(page, "endDate", "text", v, p),
        input(page, "place", "text", v, p),
        FormFields.sides(page, "coChairs", v, p),
        input(page, "outcomes", "textarea", v, p),
        input(page, "notes", "textarea", v, p));
  }
}
