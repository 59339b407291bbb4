package caravan.web;

import caravan.text.Formats;
import caravan.text.Messages;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The links to the same page in each language Caravan speaks: the path and every query parameter
 * kept as they came, only {@code lang} replaced, so a reader switching language keeps the pair, the
 * period, the filters and the planned route. A Persian page also offers its dates in the Solar
 * Hijri calendar or the Gregorian one ({@code ?cal=persian}; the choice is kept by the same links).
 */
public record LanguageSwitch(List<Link> links, List<Link> calendars) {
  /** One choice; {@code name} is the language's name in itself, or the calendar's in the page's. */
  public record Link(String lang, String label, String name, String href, boolean current) {}

  /**
   * The switch for a page at {@code pathAndQuery} (a path, then an optional raw query string as the
   * browser sent it) shown in {@code m}'s language.
   */
  public static LanguageSwitch of(Messages m, String pathAndQuery) {
    List<Link> links = new ArrayList<>();
    for (String lang : Messages.LANGUAGES) {
      links.add(
          new Link(
              lang,
              lang.toUpperCase(Locale.ROOT),
              Messages.ownName(lang),
              href(pathAndQuery, lang),
              lang.equals(m.lang())));
    }
    List<Link> calendars = new ArrayList<>();
    if (m.rtl()) {
      String chosen = Formats.of(m.lang(), param(pathAndQuery, "cal")).calendar();
      for (String cal : List.of(Formats.GREGORIAN, Formats.PERSIAN)) {
        String name = m.get("lang.cal." + cal);
        calendars.add(
            new Link(
                m.lang(),
                name,
                name,
                with(with(pathAndQuery, "lang", m.lang()), "cal", cal),
                cal.equals(chosen)));
      }
    }
    return new LanguageSwitch(List.copyOf(links), List.copyOf(calendars));
  }

  /** {@code pathAndQuery} with its {@code lang} parameter (if any) replaced by {@code lang}. */
  public static String href(String pathAndQuery, String lang) {
    return with(pathAndQuery, "lang", lang);
  }

  /** {@code pathAndQuery} with the parameter {@code name} set to {@code value}, last. */
  static String with(String pathAndQuery, String name, String value) {
    String p = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    int q = p.indexOf('?');
    String path = q < 0 ? p : p.substring(0, q);
    List<String> kept = new ArrayList<>();
    if (q >= 0) {
      for (String part : p.substring(q + 1).split("&")) {
        if (part.isEmpty() || part.equals(name) || part.startsWith(name + "=")) continue;
        kept.add(part);
      }
    }
    kept.add(name + "=" + value);
    return path + "?" + String.join("&", kept);
  }

  /** The (first) value of the query parameter {@code name} in {@code pathAndQuery}, or null. */
  static String param(String pathAndQuery, String name) {
    if (pathAndQuery == null) return null;
    int q = pathAndQuery.indexOf('?');
    if (q < 0) return null;
    for (String part : pathAndQuery.substring(q + 1).split("&")) {
      if (part.startsWith(name + "=")) {
        return URLDecoder.decode(part.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
