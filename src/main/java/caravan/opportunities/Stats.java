package caravan.opportunities;

/** Means, deviations and z-scores; a constant vector has deviation 0 and z-scores 0, not NaN. */
final class Stats {
  private Stats() {}

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return x.length == 0 ? 0 : s / x.length;
  }

  /** Sample (n − 1) or population (n) standard deviation; 0 for fewer than two values. */
  static double sd(double[] x, boolean sample) {
    int n = x.length;
    if (n < 2) return 0;
    double m = mean(x);
    double ss = 0;
    for (double v : x) ss += (v - m) * (v - m);
    return Math.sqrt(ss / (sample ? n - 1 : n));
  }

  static double covariance(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double s = 0;
    for (int i = 0; i < x.length; i++) s += (x[i] - mx) * (y[i] - my);
    return s;
  }

  /** (x − mean) / sd, or all 0 when the deviation is 0 (every value alike). */
  static double[] z(double[] x, double mean, double sd) {
    double[] out = new double[x.length];
    if (!(sd > 0)) return out;
    for (int i = 0; i < x.length; i++) out[i] = (x[i] - mean) / sd;
    return out;
  }

  static double[] byMean(double[] x) {
    double m = mean(x);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) out[i] = x[i] / m;
    return out;
  }
}
