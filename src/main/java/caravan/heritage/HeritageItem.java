package caravan.heritage;

import caravan.registry.Agreement;
import caravan.registry.Event;
import caravan.registry.Pair;
import caravan.registry.RegistryRecord;
import caravan.registry.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue record of the heritage catalogue (DESIGN §2 Heritage): a manuscript, document, map,
 * object or body of work the two countries share or exchange, such as the copies of 27 manuscripts
 * from the archives of Iran's foreign ministry handed over on 2025-12-11. Kept in the registry's
 * store (users, roles, optimistic locking, audit log, search) as its kind {@code heritage_item}.
 *
 * <p>{@code title} is the catalogue's English title; the work's own title is {@code titleOriginal}
 * in its original script, {@code titleTransliterated} in Latin letters (ALA-LC for Arabic script),
 * {@code titleKk} and {@code titleRu} its Kazakh and Russian forms. {@code author} carries VIAF and
 * Wikidata ids only where a source gives them. {@code period} is the date as the source words it
 * ("18th century"); {@code date} is set only where a source gives a date, in its own calendar. How
 * the copy came is {@code provenance} in words and the agreements and events (visits, exchanges) in
 * {@code agreementIds} and {@code eventIds}. {@code images} are file names under the data
 * directory's {@code heritage/images} or http(s) addresses of the holder's pages. Whatever no
 * source gives stays null: unknown, never guessed.
 */
public record HeritageItem(
    String id,
    int version,
    String title,
    String titleOriginal,
    String titleTransliterated,
    String titleKk,
    String titleRu,
    String author,
    String authorViaf,
    String authorWikidata,
    String kind,
    String period,
    HistoricDate date,
    String language,
    String script,
    String holder,
    String shelfmark,
    String folios,
    String material,
    String description,
    String provenance,
    List<String> agreementIds,
    List<String> eventIds,
    String rights,
    List<String> images,
    List<String> collectionIds,
    String notes,
    List<Source> sources,
    Pair pair)
    implements RegistryRecord {

  public HeritageItem {
    title = Texts.clean(title);
    titleOriginal = Texts.clean(titleOriginal);
    titleTransliterated = Texts.clean(titleTransliterated);
    titleKk = Texts.clean(titleKk);
    titleRu = Texts.clean(titleRu);
    author = Texts.clean(author);
    authorViaf = Texts.clean(authorViaf);
    authorWikidata = Texts.clean(authorWikidata);
    kind = Texts.clean(kind);
    period = Texts.clean(period);
    language = Texts.clean(language);
    script = Texts.clean(script);
    holder = Texts.clean(holder);
    shelfmark = Texts.clean(shelfmark);
    folios = Texts.clean(folios);
    material = Texts.clean(material);
    description = Texts.clean(description);
    provenance = Texts.clean(provenance);
    agreementIds = Texts.list(agreementIds);
    eventIds = Texts.list(eventIds);
    rights = Texts.clean(rights);
    images = Texts.list(images);
    collectionIds = Texts.list(collectionIds);
    notes = Texts.clean(notes);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** The work's own title: in its original script when known, else transliterated; or null. */
  public String ownTitle() {
    return titleOriginal != null ? titleOriginal : titleTransliterated;
  }

  /** The date as the source gives it: the period wording, else the date; or null. */
  public String dateText() {
    return period != null ? period : date == null ? null : date.text();
  }

  /** Every title form it has, the catalogue's first (what search and exact-title ranking read). */
  public List<String> titles() {
    List<String> all = new ArrayList<>();
    for (String t : new String[] {title, titleOriginal, titleTransliterated, titleKk, titleRu}) {
      if (t != null) all.add(t);
    }
    return all;
  }

  @Override
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (title == null) p.add("title: missing");
    if (holder == null) p.add("holder: missing: name the holding archive, library or place");
    if (kind == null) p.add("kind: missing");
    if (date != null && date.problem() != null) p.add("date: " + date.problem());
    if (authorViaf != null && !authorViaf.matches("[1-9][0-9]{0,21}")) {
      p.add("authorViaf: '" + authorViaf + "' is not a VIAF id: its digits only");
    }
    if (authorWikidata != null && !authorWikidata.matches("Q[1-9][0-9]{0,11}")) {
      p.add("authorWikidata: '" + authorWikidata + "' is not a Wikidata id such as Q8011");
    }
    for (int i = 0; i < images.size(); i++) {
      String problem = Images.nameProblem(images.get(i));
      if (problem != null) p.add("images[" + i + "]: " + problem);
    }
    for (int i = 0; i < collectionIds.size(); i++) {
      if (!Collections.known(collectionIds.get(i))) {
        p.add(
            "collectionIds["
                + i
                + "]: no collection '"
                + collectionIds.get(i)
                + "': use one of "
                + Collections.ids());
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      String problem = Source.urlProblem(sources.get(i).url());
      if (problem != null) p.add("sources[" + i + "].url: " + problem);
    }
    return p;
  }

  @Override
  public List<Linked> linked() {
    return List.of(
        new Linked("agreementIds", Agreement.class, agreementIds),
        new Linked("eventIds", Event.class, eventIds));
  }
}
