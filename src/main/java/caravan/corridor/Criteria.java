package caravan.corridor;

/**
 * What a leg or a route costs on the router's three criteria: transit hours, cost in US dollars and
 * the number of transshipments. The router compares them at one second and one cent (it keeps them
 * as whole seconds and cents), so that two routes with the same figures are one tie whatever the
 * order their legs were added in.
 *
 * <p>Waiting for a sailing is part of a leg's hours: the caller folds it in (half the headway when
 * no schedule is given), since a search over fixed legs cannot know a departure time.
 */
public record Criteria(double hours, double costUsd, int transshipments) {
  public static final Criteria ZERO = new Criteria(0, 0, 0);

  public Criteria {
    if (!(hours >= 0)
        || !(costUsd >= 0)
        || transshipments < 0
        || Double.isInfinite(hours)
        || Double.isInfinite(costUsd)) {
      throw new IllegalArgumentException(
          "criteria must be finite and not negative: hours "
              + hours
              + ", cost "
              + costUsd
              + " USD, transshipments "
              + transshipments);
    }
  }

  /** True when this is no worse on every criterion and better on at least one. */
  public boolean dominates(Criteria o) {
    long s = seconds(), os = o.seconds(), c = cents(), oc = o.cents();
    return s <= os
        && c <= oc
        && transshipments <= o.transshipments
        && (s < os || c < oc || transshipments < o.transshipments);
  }

  /** Hours as whole seconds, the unit the router adds and compares. */
  public long seconds() {
    return Math.round(hours * 3600);
  }

  /** US dollars as whole cents, the unit the router adds and compares. */
  public long cents() {
    return Math.round(costUsd * 100);
  }

  static Criteria of(long seconds, long cents, int transshipments) {
    return new Criteria(seconds / 3600.0, cents / 100.0, transshipments);
  }
}
