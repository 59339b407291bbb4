package caravan.web;

import static caravan.web.RegistryForm.input;
import static caravan.web.RegistryForm.text;

import caravan.registry.PartnerRequest;
import caravan.registry.Source;
import caravan.web.RegistryForm.Input;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The partner-request form: offer or demand, organisation id, type, HS codes, text, expiry. */
final class RequestForm implements RegistryForm.Spec<PartnerRequest> {
  static final RequestForm INSTANCE = new RequestForm();

  @Override
  public Class<PartnerRequest> type() {
    return PartnerRequest.class;
  }

  @Override
  public Map<String, String> values(PartnerRequest r) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("direction", r.direction() == null ? "" : r.direction().name());
    v.put("organisationId", text(r.organisationId()));
    v.put("partnershipType", text(r.partnershipType()));
    v.put("hsCodes", String.join(", ", r.hsCodes()));
    v.put("text", text(r.text()));
    v.put("expires", text(r.expires()));
    return v;
  }

  @Override
  public PartnerRequest read(Map<String, String> v, List<Source> sources, List<String> problems) {
    return new PartnerRequest(
        null,
        0,
        RegistryForm.choice(
            "direction", PartnerRequest.Direction.class, v.get("direction"), problems),
        v.get("organisationId"),
        v.get("partnershipType"),
        RegistryForm.lines(v.get("hsCodes"), true),
        v.get("text"),
        RegistryForm.date("expires", v.get("expires"), problems),
        sources);
  }

  @Override
  public List<Input> inputs(RegistryPage page, Map<String, String> v, Map<String, List<String>> p) {
    return List.of(
        input(
            page,
            "direction",
            "select",
            v,
            p,
            RegistryForm.options(page, PartnerRequest.Direction.class, v.get("direction"))),
        input(page, "organisationId", "text", v, p, List.of()),
        input(page, "partnershipType", "text", v, p, List.of()),
        input(page, "hsCodes", "text", v, p, List.of()),
        input(page, "text", "textarea", v, p, List.of()),
        input(page, "expires", "text", v, p, List.of()));
  }
}
