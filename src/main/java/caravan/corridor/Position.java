package caravan.corridor;

import caravan.text.Text;

/**
 * Where a node lies. Most are settlement centroids a source gives (not the station or the port); a
 * node no source places is placed only by the method its data states, and says so.
 */
public record Position(double lat, double lon, Basis basis, String how, Text text) {
  private static final double EARTH_KM = 6371.0088;

  public Position {
    how = how == null ? "" : how;
    text = text == null ? Text.literal(how) : text;
  }

  /** A position whose {@code how} is the data's own words (a coordinate's source). */
  public Position(double lat, double lon, Basis basis, String how) {
    this(lat, lon, basis, how, null);
  }

  /** A position placed by a method, told by a sentence of the bundles; {@code how} its English. */
  public Position(double lat, double lon, Basis basis, Text text) {
    this(lat, lon, basis, text.english(), text);
  }

  /** Haversine distance in km on the mean Earth radius, the draft's own formula. */
  public double kmTo(Position other) {
    double p1 = Math.toRadians(lat), p2 = Math.toRadians(other.lat);
    double dp = p2 - p1, dl = Math.toRadians(other.lon - lon);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  public boolean isEstimate() {
    return basis.isEstimate();
  }
}
