package caravan.web;

import caravan.access.User;
import caravan.text.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every registry page shows around its content: the words in the page's language, the
 * signed-in user (null when nobody) with the CSRF token for forms, the title and the path (for the
 * language switch). The nested records are the plain rows the registry templates render.
 */
public record RegistryPage(Messages m, User user, String csrf, String title, String path) {

  /** A piece of text, linked when {@code href} is not null. */
  public record Cell(String text, String href) {
    static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  /** One row of a list: the record's id, its detail link, its cells and the thin-source flag. */
  public record Row(String id, String href, List<Cell> cells, boolean thin) {}

  /** One labelled field of a detail page; several values show one per line. */
  public record Field(String name, String label, List<Cell> values) {}

  /** One choice of a filter or a select. */
  public record Option(String value, String label, boolean selected) {}

  /** A source as shown: URL, date, quote and whether it is thin (no quote or no date). */
  public record SourceView(String url, String date, String quote, boolean thin) {
    /** The address as a link to follow; null when it is not http(s) (issue 11 §3). */
    public String link() {
      return new caravan.registry.Source(url, null, null).link();
    }
  }

  /** One audit-log entry: when (UTC), who, what, the version it made and the fields it changed. */
  public record Change(String at, String actor, String change, int version, List<String> diffs) {}

  /** An agreement on the timeline: first date, title, derived status and its dated actions. */
  public record Moment(
      String date, String title, String href, String status, List<String> actions) {}

  public boolean canEdit() {
    return user != null && user.role().canEdit();
  }

  /**
   * {@code path} in this page's language and, when this page shows one pair ({@code ?pair=}), of
   * that pair (a query string already in {@code path} is kept).
   */
  public String href(String path) {
    String pair = pair();
    String withPair =
        pair == null || path.contains("pair=") || path.startsWith("http")
            ? path
            : path + (path.contains("?") ? "&" : "?") + "pair=" + encode(pair);
    return withPair + (withPair.contains("?") ? "&" : "?") + "lang=" + m.lang();
  }

  /** The pair this page was asked for ({@code ?pair=KAZ-TUR}), or null. */
  public String pair() {
    int q = path.indexOf('?');
    if (q < 0) return null;
    for (String part : path.substring(q + 1).split("&")) {
      if (part.startsWith("pair=") && part.length() > 5) {
        return java.net.URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** This page in another language. */
  public String langHref(String lang) {
    return LanguageSwitch.href(path, lang);
  }

  /** Numbers and dates in the page's language and the calendar its {@code ?cal=} names. */
  public caravan.text.Formats formats() {
    return caravan.text.Formats.of(m.lang(), LanguageSwitch.param(path, "cal"));
  }

  /** The language switch: this page, with its query, in each language. */
  public LanguageSwitch langs() {
    return LanguageSwitch.of(m, path);
  }

  /** The label of a record field: its message, else the field name itself. */
  public String label(String field) {
    String text = m.get("registry.field." + field);
    return text.startsWith("?") ? field : text;
  }

  /** A message, or {@code fallback} when the bundle lacks the key (an enum value, a kind). */
  public String word(String key, String fallback) {
    String text = m.get(key);
    return text.startsWith("?") ? fallback : text;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
