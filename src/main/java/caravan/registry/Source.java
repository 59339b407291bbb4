package caravan.registry;

/**
 * Where a record's facts were read: the page or document, its date (possibly partial) and a short
 * verbatim quote. A source without a quote or a date is thin.
 */
public record Source(String url, PartialDate date, String quote) {
  public Source {
    url = Records.clean(url);
    quote = Records.clean(quote);
  }

  /** True when the quote or the date is missing. */
  public boolean thin() {
    return quote == null || date == null;
  }
}
