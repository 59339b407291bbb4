package caravan.corridor;

import caravan.text.Text;

/**
 * One figure of the network (a length, a time, a headway) with its basis and, for anything but a
 * plain stated figure, how it was reached ("great-circle 188 km × rail circuity 1.196"): {@code
 * how} in English, {@code text} the same sentence for a door to word in its reader's language
 * ({@link RouteWords#in} gives an answer whose {@code how} is in the reader's).
 */
public record Measure(double value, Basis basis, String how, Text text) {
  public Measure {
    if (basis == null) throw new IllegalArgumentException("A measure needs its basis");
    how = how == null ? "" : how;
    text = text == null ? Text.literal(how) : text;
  }

  /**
   * A measure whose explanation is data's own words (a source, a note), the same in every language.
   */
  public Measure(double value, Basis basis, String how) {
    this(value, basis, how, null);
  }

  /** A measure explained by a sentence of the bundles; its English is {@code how}. */
  public Measure(double value, Basis basis, Text text) {
    this(value, basis, text.english(), text);
  }

  public static Measure stated(double value, String how) {
    return new Measure(value, Basis.STATED, how);
  }

  public boolean isEstimate() {
    return basis.isEstimate();
  }
}
