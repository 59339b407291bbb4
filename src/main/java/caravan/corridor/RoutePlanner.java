package caravan.corridor;

/**
 * The router behind {@link CorridorService#route}: the Pareto search over time, cost and
 * transshipments (issue 12 §2) plugs in here, so the service and its doors are written once.
 */
public interface RoutePlanner {
  /** The routes for the query over the network; where there are none, the reasons why. */
  RouteAnswer plan(Network network, RouteQuery query);
}
