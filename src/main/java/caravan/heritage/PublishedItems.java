package caravan.heritage;

import caravan.registry.RegistryFilter;
import caravan.registry.RegistryService;
import caravan.registry.Source;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The catalogue as publishing reads it: every record, withdrawn ones included, as a {@link
 * PublishedItem} with its datestamp. This is the only publishing class that knows the catalogue's
 * record type, so a change of that type is adapted here alone.
 *
 * <p>Datestamps are the store's {@code updated_at} (every change, edits and withdrawal, moves it;
 * the audit log holds the same instants), read in UTC.
 */
public final class PublishedItems {
  // withdrawal is soft: the row keeps its id and the time it was withdrawn
  private static final String STAMPS =
      "SELECT id, updated_at, deleted_at FROM heritage_item ORDER BY id";

  private final RegistryService catalogue;
  private final Jdbi jdbi;
  private final ImageFolder images;

  public PublishedItems(RegistryService catalogue, Jdbi jdbi, Path dataDir) {
    this.catalogue = catalogue;
    this.jdbi = jdbi;
    this.images = new ImageFolder(dataDir);
  }

  public ImageFolder images() {
    return images;
  }

  /** Every record, withdrawn ones too, by id. */
  public List<PublishedItem> all() {
    Map<String, HeritageItem> live = new HashMap<>();
    for (HeritageItem h : catalogue.list(HeritageItem.class, RegistryFilter.ALL)) {
      live.put(h.id(), h);
    }
    List<PublishedItem> all = new ArrayList<>();
    for (Stamp s : stamps()) {
      HeritageItem h = live.get(s.id);
      if (s.deletedAt != null || h == null) {
        all.add(PublishedItem.deleted(s.id, utc(s.deletedAt != null ? s.deletedAt : s.updatedAt)));
      } else {
        all.add(of(h, utc(s.updatedAt)));
      }
    }
    all.sort(Comparator.comparing(PublishedItem::id));
    return all;
  }

  /** One record (withdrawn or not), or empty when the catalogue never had it. */
  public Optional<PublishedItem> find(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The catalogue's collections (data/heritage/collections.csv), by id, with their names by
   * language: the OAI-PMH sets.
   */
  public Map<String, Map<String, String>> collections() {
    Map<String, Map<String, String>> sets = new LinkedHashMap<>();
    for (HeritageCollection c : Collections.all()) sets.put(c.id(), c.names());
    return sets;
  }

  private PublishedItem of(HeritageItem h, Instant changed) {
    Map<String, String> titles = new LinkedHashMap<>();
    if (h.title() != null) titles.put("en", h.title());
    String lang = languageTag(h.language());
    if (h.titleOriginal() != null) titles.putIfAbsent(lang, h.titleOriginal());
    if (h.titleTransliterated() != null) {
      titles.putIfAbsent(lang.equals("und") ? "und-Latn" : lang + "-Latn", h.titleTransliterated());
    }
    if (h.titleRu() != null) titles.putIfAbsent("ru", h.titleRu());
    if (h.titleKk() != null) titles.putIfAbsent("kk", h.titleKk());
    List<String> sources = h.sources().stream().map(Source::url).filter(u -> u != null).toList();
    // a record's images are files in the data directory or the holder's pages
    List<String> files = h.images().stream().filter(i -> !Images.web(i)).toList();
    List<String> links = h.images().stream().filter(Images::web).toList();
    return new PublishedItem(
        h.id(),
        titles,
        h.author(),
        h.kind(),
        dateText(h),
        h.language(),
        h.script(),
        h.holder(),
        h.shelfmark(),
        h.description(),
        h.rights(),
        files,
        links,
        h.collectionIds(),
        sources,
        changed,
        false);
  }

  /** The date as the source gives it, with its Gregorian equivalent where it is in another era. */
  private static String dateText(HeritageItem h) {
    String text = h.dateText();
    if (h.date() == null || h.date().problem() != null) return text;
    String gregorian = h.date().gregorian();
    return text.contains(gregorian) ? text : text + " (" + gregorian + ")";
  }

  /** The BCP 47 tag of a language as the catalogue words it ("Persian", "fa"); "und" if unknown. */
  static String languageTag(String language) {
    if (language == null) return "und";
    String l = language.toLowerCase(Locale.ROOT);
    if (l.matches("[a-z]{2,3}(-[a-z0-9]+)*")) return l;
    if (l.contains("persian") || l.contains("farsi")) return "fa";
    if (l.contains("arabic")) return "ar";
    if (l.contains("kazakh")) return "kk";
    if (l.contains("russian")) return "ru";
    if (l.contains("chagatai")) return "chg";
    if (l.contains("turk")) return "tr";
    if (l.contains("english")) return "en";
    return "und";
  }

  private record Stamp(String id, LocalDateTime updatedAt, LocalDateTime deletedAt) {}

  private List<Stamp> stamps() {
    return jdbi.withHandle(
        h ->
            h.createQuery(STAMPS)
                .map(
                    (rs, ctx) ->
                        new Stamp(
                            rs.getString("id"),
                            rs.getObject("updated_at", LocalDateTime.class),
                            rs.getObject("deleted_at", LocalDateTime.class)))
                .list());
  }

  private static Instant utc(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC);
  }
}
