package caravan.briefing;

/** The note as Markdown: footnotes as [^n] marks and a numbered list of sources at the end. */
final class MarkdownNote {
  private MarkdownNote() {}

  static String write(Note n) {
    Words w = n.words();
    StringBuilder m = new StringBuilder(8192);
    m.append("# ").append(n.title()).append("\n\n").append(n.subtitle()).append("\n");
    for (Note.Part p : n.parts()) {
      m.append("\n## ").append(p.title()).append("\n\n");
      for (Note.NumberedLine l : p.lines()) {
        m.append("- ").append(line(l.text()));
        for (int k : l.notes()) m.append("[^").append(k).append("]");
        m.append("\n");
      }
      for (Section.Missing x : p.missing()) {
        m.append("- *").append(line(w.get("brief.missing", x.text()))).append("*");
        if (x.command() != null) {
          m.append(" ").append(w.get("brief.howTo")).append(" `").append(x.command()).append("`");
        }
        m.append("\n");
      }
    }
    m.append("\n## ").append(w.get("brief.sources")).append("\n\n");
    for (Note.Footnote f : n.footnotes()) {
      Section.Cite c = f.source();
      m.append("[^").append(f.number()).append("]: ").append(line(c.label()));
      if (c.date() != null) m.append(", ").append(c.date());
      m.append(", ").append(c.url() != null ? "<" + c.url() + ">" : w.get("brief.noUrl"));
      if (c.quote() != null) m.append(" «").append(line(c.quote())).append("»");
      m.append("\n");
    }
    return m.toString();
  }

  // one line each: a source's own line breaks would end the list item
  private static String line(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
