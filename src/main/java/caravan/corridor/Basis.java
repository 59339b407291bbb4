package caravan.corridor;

/**
 * Where a figure of the network comes from. Every figure an answer shows carries its basis, so a
 * reader sees at once which numbers a source printed and which Caravan worked out.
 */
public enum Basis {
  /** Printed by a cited source. */
  STATED,
  /** One of several conflicting stated values, picked by the rule the data names. */
  CHOSEN,
  /** Arithmetic on stated values (495 − 88), written out beside it. */
  DERIVED,
  /** Worked out by a stated method (great-circle distance × circuity, a comparable crossing). */
  ESTIMATE,
  /** No source gives it; a placeholder with its basis, to be replaced by a stated figure. */
  ASSUMPTION;

  /** True where no source printed the figure nor follows from printed ones by arithmetic alone. */
  public boolean isEstimate() {
    return this == ESTIMATE || this == ASSUMPTION;
  }
}
