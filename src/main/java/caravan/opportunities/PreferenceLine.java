package caravan.opportunities;

/**
 * One line of an agreement's preference schedule as a user brought it: the HS line, the duties as
 * the schedule writes them, the staging, and the public source that names the line with its quote.
 *
 * @param agreement the registry id of the agreement (AGR-020: the EAEU–Iran FTA)
 * @param hsEdition H0 (HS 1992) to H6 (HS 2022)
 */
public record PreferenceLine(
    String agreement,
    String hsCode,
    String hsEdition,
    String baseDuty,
    String preferentialDuty,
    String staging,
    String sourceUrl,
    String quote) {

  /** Whether the line covers {@code product} (an HS code of 2 to 6 digits or more). */
  public boolean covers(String product) {
    int n = Math.min(Math.min(hsCode.length(), product.length()), 6);
    // a line of a longer national code covers the six-digit product it falls in, and a shorter
    // product (a heading) holds the line: either way the codes agree on their common digits
    return n >= 4 && hsCode.regionMatches(0, product, 0, n);
  }
}
