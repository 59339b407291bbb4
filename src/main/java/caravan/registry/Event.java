package caravan.registry;

import java.util.List;

/**
 * An event or exchange programme: kind as the source names it (official visit, business forum, Days
 * of Culture, student exchange, medical cooperation…), title, dates, place, participants and links
 * to agreements.
 */
public record Event(
    String id,
    int version,
    String kind,
    String title,
    PartialDate startDate,
    PartialDate endDate,
    String place,
    List<String> participants,
    List<String> agreementIds,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public Event {
    kind = Records.clean(kind);
    title = Records.clean(title);
    place = Records.clean(place);
    participants = Records.texts(participants);
    agreementIds = Records.texts(agreementIds);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public Event(
      String id,
      int version,
      String kind,
      String title,
      PartialDate startDate,
      PartialDate endDate,
      String place,
      List<String> participants,
      List<String> agreementIds,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        kind,
        title,
        startDate,
        endDate,
        place,
        participants,
        agreementIds,
        notes,
        sources,
        null);
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    p.required("kind", kind);
    p.required("title", title);
    p.order("endDate", startDate, endDate);
    p.sources(sources);
    return p.texts();
  }
}
