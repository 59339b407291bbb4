package caravan.registry;

import java.util.List;

/**
 * A heritage item: a manuscript, document, map, artefact or body of work the two countries share or
 * exchange (DESIGN §2 Heritage), such as the copies of 27 manuscripts from the archives of Iran's
 * foreign ministry handed over on 2025-12-11.
 *
 * <p>{@code title} is the English title; {@code titleOriginal} the work's own title in its original
 * script and {@code titleTransliterated} that title in Latin letters. {@code period} is the date or
 * period as the source words it ("18th century", "late 17th – early 18th century"); {@code date} is
 * set only when that wording is itself a date ({@code 1732}, {@code 1732-05}), never guessed.
 * {@code holder} is the holding archive, library or place; {@code provenance} where the copy came
 * from. {@code agreementIds} and {@code eventIds} link the agreements and events it belongs to.
 */
public record HeritageItem(
    String id,
    int version,
    String title,
    String titleOriginal,
    String titleTransliterated,
    String author,
    String kind,
    String period,
    PartialDate date,
    String language,
    String script,
    String holder,
    String shelfmark,
    String description,
    String provenance,
    List<String> agreementIds,
    List<String> eventIds,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public HeritageItem {
    title = Records.clean(title);
    titleOriginal = Records.clean(titleOriginal);
    titleTransliterated = Records.clean(titleTransliterated);
    author = Records.clean(author);
    kind = Records.clean(kind);
    period = Records.clean(period);
    language = Records.clean(language);
    script = Records.clean(script);
    holder = Records.clean(holder);
    shelfmark = Records.clean(shelfmark);
    description = Records.clean(description);
    provenance = Records.clean(provenance);
    agreementIds = Records.texts(agreementIds);
    eventIds = Records.texts(eventIds);
    notes = Records.clean(notes);
    sources = Records.list(sources);
  }

  /** A record of no declared pair yet: the registry gives it its data set's pair. */
  public HeritageItem(
      String id,
      int version,
      String title,
      String titleOriginal,
      String titleTransliterated,
      String author,
      String kind,
      String period,
      PartialDate date,
      String language,
      String script,
      String holder,
      String shelfmark,
      String description,
      String provenance,
      List<String> agreementIds,
      List<String> eventIds,
      String notes,
      List<Source> sources) {
    this(
        id,
        version,
        title,
        titleOriginal,
        titleTransliterated,
        author,
        kind,
        period,
        date,
        language,
        script,
        holder,
        shelfmark,
        description,
        provenance,
        agreementIds,
        eventIds,
        notes,
        sources,
        null);
  }

  /** The work's own title: in its original script when known, else transliterated; or null. */
  public String ownTitle() {
    return titleOriginal != null ? titleOriginal : titleTransliterated;
  }

  /** The date as the source gives it: the period wording, else the date; or null. */
  public String dateText() {
    return period != null ? period : date == null ? null : date.toString();
  }

  @Override
  public List<String> problems() {
    Records.Problems p = new Records.Problems();
    p.required("title", title);
    p.required("kind", kind);
    p.sources(sources);
    return p.list();
  }
}
