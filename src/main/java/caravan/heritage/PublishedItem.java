package caravan.heritage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue record as publishing reads it (IIIF manifests, Dublin Core, OAI-PMH): built from the
 * catalogue by {@link PublishedItems}, the one class that knows the catalogue's own record type.
 *
 * <p>{@code titles} maps a BCP 47 tag to the title in that language or script, the catalogue's
 * English title first; {@code images} are file names under the data directory's {@code
 * heritage/images}; {@code links} are http(s) pages of the holder where the images can be seen
 * instead. {@code changed} is the record's last change (its datestamp), {@code deleted} whether it
 * was withdrawn (OAI-PMH keeps telling harvesters so). Unknown facts stay null or empty.
 */
public record PublishedItem(
    String id,
    Map<String, String> titles,
    String author,
    String kind,
    String date,
    String language,
    String script,
    String holder,
    String shelfmark,
    String description,
    String rights,
    List<String> images,
    List<String> links,
    List<String> collections,
    List<String> sources,
    Instant changed,
    boolean deleted) {

  public PublishedItem {
    titles =
        titles == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    images = images == null ? List.of() : List.copyOf(images);
    links = links == null ? List.of() : List.copyOf(links);
    collections = collections == null ? List.of() : List.copyOf(collections);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A withdrawn record: only its id, datestamp and that it is gone are told. */
  public static PublishedItem deleted(String id, Instant changed) {
    return new PublishedItem(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        changed, true);
  }

  /** The catalogue's main title (English), else any title it has; or the id. */
  public String title() {
    return titles.isEmpty() ? id : titles.values().iterator().next();
  }

  /**
   * Whether the codex reads right to left: its own title is written in Arabic script, or its script
   * or language is one written so (Persian, Arabic, Chagatai, Urdu; naskh, nastaʿlīq…).
   */
  public boolean rightToLeft() {
    for (String t : titles.values()) {
      if (t.codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
        return true;
      }
    }
    return matches(script, "arab|persian|perso|naskh|nasta|shikast|thuluth|ta.?l[iī]q|divani|kufic")
        || matches(language, "^(fa|ar|ur|chg|ps)$|persian|farsi|arabic|chagatai|urdu|pashto");
  }

  private static boolean matches(String text, String regex) {
    return text != null
        && java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE)
            .matcher(text)
            .find();
  }
}
