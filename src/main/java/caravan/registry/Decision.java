package caravan.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A decision (roadmap item) of a commission session of its pair: text, owner agency on each side
 * (by the side's ISO3 code), deadline, status, evidence links and typed links to agreements,
 * projects or indicators. Overdue is derived: see {@link #overdue(LocalDate)}.
 */
public record Decision(
    String id,
    int version,
    int sessionNumber,
    String itemNo,
    String text,
    Map<String, String> owners,
    PartialDate deadline,
    Status status,
    List<String> evidence,
    List<Link> links,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public enum Status {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED,
    CARRIED_OVER
  }

  public enum LinkType {
    AGREEMENT,
    PROJECT,
    INDICATOR
  }

  /** A typed link to another registry record by id. */
  public record Link(LinkType type, String targetId) {
    public Link {
      Objects.requireNonNull(type, "type");
      targetId = Records.clean(targetId);
    }
  }

  public Decision {
    itemNo = Records.clean(itemNo);
    text = Records.clean(text);
    owners = Records.bySide(owners);
    evidence = Records.texts(evidence);
    links = Records.list(links);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public Decision(
      String id,
      int version,
      int sessionNumber,
      String itemNo,
      String text,
      Map<String, String> owners,
      PartialDate deadline,
      Status status,
      List<String> evidence,
      List<Link> links,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        sessionNumber,
        itemNo,
        text,
        owners,
        deadline,
        status,
        evidence,
        links,
        notes,
        sources,
        null);
  }

  /**
   * True when the deadline's last day is before {@code today} and the decision is neither done nor
   * dropped (a deadline of {@code 2024-06} is overdue from 2024-07-01).
   */
  public boolean overdue(LocalDate today) {
    return deadline != null
        && deadline.end().isBefore(today)
        && status != Status.DONE
        && status != Status.DROPPED;
  }

  /** The owner agency of side {@code country}, or null. */
  public String owner(String country) {
    return owners.get(country);
  }

  public Decision withText(String newText) {
    return new Decision(
        id,
        version,
        sessionNumber,
        itemNo,
        newText,
        owners,
        deadline,
        status,
        evidence,
        links,
        notes,
        sources,
        pair);
  }

  public Decision withStatus(Status newStatus) {
    return new Decision(
        id,
        version,
        sessionNumber,
        itemNo,
        text,
        owners,
        deadline,
        newStatus,
        evidence,
        links,
        notes,
        sources,
        pair);
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    if (sessionNumber < 1)
      p.worded("sessionNumber", "lang.rec.atLeastOne", String.valueOf(sessionNumber));
    p.required("text", text);
    p.required("status", status);
    p.sides("owners", owners, pair);
    for (int i = 0; i < links.size(); i++) {
      p.required("links[" + i + "].targetId", links.get(i).targetId());
    }
    p.sources(sources);
    return p.texts();
  }
}
