package caravan.web;

import static caravan.web.RegistryForm.input;
import static caravan.web.RegistryForm.text;

import caravan.registry.Event;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The event form: kind, title, dates, place, participants and agreements (one a line), notes. */
final class EventForm implements RegistryForm.Spec<Event> {
  static final EventForm INSTANCE = new EventForm();

  @Override
  public Class<Event> type() {
    return Event.class;
  }

  @Override
  public Map<String, String> values(Event e) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("kind", text(e.kind()));
    v.put("title", text(e.title()));
    v.put("startDate", text(e.startDate()));
    v.put("endDate", text(e.endDate()));
    v.put("place", text(e.place()));
    v.put("participants", RegistryForm.joinLines(e.participants()));
    v.put("agreementIds", RegistryForm.joinLines(e.agreementIds()));
    v.put("notes", text(e.notes()));
    return v;
  }

  @Override
  public Event read(Map<String, String> v, List<Source> sources, List<String> problems) {
    return new Event(
        null,
        0,
        v.get("kind"),
        v.get("title"),
        RegistryForm.date("startDate", v.get("startDate"), problems),
        RegistryForm.date("endDate", v.get("endDate"), problems),
        v.get("place"),
        RegistryForm.lines(v.get("participants"), false),
        RegistryForm.lines(v.get("agreementIds"), true),
        v.get("notes"),
        sources);
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        input(page, "kind", "text", v, p, List.of()),
        input(page, "title", "text", v, p, List.of()),
        input(page, "startDate", "text", v, p, List.of()),
        input(page, "endDate", "text", v, p, List.of()),
        input(page, "place", "text", v, p, List.of()),
        input(page, "participants", "textarea", v, p, List.of()),
        input(page, "agreementIds", "textarea", v, p, List.of()),
        input(page, "notes", "textarea", v, p, List.of()));
  }
}
