package caravan.corridor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link ParetoSearch} found: an outcome code that says whether the routes are the whole
 * Pareto set, or why there are none, and the routes ordered by hours, then cost, then
 * transshipments. {@code labels} is how many partial routes the search made (its work), out of
 * {@code maxLabels}. When the filter leaves no route ({@link Outcome#FILTERED_OUT}), {@code
 * blocking} names each part of it that alone leaves none (empty when only their sum does).
 */
public record ParetoAnswer(
    Outcome outcome, List<ParetoRoute> routes, int labels, int maxLabels, Set<Part> blocking) {
  public ParetoAnswer {
    routes = List.copyOf(routes);
    blocking =
        blocking.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(blocking));
    if (outcome == Outcome.COMPLETE && routes.isEmpty())
      throw new IllegalArgumentException("a complete answer has a route");
  }

  /** Why the answer is what it is. Every outcome but {@link #COMPLETE} is for the user to see. */
  public enum Outcome {
    /** The routes are the whole Pareto set of simple routes. */
    COMPLETE,
    /**
     * The search made {@code maxLabels} partial routes and stopped: each route given is Pareto
     * optimal (none better on every criterion exists), but others may be missing.
     */
    TRUNCATED,
    /** From and to are the same node. */
    SAME_PLACE,
    /** From or to is itself avoided (as a node or through its country). */
    ENDPOINT_AVOIDED,
    /** No route joins the two nodes even with nothing avoided, forbidden or closed. */
    NOT_CONNECTED,
    /** Routes exist, but every one of them uses something avoided, forbidden or closed. */
    FILTERED_OUT
  }

  /** The parts of a {@link RouteFilter}. */
  public enum Part {
    AVOIDED_NODES,
    AVOIDED_COUNTRIES,
    FORBIDDEN_MODES,
    CLOSED_LINKS
  }

  public boolean complete() {
    return outcome == Outcome.COMPLETE;
  }
}
