package caravan.corridor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rail, sea or road link between two nodes, as one row of links.csv ({@code line}) states it.
 * Links are usable both ways. {@code distanceKm} and {@code hours} are empty where neither a source
 * nor a stated method gives them; such a link is not {@link #routable()}.
 *
 * <p>{@code kind} is the draft's link_kind: segment, border, ferry, shipping, tanker, aggregate (a
 * whole line stated as one length) or planned (not built). {@code checkOnly} is non-empty for an
 * aggregate that spans segments also in the data: it is kept to check their lengths against and
 * says what it spans, but no route runs over it (that would count the line twice, or skip its
 * border crossings).
 */
public record Link(
    int line,
    String from,
    String to,
    String mode,
    String kind,
    Optional<Measure> distanceKm,
    Optional<Measure> hours,
    Optional<Measure> headwayHours,
    String gauge,
    Set<String> cargo,
    String checkOnly,
    String notes,
    List<String> sources) {
  public static final Set<String> MODES = Set.of("rail", "sea", "road");
  public static final Set<String> CARGO = Set.of("container", "bulk", "grain", "oil");

  public Link {
    checkOnly = checkOnly == null ? "" : checkOnly;
    cargo = Set.copyOf(cargo);
    sources = List.copyOf(sources);
  }

  /** The id of the link: its two ends and mode, as in the data ("KZ_UZN-KZ_BOL rail"). */
  public String id() {
    return from + "-" + to + " " + mode;
  }

  /** Usable by the router: built, not a check-only line, its length and time known. */
  public boolean routable() {
    return !kind.equals("planned")
        && checkOnly.isEmpty()
        && distanceKm.isPresent()
        && hours.isPresent();
  }

  public boolean accepts(String cargoType) {
    return cargo.isEmpty() || cargo.contains(cargoType);
  }

  public boolean crossesBorder() {
    return kind.equals("border");
  }

  /** A rail link whose two sides differ in gauge ("1520/1435"). */
  public boolean gaugeBreak() {
    return mode.equals("rail") && gauge.contains("/");
  }

  /** The end other than {@code node}. */
  public String other(String node) {
    return node.equals(from) ? to : from;
  }
}
