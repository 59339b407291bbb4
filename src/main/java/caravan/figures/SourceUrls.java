package caravan.figures;

import java.net.URI;
import java.net.URISyntaxException;

/** Tells a source article's address from a site's home page, which is never a source. */
public final class SourceUrls {
  private SourceUrls() {}

  /**
   * True for a bare site root such as {@code https://www.zakon.kz/}: no path beyond "/" and no
   * query. {@code http://kazworld.info/?p=4746} names an article by its query, so it is not one.
   */
  public static boolean isSiteRoot(String url) {
    try {
      URI u = new URI(url.trim());
      String path = u.getRawPath();
      return u.getHost() != null
          && (path == null || path.isEmpty() || path.equals("/"))
          && (u.getRawQuery() == null || u.getRawQuery().isEmpty())
          && (u.getRawFragment() == null || u.getRawFragment().isEmpty());
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
