package caravan.corridor;

import caravan.figures.Period;
import caravan.text.CaravanException;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The freight volumes of the corridor (volumes.csv): per point, the series of throughput statements
 * with their periods (calendar or Solar Hijri, as {@link Period} reads them), growth as stated and
 * as computed against the same span a year before, and utilisation of the stated capacity.
 *
 * <p>Rules, stated once: where two throughput statements of one point share a period, the one
 * preferred is a single stated number over a bound or range, then the row listed first; the others
 * stay as conflicts. Utilisation is the throughput annualised (× 365.25 ÷ the period's days, an
 * estimate when the period is not a whole year) over the capacity statement of the point nearest in
 * time (the later on a tie), a range's midpoint; throughput in Mt against capacity in Mt/yr only.
 */
public final class Volumes {
  static final Set<String> MEASURES =
      Set.of("throughput", "capacity", "target", "forecast", "growth", "other", "trade", "tariff");

  /** The columns a volumes.csv must have: without them every row would be skipped unseen. */
  static final List<String> HEADER = List.of("point", "measure", "value_low");

  /** Utilisation at or above this share is "near capacity". */
  public static final double NEAR_CAPACITY_PCT = 80;

  /** A capacity further from the throughput's year than this says nothing about it. */
  static final int CAPACITY_YEARS = 3;

  private final List<Volume> all;
  private final Network network;

  private Volumes(List<Volume> all, Network network) {
    this.all = List.copyOf(all);
    this.network = network;
  }

  /** Reads and checks volumes.csv against the network; every fault named by line and field. */
  static Volumes read(String text, Network network) {
    List<NetworkFault> faults = new ArrayList<>();
    List<Volume> out = new ArrayList<>();
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isBlank()) {
      throw new NetworkException(
          "volumes.csv",
          List.of(
              new NetworkFault(
                  "volumes.csv", 1, "file", Text.of("cor.vol.empty", String.join(",", HEADER)))));
    }
    List<NamedCsvRecord> records;
    try {
      records =
          CsvReader.builder()
              .skipEmptyLines(true)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .ofNamedCsvRecord(t)
              .stream()
              .toList();
    } catch (RuntimeException e) {
      throw new NetworkException(
          "volumes.csv", List.of(NetworkLoader.unreadable("volumes.csv", e)));
    }
    if (!records.isEmpty()) {
      List<String> header = records.get(0).getHeader();
      List<String> missing =
          HEADER.stream()
              .filter(c -> !header.stream().map(String::strip).toList().contains(c))
              .toList();
      if (!missing.isEmpty()) {
        throw new NetworkException(
            "volumes.csv",
            List.of(
                new NetworkFault(
                    "volumes.csv",
                    1,
                    missing.get(0),
                    Text.of("cor.load.missingColumns", String.join(", ", missing)))));
      }
    }
    for (NamedCsvRecord r : records) {
      int line = (int) r.getStartingLineNumber();
      if (r.getFieldCount() != r.getHeader().size()) {
        faults.add(
            new NetworkFault(
                "volumes.csv",
                line,
                "file",
                Text.of(
                    "cor.load.fieldCount",
                    String.valueOf(r.getFieldCount()),
                    String.valueOf(r.getHeader().size()))));
        continue;
      }
      String point = get(r, "point"), measure = get(r, "measure");
      if (point.isEmpty()) continue; // a trade or tariff row: about no point of the network
      if (!point.startsWith("route:") && network.node(point) == null) {
        faults.add(
            new NetworkFault("volumes.csv", line, "point", Text.of("cor.vol.unknownPoint", point)));
        continue;
      }
      if (!MEASURES.contains(measure)) {
        faults.add(
            new NetworkFault(
                "volumes.csv", line, "measure", Text.of("cor.vol.unknownMeasure", measure)));
        continue;
      }
      Period period = null;
      String label = get(r, "period_label");
      if (!label.isEmpty()) {
        try {
          period = Period.parse(label);
        } catch (CaravanException e) {
          faults.add(new NetworkFault("volumes.csv", line, "period_label", e.text()));
          continue;
        }
      }
      Double low = number(get(r, "value_low")), high = number(get(r, "value_high"));
      if (low == null
          || low < 0
          || (high != null && high < low)
          || (!get(r, "value_high").isEmpty() && high == null)) {
        faults.add(new NetworkFault("volumes.csv", line, "value_low", Text.of("cor.vol.value")));
        continue;
      }
      String note =
          get(r, "note") + (get(r, "caravan_note").isEmpty() ? "" : "; " + get(r, "caravan_note"));
      out.add(
          new Volume(
              line,
              point,
              get(r, "subject"),
              measure,
              period,
              get(r, "period"),
              low,
              high,
              get(r, "unit_norm"),
              number(get(r, "growth_stated_pct")),
              note,
              get(r, "source")));
    }
    if (!faults.isEmpty()) throw new NetworkException("volumes.csv", faults);
    return new Volumes(out, network);
  }

  /** Every point with a statement, in file order. */
  public List<String> points() {
    return all.stream().map(Volume::point).distinct().toList();
  }

  /** The statements about one point (a node id or route:NAME). */
  public PointVolumes of(String point) {
    List<Volume> mine = all.stream().filter(v -> v.point().equals(point)).toList();
    List<Volume> capacities = mine.stream().filter(v -> v.measure().equals("capacity")).toList();
    List<Volume> throughput =
        mine.stream()
            .filter(v -> v.measure().equals("throughput") && v.period() != null)
            .sorted(
                Comparator.comparing((Volume v) -> v.period().start())
                    .thenComparing(v -> v.period().end()))
            .toList();
    Map<String, Volume> preferred = new LinkedHashMap<>();
    mine.stream()
        .filter(v -> v.measure().equals("throughput") && v.period() != null)
        .sorted(Comparator.comparing(Volume::inexact).thenComparing(Volume::line))
        .forEach(v -> preferred.putIfAbsent(v.period().label() + "|" + v.unit(), v));
    List<PointVolumes.Entry> series = new ArrayList<>();
    for (Volume v : throughput) {
      boolean isPreferred = preferred.get(v.period().label() + "|" + v.unit()) == v;
      series.add(
          new PointVolumes.Entry(v, isPreferred, growth(v, preferred), utilisation(v, capacities)));
    }
    List<Volume> other =
        mine.stream()
            .filter(
                v ->
                    !v.measure().equals("capacity")
                        && (!v.measure().equals("throughput") || v.period() == null))
            .toList();
    Node node = network.node(point);
    return new PointVolumes(
        point,
        node == null ? point.substring("route:".length()) : node.nameEn(),
        series,
        capacities,
        other);
  }

  /** The points whose latest utilisation is at or above {@link #NEAR_CAPACITY_PCT}. */
  public List<PointVolumes> nearCapacity() {
    return points().stream()
        .map(this::of)
        .filter(p -> p.latestUtilisation().map(m -> m.value() >= NEAR_CAPACITY_PCT).orElse(false))
        .toList();
  }

  private static Optional<Measure> growth(Volume v, Map<String, Volume> preferred) {
    Period before = v.period().sameSpanYearBefore();
    Volume prev = preferred.get(before.label() + "|" + v.unit());
    if (prev == null || v.inexact() || prev.inexact() || prev.value() == 0) return Optional.empty();
    double pct = (v.value() / prev.value() - 1) * 100;
    return Optional.of(
        new Measure(
            pct,
            Basis.DERIVED,
            Text.of(
                "cor.how.growth",
                NetworkLoader.plain(v.value()),
                NetworkLoader.plain(prev.value()),
                before.label(),
                String.valueOf(prev.line()))));
  }

  private static Optional<Measure> utilisation(Volume v, List<Volume> capacities) {
    if (!v.unit().equals("Mt")) return Optional.empty();
    int year = v.period().start().getYear();
    Optional<Volume> cap =
        capacities.stream()
            .filter(c -> c.unit().equals("Mt/yr") && c.period() != null && c.high() != null)
            .filter(c -> Math.abs(c.period().start().getYear() - year) <= CAPACITY_YEARS)
            .min(
                Comparator.comparingInt((Volume c) -> Math.abs(c.period().start().getYear() - year))
                    .thenComparing(c -> -c.period().start().getYear()));
    if (cap.isEmpty()) return Optional.empty();
    boolean whole = v.period().months() == 12;
    long days =
        java.time.temporal.ChronoUnit.DAYS.between(v.period().start(), v.period().end()) + 1;
    double annual = whole ? v.value() : v.value() * 365.25 / days;
    double pct = annual / cap.get().value() * 100;
    boolean estimate = !whole || v.high() == null;
    Text amount =
        Text.of(
            v.high() == null ? "cor.how.moreThanMt" : "cor.how.mt", NetworkLoader.plain(v.value()));
    Text how =
        Text.of(
            "cor.how.utilisation",
            amount,
            whole ? Text.literal("") : Text.of("cor.how.annualised", String.valueOf(days)),
            cap.get().valueText(),
            cap.get().period().label(),
            String.valueOf(cap.get().line()));
    return Optional.of(new Measure(pct, estimate ? Basis.ESTIMATE : Basis.DERIVED, how));
  }

  private static String get(NamedCsvRecord r, String name) {
    return r.findField(name).orElse("").strip();
  }

  private static Double number(String s) {
    if (s.isEmpty()) return null;
    // plain decimals only: Java would also read NaN, Infinity, 0x1p3 and 1e999 (infinite)
    if (!s.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) return null;
    double v = Double.parseDouble(s);
    return Double.isFinite(v) && Math.abs(v) <= 1e12 ? v : null;
  }
}
