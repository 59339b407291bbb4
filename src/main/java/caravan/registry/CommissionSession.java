package caravan.registry;

import java.util.List;

/**
 * A session of the Kazakh–Iranian Intergovernmental Commission: its ordinal number (the id is
 * {@code SES-<number>}), dates, place, co-chairs per side and outcomes as reported.
 */
public record CommissionSession(
    String id,
    int version,
    int number,
    PartialDate startDate,
    PartialDate endDate,
    String place,
    String coChairKaz,
    String coChairIrn,
    String outcomes,
    String notes,
    List<Source> sources)
    implements RegistryRecord {

  public CommissionSession {
    place = Records.clean(place);
    coChairKaz = Records.clean(coChairKaz);
    coChairIrn = Records.clean(coChairIrn);
    outcomes = Records.clean(outcomes);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** The id a session with this number has. */
  public static String idOf(int number) {
    return "SES-" + number;
  }

  @Override
  public List<String> problems() {
    Records.Problems p = new Records.Problems();
    if (number < 1) p.add("number", "must be 1 or more, found " + number);
    p.required("startDate", startDate);
    p.order("endDate", startDate, endDate);
    p.sources(sources);
    return p.list();
  }
}
