package caravan.registry;

import java.util.List;
import java.util.Map;

/**
 * An organisation: names per language, country (ISO3, null for bilateral or multilateral bodies,
 * whose wording stays in {@code countryNote}), kind, region, role, HS codes and sectors of
 * interest, and contacts.
 */
public record Organisation(
    String id,
    int version,
    Map<String, String> names,
    String country,
    String countryNote,
    String kind,
    String region,
    String role,
    List<String> hsCodes,
    List<String> sectors,
    List<String> contacts,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public Organisation {
    names = Records.languages(names);
    country = Records.clean(country);
    countryNote = Records.clean(countryNote);
    kind = Records.clean(kind);
    region = Records.clean(region);
    role = Records.clean(role);
    hsCodes = Records.texts(hsCodes);
    sectors = Records.texts(sectors);
    contacts = Records.texts(contacts);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public Organisation(
      String id,
      int version,
      Map<String, String> names,
      String country,
      String countryNote,
      String kind,
      String region,
      String role,
      List<String> hsCodes,
      List<String> sectors,
      List<String> contacts,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        names,
        country,
        countryNote,
        kind,
        region,
        role,
        hsCodes,
        sectors,
        contacts,
        notes,
        sources,
        null);
  }

  /** The name in {@code lang}, else English, else any. */
  public String name(String lang) {
    if (names.containsKey(lang)) return names.get(lang);
    if (names.containsKey("en")) return names.get("en");
    return names.values().stream().findFirst().orElse(null);
  }

  @Override
  public List<caravan.text.Text> problemTexts() {
    Records.Problems p = new Records.Problems();
    p.languages("names", names);
    p.required("kind", kind);
    HsCodes.check(p, hsCodes);
    p.sources(sources);
    return p.texts();
  }
}
