package caravan.heritage;

import caravan.registry.Agreement;
import caravan.registry.Event;
import caravan.registry.Pair;
import caravan.registry.RegistryRecord;
import caravan.registry.Source;
import caravan.text.Text;
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
  public List<Text> problemTexts() {
    List<Text> p = new ArrayList<>();
    if (title == null) p.add(at("title", Text.of("lang.rec.missing")));
    if (holder == null) p.add(at("holder", Text.of("her.item.holderMissing")));
    if (kind == null) p.add(at("kind", Text.of("lang.rec.missing")));
    if (date != null && date.problemText() != null) p.add(at("date", date.problemText()));
    if (authorViaf != null && !authorViaf.matches("[1-9][0-9]{0,21}")) {
      p.add(at("authorViaf", Text.of("her.item.viaf", authorViaf)));
    }
    if (authorWikidata != null && !authorWikidata.matches("Q[1-9][0-9]{0,11}")) {
      p.add(at("authorWikidata", Text.of("her.item.wikidata", authorWikidata)));
    }
    for (int i = 0; i < images.size(); i++) {
      Text problem = Images.nameProblem(images.get(i));
      if (problem != null) p.add(at("images[" + i + "]", problem));
    }
    for (int i = 0; i < collectionIds.size(); i++) {
      if (!Collections.known(collectionIds.get(i))) {
        p.add(
            at(
                "collectionIds[" + i + "]",
                Text.of("her.item.noCollection", collectionIds.get(i), Collections.ids())));
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      Text problem = Source.urlProblem(sources.get(i).url());
      if (problem != null) p.add(at("sources[" + i + "].url", problem));
    }
    return p;
  }

  /** {@code field: reason}, the field's name the same in every language. */
  static Text at(String field, Text reason) {
    return Text.of("lang.jr.field", field, reason);
  }

  @Override
  public List<Linked> linked() {
    return List.of(
        new Linked("agreementIds", Agreement.class, agreementIds),
        new Linked("eventIds", Event.class, eventIds));
  }
}
