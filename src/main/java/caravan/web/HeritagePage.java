package caravan.web;

import caravan.access.User;
import caravan.heritage.Facet;
import caravan.heritage.HeritageCatalogue;
import caravan.heritage.HeritageCollection;
import caravan.heritage.HeritageItem;
import caravan.heritage.Images;
import caravan.registry.AuditEntry;
import caravan.text.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The heritage pages' model: the catalogue (a search box in any script, facets, the items found) or
 * one item (its titles, date in its calendar and the Gregorian, holder, sources, images slot,
 * history). Every word from the bundles ({@code her.*}); values as their records keep them.
 */
public record HeritagePage(
    Messages m,
    User user,
    String csrf,
    String path,
    String query,
    Map<Facet, String> filters,
    HeritageCatalogue.Result result,
    HeritageItem item,
    List<AuditEntry> history) {

  /** One facet value as a link that adds it to (or, chosen, takes it from) the search. */
  public record FacetLink(String label, int count, String href, boolean chosen) {}

  public String title() {
    return item == null ? m.get("her.catalogue.title") : item.title();
  }

  public String facetName(Facet f) {
    return m.get("her.facet." + f.param());
  }

  /** A facet's values among the items found, each linked. */
  public List<FacetLink> facetLinks(Facet f) {
    List<FacetLink> out = new ArrayList<>();
    for (var e : result.facets().get(f).entrySet()) {
      boolean chosen = e.getKey().equals(filters.get(f));
      Map<Facet, String> next = new java.util.EnumMap<>(Facet.class);
      next.putAll(filters);
      if (chosen) next.remove(f);
      else next.put(f, e.getKey());
      out.add(
          new FacetLink(valueLabel(f, e.getKey()), e.getValue(), searchHref(query, next), chosen));
    }
    return out;
  }

  private String valueLabel(Facet f, String value) {
    return switch (f) {
      case CENTURY -> m.get("her.century", value);
      case COLLECTION -> collectionName(value);
      default -> value;
    };
  }

  public String collectionName(String id) {
    return caravan.heritage.Collections.byId(id).map(c -> c.name(m.lang())).orElse(id);
  }

  public List<HeritageCollection> collections() {
    return caravan.heritage.Collections.all();
  }

  public String collectionHref(String id) {
    return searchHref(null, Map.of(Facet.COLLECTION, id));
  }

  public String searchHref(String q, Map<Facet, String> f) {
    StringBuilder sb = new StringBuilder("/heritage?lang=").append(m.lang());
    if (q != null && !q.isBlank()) sb.append("&q=").append(encode(q));
    for (Facet x : Facet.values()) {
      if (f.containsKey(x)) sb.append('&').append(x.param()).append('=').append(encode(f.get(x)));
    }
    return sb.toString();
  }

  public String itemHref(String id) {
    return "/heritage/" + id + "?lang=" + m.lang();
  }

  /** Where the registry shows a linked agreement or event. */
  public String recordHref(String id) {
    String kind = id.startsWith("AGR-") ? "agreements" : id.startsWith("EVT-") ? "events" : null;
    return kind == null ? null : "/registry/" + kind + "/" + id + "?lang=" + m.lang();
  }

  /** The registry's form for the item: editing needs an editor, as every registry change does. */
  public String editHref() {
    return "/registry/heritage/" + item.id() + "/edit?lang=" + m.lang();
  }

  /** The IIIF Presentation 3 manifest the publishing side serves for the item. */
  public String manifestHref() {
    return "/iiif/" + item.id() + "/manifest";
  }

  /** Whether the item has image files of its own, which its IIIF manifest and viewer show. */
  public boolean hasImageFiles() {
    return item.images().stream().anyMatch(img -> !Images.web(img));
  }

  /** The holder's pages given in place of images: where a reader sees the item without a viewer. */
  public java.util.List<String> holderLinks() {
    return item.images().stream().filter(Images::web).toList();
  }

  public boolean web(String image) {
    return Images.web(image);
  }

  /**
   * The date as kept, its precision and Gregorian equivalent: "AH 1132-05-12 (day; 1720-03-22)".
   */
  public String dateShown() {
    if (item.date() == null) return null;
    if (item.date().problem() != null) return item.date().text();
    return m.get(
        "her.date.shown",
        item.date().text(),
        m.get("her.precision." + item.date().precision().name().toLowerCase(java.util.Locale.ROOT)),
        item.date().gregorian());
  }

  /** A value or the word for unknown: nothing is guessed. */
  public String orUnknown(String v) {
    return v == null ? m.get("her.unknown") : v;
  }

  public boolean rtl(String text) {
    return text != null
        && text.codePoints().filter(Character::isLetter).findFirst().stream()
            .anyMatch(
                c -> {
                  var s = Character.UnicodeScript.of(c);
                  return s == Character.UnicodeScript.ARABIC || s == Character.UnicodeScript.HEBREW;
                });
  }

  public String langHref(String lang) {
    String base = path.replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
    return base + (base.contains("?") ? "&" : "?") + "lang=" + lang;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The language switch: this page, with its query, in each language (and the calendars). */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(m, langHref(m.lang()));
  }
}
