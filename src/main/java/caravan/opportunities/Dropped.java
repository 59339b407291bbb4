package caravan.opportunities;

/**
 * A country or product left out of the complexity computation, with the reason, so that a row
 * without an answer says why instead of showing NaN. {@link Reason#key()} is the message key.
 */
public record Dropped(Side side, String code, Reason reason) {
  /** Which axis of the matrix the code is on. */
  public enum Side {
    COUNTRY,
    PRODUCT
  }

  /** Why the code has no indicators. */
  public enum Reason {
    /** The country's exports sum to zero: it has no RCA in anything. */
    NO_EXPORTS,
    /** Nobody exports the product: its RCA is undefined. */
    NO_EXPORTER,
    /** The country's RCA reaches the cutoff in no product (possible only with RCA &gt; 1). */
    NO_SPECIALISATION,
    /** No country's RCA in the product reaches the cutoff (possible only with RCA &gt; 1). */
    NO_SPECIALIST;

    /** The message key in the bundles that words the reason. */
    public String key() {
      return "cx.dropped." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
