package caravan.web;

import static caravan.web.FormFields.input;
import static caravan.web.FormFields.text;

import caravan.registry.Organisation;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.util.List;
import java.util.Map;

/**
 * The organisation form: names per language, country (ISO3) or its wording when there is none,
 * kind, region, role, HS codes (comma-separated), sectors and contacts (one a line), notes and
 * sources.
 */
final class OrganisationForm implements RegistryForm.Spec<Organisation> {
  static final OrganisationForm INSTANCE = new OrganisationForm();

  @Override
  public Class<Organisation> type() {
    return Organisation.class;
  }

  @Override
  public Map<String, String> values(Organisation o) {
    Map<String, String> v = FormFields.values();
    FormFields.putLanguages("names", o.names(), v);
    v.put("country", text(o.country()));
    v.put("countryNote", text(o.countryNote()));
    v.put("kind", text(o.kind()));
    v.put("region", text(o.region()));
    v.put("role", text(o.role()));
    v.put("hsCodes", String.join(", ", o.hsCodes()));
    v.put("sectors", RegistryForm.joinLines(o.sectors()));
    v.put("contacts", RegistryForm.joinLines(o.contacts()));
    v.put("notes", text(o.notes()));
    return v;
  }

  @Override
  public Organisation read(Map<String, String> v, List<Source> sources, List<String> problems) {
    return new Organisation(
        null,
        0,
        FormFields.readLanguages("names", v),
        FormFields.code(v.get("country")),
        v.get("countryNote"),
        v.get("kind"),
        v.get("region"),
        v.get("role"),
        RegistryForm.lines(v.get("hsCodes"), true),
        RegistryForm.lines(v.get("sectors"), false),
        RegistryForm.lines(v.get("contacts"), false),
        v.get("notes"),
        sources);
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        FormFields.languages(page, "names", v, p),
        input(page, "country", "text", v, p),
        input(page, "countryNote", "text", v, p),
        input(page, "kind", "text", v, p),
        input(page, "region", "text", v, p),
        input(page, "role", "text", v, p),
        input(page, "hsCodes", "text", v, p),
        input(page, "sectors", "textarea", v, p),
        input(page, "contacts", "textarea", v, p),
        input(page, "notes", "textarea", v, p));
  }
}
