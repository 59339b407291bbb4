package caravan.registry;

import caravan.text.Text;
import java.util.regex.Pattern;

/**
 * Where a record's facts were read: the page or document, its date (possibly partial) and a short
 * verbatim quote. A source without a quote or a date is thin.
 */
public record Source(String url, PartialDate date, String quote) {
  /**
   * A web address a reader can open: http or https, a host, and no space or control character. A
   * {@code javascript:} or {@code data:} "source" would run in a reader's browser when followed
   * from a page or an IATI {@code document-link} (issue 11 §3).
   */
  private static final Pattern WEB =
      Pattern.compile("(?i)https?://[^\\s/?#\\p{Cntrl}]+[^\\s\\p{Cntrl}]*");

  public Source {
    url = Records.clean(url);
    quote = Records.clean(quote);
  }

  /** True when the quote or the date is missing. */
  public boolean thin() {
    return quote == null || date == null;
  }

  /** The address as a link to follow, or null when it is not an http(s) address. */
  public String link() {
    return web(url) ? url : null;
  }

  /** True for an http or https address with a host. */
  static boolean web(String url) {
    return url != null && WEB.matcher(url).matches();
  }

  /** Why {@code url} is refused as a source's address, or null when it is fine. */
  public static Text urlProblem(String url) {
    if (url == null) return Text.of("lang.rec.missing");
    if (web(url)) return null;
    String shown = url.length() > 60 ? url.substring(0, 60) + "…" : url;
    return Text.of("reg.src.notWeb", shown.replaceAll("\\p{Cntrl}", "?"));
  }
}
