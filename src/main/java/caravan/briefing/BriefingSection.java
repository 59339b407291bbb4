package caravan.briefing;

/**
 * One section of the briefing note, contributed by a feature. A feature that lands later adds its
 * section by implementing this (in its own package, or as an adapter here that reads its public
 * service) and adding it to the list in App's wiring; the note itself is not touched.
 */
public interface BriefingSection {
  /** A short stable name: the anchor of the section in HTML and its order key in tests. */
  String id();

  /**
   * The section for the pair, day and language asked: every figure with its sources, and where data
   * is missing, what is missing and how to get it (never an empty or silent section).
   */
  Section build(BriefingRequest request, Words words);
}
