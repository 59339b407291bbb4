package caravan.briefing;

/**
 * The note as one self-contained XHTML page (well-formed XML, as the PDF renderer reads it): the
 * heading, each section with its lines and footnote marks, what is missing with its command, and
 * the numbered sources. A Persian note runs right to left.
 */
public final class HtmlNote {
  private HtmlNote() {}

  static final String CSS =
      """
      @page { size: A4; margin: 18mm 16mm; }
      body { font-family: 'DejaVu Sans', 'Vazirmatn', sans-serif; font-size: 10.5pt; line-height: 1.45; }
      body.rtl { font-family: 'Vazirmatn', 'DejaVu Sans', sans-serif; }
      h1 { font-size: 17pt; margin: 0 0 2pt 0; }
      .sub { color: #555; margin: 0 0 12pt 0; }
      h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #999; }
      ul { margin: 0; padding: 0 0 0 16pt; }
      body.rtl ul { padding: 0 16pt 0 0; }
      .ltr { direction: ltr; text-align: left; }
      .rtl { direction: rtl; text-align: right; }
      li { margin: 2pt 0; }
      sup { font-size: 7.5pt; }
      .missing { color: #8a4b00; }
      code { font-family: 'DejaVu Sans', monospace; font-size: 9pt; }
      .notes { font-size: 8.5pt; margin-top: 16pt; border-top: 1px solid #999; }
      .notes ol { list-style: none; padding: 0; margin: 0; }
      .notes li { margin: 4pt 0; }
      .notes a { font-size: 8pt; }
      .quote { color: #333; }
      a { color: #0645ad; }
      """;

  /** A whole page, for a file or the PDF. */
  public static String page(Note n) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(n.lang())
        .append("\" dir=\"")
        .append(n.rtl() ? "rtl" : "ltr")
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(esc(n.title()))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body class=\"")
        .append(n.rtl() ? "rtl" : "ltr")
        .append("\">");
    body(n, h);
    h.append("</body></html>\n");
    return h.toString();
  }

  /** The note's body alone, for a page that has its own head. */
  public static String body(Note n) {
    StringBuilder h = new StringBuilder(8192);
    body(n, h);
    return h.toString();
  }

  private static void body(Note n, StringBuilder h) {
    Words w = n.words();
    h.append("<h1>").append(esc(n.title())).append("</h1>");
    h.append("<p class=\"sub\">").append(esc(n.subtitle())).append("</p>");
    for (Note.Part p : n.parts()) {
      h.append("<section id=\"brief-").append(p.id()).append("\"><h2>");
      h.append(esc(p.title())).append("</h2><ul>");
      for (Note.NumberedLine l : p.lines()) {
        h.append("<li>").append(esc(l.text()));
        for (int k : l.notes()) {
          h.append("<sup><a href=\"#fn")
              .append(k)
              .append("\">[")
              .append(w.count(k))
              .append("]</a></sup>");
        }
        h.append("</li>");
      }
      for (Section.Missing m : p.missing()) {
        h.append("<li class=\"missing\">").append(esc(w.get("brief.missing", m.text())));
        if (m.command() != null) {
          h.append(" ").append(esc(w.get("brief.howTo"))).append(" <code dir=\"ltr\">");
          h.append(esc(m.command())).append("</code>");
        }
        h.append("</li>");
      }
      h.append("</ul></section>");
    }
    h.append("<section class=\"notes\"><h2>")
        .append(esc(w.get("brief.sources")))
        .append("</h2><ol>");
    for (Note.Footnote f : n.footnotes()) {
      Section.Cite c = f.source();
      // each part a block of its own direction, so a Latin address or a Russian quote in a
      // Persian note is not interleaved with the words around it
      h.append("<li id=\"fn")
          .append(f.number())
          .append("\" value=\"")
          .append(f.number())
          .append("\">");
      h.append("<div>[").append(w.count(f.number())).append("] ");
      h.append(esc(c.label()));
      if (c.date() != null) h.append(", ").append(esc(w.digits(c.date())));
      if (c.url() == null) h.append(", ").append(esc(w.get("brief.noUrl")));
      h.append("</div>");
      if (c.url() != null) {
        h.append("<div class=\"ltr\" dir=\"ltr\"><a href=\"").append(esc(c.url())).append("\">");
        h.append(esc(c.url())).append("</a></div>");
      }
      if (c.quote() != null) {
        String d = direction(c.quote());
        h.append("<div class=\"quote ").append(d).append("\" dir=\"").append(d).append("\">«");
        h.append(esc(c.quote())).append("»</div>");
      }
      h.append("</li>");
    }
    h.append("</ol></section>");
  }

  /** The direction a text's first strong letter gives it (a Persian quote: rtl). */
  static String direction(String text) {
    return com.ibm.icu.text.Bidi.getBaseDirection(text) == com.ibm.icu.text.Bidi.RTL
        ? "rtl"
        : "ltr";
  }

  /** Text as XML content or attribute; characters XML 1.0 forbids are left out. */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }
}
