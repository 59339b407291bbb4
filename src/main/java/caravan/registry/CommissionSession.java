package caravan.registry;

import java.util.List;
import java.util.Map;

/**
 * A session of a pair's intergovernmental commission: its ordinal number (which makes the id, see
 * {@link #idOf(Pair, int)}), dates, place, co-chairs per side (by the side's ISO3 code) and
 * outcomes as reported.
 */
public record CommissionSession(
    String id,
    int version,
    int number,
    PartialDate startDate,
    PartialDate endDate,
    String place,
    Map<String, String> coChairs,
    String outcomes,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public CommissionSession {
    place = Records.clean(place);
    coChairs = Records.bySide(coChairs);
    outcomes = Records.clean(outcomes);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public CommissionSession(
      String id,
      int version,
      int number,
      PartialDate startDate,
      PartialDate endDate,
      String place,
      Map<String, String> coChairs,
      String outcomes,
      String notes,
      List<Source> sources) {
    this(id, version, number, startDate, endDate, place, coChairs, outcomes, notes, sources, null);
  }

  /**
   * The id of session {@code number} of {@code pair}: {@code SES-<number>} for the sessions of the
   * store's home pair (the shipped data set's, whose sessions had these ids before the registry
   * held several pairs), {@code SES-<A>-<B>-<number>} for any other pair, its codes in alphabetical
   * order.
   */
  public static String idOf(Pair pair, int number) {
    Pair home = RegistryCsv.shippedPair();
    boolean homePair = pair == null || pair.equals(home) || pair.reversed().equals(home);
    if (homePair) return "SES-" + number;
    // one id whichever way round the pair is written (TUR-KAZ is KAZ-TUR's session too)
    Pair ordered = pair.a().compareTo(pair.b()) <= 0 ? pair : pair.reversed();
    return "SES-" + ordered + "-" + number;
  }

  /** The co-chair of side {@code country}, or null. */
  public String coChair(String country) {
    return coChairs.get(country);
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    if (number < 1) p.worded("number", "lang.rec.atLeastOne", String.valueOf(number));
    p.required("startDate", startDate);
    p.order("endDate", startDate, endDate);
    p.sides("coChairs", coChairs, pair);
    p.sources(sources);
    return p.texts();
  }
}
