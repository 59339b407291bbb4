package caravan.corridor;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The figures that turn a route into hours and dollars (costs.csv): speeds, circuity factors,
 * headways, dwell times and prices per tonne-km, crossing, transshipment and port call, each with
 * its basis and source. A cargo-specific row wins over the row for every cargo ({@code *}).
 */
public record CostModel(List<Entry> entries) {
  public static final Set<String> ITEMS =
      Set.of(
          "speed",
          "circuity",
          "headway",
          "dwell",
          "tonne_km",
          "port_call",
          "crossing",
          "transshipment",
          "bogie_exchange");

  /**
   * Rows the network needs to fill in what its files leave out, and the rows the router prices
   * every route by (without one a load passed and the router failed).
   */
  static final List<String[]> REQUIRED =
      List.of(
          new String[] {"tonne_km", "rail", "USD/t-km"},
          new String[] {"tonne_km", "sea", "USD/t-km"},
          new String[] {"tonne_km", "road", "USD/t-km"},
          new String[] {"port_call", "sea", "USD/t"},
          new String[] {"dwell", "sea", "h"},
          new String[] {"crossing", "border", "USD/t"},
          new String[] {"speed", "rail", "km/h"},
          new String[] {"speed", "sea", "km/h"},
          new String[] {"speed", "road", "km/h"},
          new String[] {"circuity", "rail", "ratio"},
          new String[] {"circuity", "sea", "ratio"},
          new String[] {"circuity", "road", "ratio"},
          new String[] {"headway", "sea", "h"},
          new String[] {"dwell", "border", "h"},
          new String[] {"transshipment", "rail", "h"},
          new String[] {"transshipment", "rail", "USD/t"},
          new String[] {"bogie_exchange", "rail", "h"},
          new String[] {"bogie_exchange", "rail", "USD/t"});

  /** One row of costs.csv. */
  public record Entry(
      int line,
      String item,
      String mode,
      String cargo,
      double value,
      String unit,
      Basis basis,
      String source,
      String note) {
    public Measure measure() {
      String how = note.isEmpty() ? source : note + (source.isEmpty() ? "" : " (" + source + ")");
      return new Measure(value, basis, item + " " + mode + ": " + how);
    }
  }

  public CostModel {
    entries = List.copyOf(entries);
  }

  /** The row for this item, mode and unit: the cargo's own, else the one for every cargo. */
  public Optional<Entry> find(String item, String mode, String cargo, String unit) {
    Optional<Entry> own =
        entries.stream()
            .filter(e -> e.item.equals(item) && e.mode.equals(mode) && e.unit.equals(unit))
            .filter(e -> e.cargo.equals(cargo))
            .findFirst();
    if (own.isPresent()) return own;
    return entries.stream()
        .filter(e -> e.item.equals(item) && e.mode.equals(mode) && e.unit.equals(unit))
        .filter(e -> e.cargo.equals("*"))
        .findFirst();
  }

  /** As {@link #find}, for a row the loader has checked is there. */
  public Measure get(String item, String mode, String cargo, String unit) {
    return find(item, mode, cargo, unit)
        .orElseThrow(
            () ->
                new IllegalStateException("costs.csv has no " + item + " " + mode + " in " + unit))
        .measure();
  }
}
