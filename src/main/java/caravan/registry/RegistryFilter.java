package caravan.registry;

/**
 * What a list shows: records whose title or name contains {@code text} (case-insensitive), whose
 * kind equals {@code kind} and that belong to {@code pair} (in either order); null means any.
 */
public record RegistryFilter(String text, String kind, Pair pair) {
  public static final RegistryFilter ALL = new RegistryFilter(null, null, null);

  public RegistryFilter {
    text = Records.clean(text);
    kind = Records.clean(kind);
  }

  public RegistryFilter(String text, String kind) {
    this(text, kind, null);
  }

  /** Records of one pair (null: of every pair). */
  public static RegistryFilter pair(Pair pair) {
    return new RegistryFilter(null, null, pair);
  }

  /** This filter, narrowed to one pair (null: of every pair). */
  public RegistryFilter inPair(Pair p) {
    return new RegistryFilter(text, kind, p);
  }

  public static RegistryFilter text(String text) {
    return new RegistryFilter(text, null);
  }

  public static RegistryFilter kind(String kind) {
    return new RegistryFilter(null, kind);
  }
}
