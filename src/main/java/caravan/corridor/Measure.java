package caravan.corridor;

/**
 * One figure of the network (a length, a time, a headway) with its basis and, for anything but a
 * plain stated figure, how it was reached ("great-circle 188 km × rail circuity 1.196").
 */
public record Measure(double value, Basis basis, String how) {
  public Measure {
    if (basis == null) throw new IllegalArgumentException("A measure needs its basis");
    how = how == null ? "" : how;
  }

  public static Measure stated(double value, String how) {
    return new Measure(value, Basis.STATED, how);
  }

  public boolean isEstimate() {
    return basis.isEstimate();
  }
}
