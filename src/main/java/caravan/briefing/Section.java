package caravan.briefing;

import java.util.List;

/**
 * A section of the note as its feature wrote it: a title, lines of text each with the sources of
 * the figures it states, and what is missing with the command that gets it. Footnote numbers are
 * given when the note is assembled, so the same source is one footnote across sections.
 */
public record Section(String id, String title, List<Line> lines, List<Missing> missing) {
  public Section {
    lines = List.copyOf(lines);
    missing = List.copyOf(missing);
  }

  /** One statement of the note: its text and the sources of its figures (none for plain text). */
  public record Line(String text, List<Cite> sources) {
    public Line {
      sources = List.copyOf(sources);
    }

    public static Line of(String text, Cite... sources) {
      return new Line(text, List.of(sources));
    }
  }

  /**
   * Where a figure comes from: who said it or which data set ({@code label}), its address (null
   * where none is known), the day it is dated (null: none) and, for a stated figure, the words
   * said.
   */
  public record Cite(String label, String url, String date, String quote) {}

  /** What the section lacks, and the command (or step) that gets it. */
  public record Missing(String text, String command) {}
}
