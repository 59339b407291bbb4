package caravan.briefing;

import java.util.List;

/**
 * A briefing note as it is printed: its heading, the sections with their lines pointing at numbered
 * footnotes, and the footnotes (1, 2, … in order of first use) with their sources.
 */
public record Note(
    String lang,
    boolean rtl,
    String title,
    String subtitle,
    List<Part> parts,
    List<Footnote> footnotes,
    @com.fasterxml.jackson.annotation.JsonIgnore Words words) {
  public Note {
    parts = List.copyOf(parts);
    footnotes = List.copyOf(footnotes);
  }

  /** A section with its lines' footnote numbers. */
  public record Part(
      String id, String title, List<NumberedLine> lines, List<Section.Missing> missing) {
    public Part {
      lines = List.copyOf(lines);
      missing = List.copyOf(missing);
    }
  }

  /** A line of text and the numbers of its footnotes. */
  public record NumberedLine(String text, List<Integer> notes) {
    public NumberedLine {
      notes = List.copyOf(notes);
    }
  }

  /** A numbered source. */
  public record Footnote(int number, Section.Cite source) {}
}
