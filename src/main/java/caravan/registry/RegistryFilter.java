package caravan.registry;

/**
 * What a list shows: records whose title or name contains {@code text} (case-insensitive) and whose
 * kind equals {@code kind}; null means any.
 */
public record RegistryFilter(String text, String kind) {
  public static final RegistryFilter ALL = new RegistryFilter(null, null);

  public RegistryFilter {
    text = Records.clean(text);
    kind = Records.clean(kind);
  }

  public static RegistryFilter text(String text) {
    return new RegistryFilter(text, null);
  }

  public static RegistryFilter kind(String kind) {
    return new RegistryFilter(null, kind);
  }
}
