package caravan.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A business partner request: an offer or a demand by an organisation, with HS codes and expiry.
 */
public record PartnerRequest(
    String id,
    int version,
    Direction direction,
    String organisationId,
    String partnershipType,
    List<String> hsCodes,
    String text,
    PartialDate expires,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public enum Direction {
    OFFER,
    DEMAND
  }

  public PartnerRequest {
    organisationId = Records.clean(organisationId);
    partnershipType = Records.clean(partnershipType);
    hsCodes = Records.texts(hsCodes);
    text = Records.clean(text);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public PartnerRequest(
      String id,
      int version,
      Direction direction,
      String organisationId,
      String partnershipType,
      List<String> hsCodes,
      String text,
      PartialDate expires,
      List<Source> sources) {
    this(
        id,
        version,
        direction,
        organisationId,
        partnershipType,
        hsCodes,
        text,
        expires,
        sources,
        null);
  }

  /** True after the last day of {@code expires}. */
  public boolean expired(LocalDate today) {
    return expires != null && expires.end().isBefore(today);
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    p.required("direction", direction);
    p.required("organisationId", organisationId);
    p.required("text", text);
    HsCodes.check(p, hsCodes);
    p.sources(sources);
    return p.texts();
  }
}
