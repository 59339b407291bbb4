package caravan.corridor;

import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a network's three files (nodes.csv, links.csv, costs.csv; the shipped ones are
 * the format's reference) and fills what they leave out by the methods the cost model states: a
 * node without a coordinate placed only where its row says how, a missing length as the
 * great-circle distance × the mode's circuity, a missing time as length ÷ the mode's speed, a
 * missing headway or dwell from a comparable line or crossing. Each filled figure is marked an
 * estimate. Every fault is collected, so one run names them all.
 */
final class NetworkLoader {
  static final String NODES = "nodes.csv", LINKS = "links.csv", COSTS = "costs.csv";
  static final Set<String> NODE_TYPES = Set.of("city", "border_crossing", "rail_station", "port");
  static final Set<String> LINK_KINDS =
      Set.of("segment", "aggregate", "border", "ferry", "shipping", "tanker", "planned");
  // the fastest a freight train, ship or truck could average; above it a figure is a typo
  static final Map<String, Double> TOP_SPEED = Map.of("rail", 160.0, "sea", 60.0, "road", 130.0);
  static final double LONGEST_LINK_KM = 10_000;
  static final double HUGE = 1e9;
  // above these a cost row is a typo: hours past the 2000 a link may take, a tonne-km dearer than
  // air freight a hundred times over, a charge per tonne dearer than most cargo is worth
  static final Map<String, Double> MOST_PER_UNIT =
      Map.of("h", 2000.0, "USD/t-km", 10.0, "USD/t", 10_000.0);
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern APPROX = Pattern.compile("~\\s*(\\d+(\\.\\d+)?)");
  private static final Pattern RANGE = Pattern.compile("(\\d+(\\.\\d+)?)\\s*-\\s*(\\d+(\\.\\d+)?)");

  /** The text of the three files and where they were read from. */
  record Files(String where, String nodes, String links, String costs) {}

  private final Files files;
  private final List<NetworkFault> faults = new ArrayList<>();
  private final List<NetworkFault> warnings = new ArrayList<>();
  private final Map<String, Integer> nodeLines = new HashMap<>();

  private NetworkLoader(Files files) {
    this.files = files;
  }

  /** The network, or a {@link NetworkException} naming every fault. */
  static Network load(Files files) {
    NetworkLoader loader = new NetworkLoader(files);
    Network network = loader.build();
    if (!loader.faults.isEmpty()) throw new NetworkException(files.where(), loader.faults);
    return network;
  }

  /** Every fault of the files; empty when they load. */
  static List<NetworkFault> check(Files files) {
    NetworkLoader loader = new NetworkLoader(files);
    loader.build();
    return List.copyOf(loader.faults);
  }

  private Network build() {
    CostModel costs = readCosts();
    // the estimates below need every required cost row: a faulty cost model is reported alone
    if (!faults.isEmpty()) return null;
    Map<String, Node> nodes = readNodes();
    List<Link> links = readLinks(nodes, costs);
    // with no link at all every node would be named disconnected: the links file's own fault says
    // it
    if (!links.isEmpty()) checkConnected(nodes, links);
    List<Crossing> crossings = new ArrayList<>();
    for (Link l : links) {
      if (!nodes.containsKey(l.from()) || !nodes.containsKey(l.to())) continue;
      // a whole line through a third country (Tashkent–Farap) crosses a border inside it: a wagon
      // waits there as at any crossing, though the draft names no border link; by sea the port
      // calls carry the formalities
      boolean inside =
          !l.mode().equals("sea")
              && !nodes.get(l.from()).country().equals(nodes.get(l.to()).country());
      if (l.crossesBorder() || inside) crossings.add(crossing(l, nodes, costs));
    }
    return new Network(files.where(), nodes, links, crossings, costs, warnings);
  }

  // ---------------------------------------------------------------- costs

  private CostModel readCosts() {
    List<CostModel.Entry> entries = new ArrayList<>();
    List<Row> rows = rows(COSTS, files.costs(), "item", "mode", "cargo", "value", "unit", "basis");
    // a file refused whole (empty, unreadable, a column missing) is that one fault, not also a
    // missing row for every required figure
    if (rows.isEmpty() && !faults.isEmpty()) return new CostModel(entries);
    for (Row r : rows) {
      int line = (int) r.line();
      String item = field(r, "item"), mode = field(r, "mode"), cargo = field(r, "cargo");
      String unit = field(r, "unit");
      if (!CostModel.ITEMS.contains(item)) {
        fault(
            COSTS,
            line,
            "item",
            Text.of("cor.load.unknownItem", item, String.valueOf(new TreeSet<>(CostModel.ITEMS))));
        continue;
      }
      if (!Set.of("rail", "sea", "road", "border").contains(mode)) {
        fault(COSTS, line, "mode", Text.of("cor.load.unknownCostMode", mode));
        continue;
      }
      if (!cargo.equals("*") && !Link.CARGO.contains(cargo)) {
        fault(
            COSTS,
            line,
            "cargo",
            Text.of("cor.load.unknownCostCargo", cargo, String.valueOf(new TreeSet<>(Link.CARGO))));
        continue;
      }
      Double value = number(COSTS, line, "value", field(r, "value"));
      Basis basis = basis(line, field(r, "basis"));
      if (value == null || basis == null) continue;
      if (value < 0) {
        fault(COSTS, line, "value", Text.of("cor.load.negative", item, String.valueOf(value)));
        continue;
      }
      Double most = MOST_PER_UNIT.get(unit);
      if (most != null && value > most) {
        fault(
            COSTS,
            line,
            "value",
            Text.of("cor.load.absurdValue", item, plain(value), unit, plain(most)));
        continue;
      }
      if (item.equals("speed") && (value == 0 || value > TOP_SPEED.getOrDefault(mode, 160.0))) {
        fault(
            COSTS,
            line,
            "value",
            Text.of("cor.load.absurdModeSpeed", Text.literal(mode), String.valueOf(value), unit));
        continue;
      }
      if (item.equals("circuity") && (value < 1 || value > 3)) {
        fault(COSTS, line, "value", Text.of("cor.load.circuity", String.valueOf(value)));
        continue;
      }
      entries.add(
          new CostModel.Entry(
              line, item, mode, cargo, value, unit, basis, field(r, "source"), field(r, "note")));
    }
    CostModel model = new CostModel(entries);
    for (String[] need : CostModel.REQUIRED) {
      if (model.find(need[0], need[1], "*", need[2]).isEmpty()) {
        fault(COSTS, 1, "item", Text.of("cor.load.noRow", need[0], need[1], need[2]));
      }
    }
    return model;
  }

  private Basis basis(int line, String text) {
    try {
      return Basis.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      fault(COSTS, line, "basis", Text.of("cor.load.unknownBasis", text));
      return null;
    }
  }

  // ---------------------------------------------------------------- nodes

  private Map<String, Node> readNodes() {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, String[]> placements = new LinkedHashMap<>();
    Map<String, Integer> lines = nodeLines;
    for (Row r :
        rows(
            NODES,
            files.nodes(),
            "id",
            "name_en",
            "name_ru",
            "country_iso3",
            "type",
            "lat",
            "lon",
            "rail_gauge_mm")) {
      int line = (int) r.line();
      String id = field(r, "id");
      if (id.isEmpty() || !id.matches("[A-Za-z0-9_.]+")) {
        fault(NODES, line, "id", Text.of("cor.load.nodeId", id));
        continue;
      }
      if (nodes.containsKey(id)) {
        fault(NODES, line, "id", Text.of("cor.load.duplicate", id, String.valueOf(lines.get(id))));
        continue;
      }
      boolean ok = true;
      if (field(r, "name_en").isEmpty())
        ok = fault(NODES, line, "name_en", Text.of("cor.load.nameEn"));
      String country = field(r, "country_iso3");
      if (!country.matches("[A-Z]{3}"))
        ok = fault(NODES, line, "country_iso3", Text.of("cor.load.iso3", country));
      String type = field(r, "type");
      if (!NODE_TYPES.contains(type))
        ok =
            fault(
                NODES,
                line,
                "type",
                Text.of("cor.load.unknownType", type, String.valueOf(new TreeSet<>(NODE_TYPES))));
      Set<Integer> gauges = gauges(NODES, line, "rail_gauge_mm", field(r, "rail_gauge_mm"), ";");
      Optional<Position> position = position(r, line);
      String place = field(r, "place_between");
      if (!place.isEmpty()) {
        if (position != null && position.isPresent()) {
          ok = fault(NODES, line, "place_between", Text.of("cor.load.placedWithCoordinate"));
        } else {
          placements.put(id, new String[] {place, field(r, "place_note"), String.valueOf(line)});
        }
      }
      String coast = field(r, "coast");
      if (!coast.matches("[a-z]*"))
        ok = fault(NODES, line, "coast", Text.of("cor.load.coast", coast));
      if (!ok || gauges == null || position == null) continue;
      lines.put(id, line);
      nodes.put(
          id,
          new Node(
              id,
              field(r, "name_en"),
              field(r, "name_ru"),
              country,
              type,
              position,
              gauges,
              coast,
              list(field(r, "aliases")),
              field(r, "notes"),
              list(field(r, "sources"))));
    }
    placements.forEach((id, p) -> place(nodes, id, p));
    return nodes;
  }

  private Optional<Position> position(Row r, int line) {
    String lat = field(r, "lat"), lon = field(r, "lon");
    if (lat.isEmpty() && lon.isEmpty()) return Optional.empty();
    Double la = number(NODES, line, "lat", lat), lo = number(NODES, line, "lon", lon);
    if (la == null || lo == null) return null;
    if (la < -90 || la > 90) {
      fault(NODES, line, "lat", Text.of("cor.load.latitude", String.valueOf(la)));
      return null;
    }
    if (lo < -180 || lo > 180) {
      fault(NODES, line, "lon", Text.of("cor.load.longitude", String.valueOf(lo)));
      return null;
    }
    return Optional.of(new Position(la, lo, Basis.STATED, field(r, "coord_source")));
  }

  /** "A;B;KM;OF_KM": on the straight line from A to B at KM/OF_KM of the way. */
  private void place(Map<String, Node> nodes, String id, String[] p) {
    int line = Integer.parseInt(p[2]);
    String[] parts = p[0].split(";");
    if (parts.length != 4) {
      fault(NODES, line, "place_between", Text.of("cor.load.placeFormat", p[0]));
      return;
    }
    Node a = nodes.get(parts[0].strip()), b = nodes.get(parts[1].strip());
    Double km = number(NODES, line, "place_between", parts[2].strip());
    Double of = number(NODES, line, "place_between", parts[3].strip());
    if (km == null || of == null) return;
    if (a == null || b == null) {
      fault(
          NODES,
          line,
          "place_between",
          Text.of("cor.load.placeUnknown", a == null ? parts[0] : parts[1]));
      return;
    }
    if (a.position().isEmpty()
        || b.position().isEmpty()
        || a.position().get().isEstimate()
        || b.position().get().isEstimate()) {
      fault(NODES, line, "place_between", Text.of("cor.load.placeStated"));
      return;
    }
    if (of <= 0 || km < 0 || km > of) {
      fault(
          NODES,
          line,
          "place_between",
          Text.of("cor.load.share", String.valueOf(km), String.valueOf(of)));
      return;
    }
    Position pa = a.position().get(), pb = b.position().get();
    double t = km / of;
    Text how = Text.of("cor.how.placed", a.id(), b.id(), plain(km), plain(of), p[1]);
    Position placed =
        new Position(
            pa.lat() + t * (pb.lat() - pa.lat()),
            pa.lon() + t * (pb.lon() - pa.lon()),
            Basis.ESTIMATE,
            how);
    Node n = nodes.get(id);
    if (n == null) return;
    nodes.put(
        id,
        new Node(
            n.id(),
            n.nameEn(),
            n.nameRu(),
            n.country(),
            n.type(),
            Optional.of(placed),
            n.gauges(),
            n.coast(),
            n.aliases(),
            n.notes(),
            n.sources()));
  }

  // ---------------------------------------------------------------- links

  private List<Link> readLinks(Map<String, Node> nodes, CostModel costs) {
    List<Link> links = new ArrayList<>();
    for (Row r :
        rows(
            LINKS,
            files.links(),
            "from",
            "to",
            "mode",
            "link_kind",
            "distance_km_stated",
            "typical_transit_hours_stated",
            "gauge")) {
      int line = (int) r.line();
      String from = field(r, "from"),
          to = field(r, "to"),
          mode = field(r, "mode"),
          kind = field(r, "link_kind");
      boolean ok = true;
      if (!nodes.containsKey(from))
        ok = fault(LINKS, line, "from", Text.of("cor.load.unknownNode", from));
      if (!nodes.containsKey(to))
        ok = fault(LINKS, line, "to", Text.of("cor.load.unknownNode", to));
      if (from.equals(to)) ok = fault(LINKS, line, "to", Text.of("cor.load.selfLink", from));
      if (!Link.MODES.contains(mode))
        ok = fault(LINKS, line, "mode", Text.of("cor.load.unknownLinkMode", mode));
      if (!LINK_KINDS.contains(kind))
        ok =
            fault(
                LINKS,
                line,
                "link_kind",
                Text.of("cor.load.unknownKind", kind, String.valueOf(new TreeSet<>(LINK_KINDS))));
      String gauge = field(r, "gauge");
      if (mode.equals("rail")) {
        if (gauge.isEmpty() || gauge.equalsIgnoreCase("n/a")) {
          ok = fault(LINKS, line, "gauge", Text.of("cor.load.noGauge", from, to));
        } else if (gauges(LINKS, line, "gauge", gauge, "/") == null) {
          ok = false;
        }
      }
      if (mode.equals("sea") && nodes.containsKey(from) && nodes.containsKey(to)) {
        List<String> inland = new ArrayList<>();
        for (String end : List.of(from, to)) if (!nodes.get(end).coastal()) inland.add(end);
        if (!inland.isEmpty()) {
          ok =
              fault(
                  LINKS,
                  line,
                  "mode",
                  inland.size() == 1
                      ? Text.of("cor.load.inlandOne", from, to, inland.get(0))
                      : Text.of("cor.load.inlandBoth", from, to, inland.get(0), inland.get(1)));
        }
      }
      Set<String> cargo = new LinkedHashSet<>(list(field(r, "cargo")));
      for (String c : cargo) {
        if (!Link.CARGO.contains(c))
          ok =
              fault(
                  LINKS,
                  line,
                  "cargo",
                  Text.of("cor.load.unknownCargo", c, String.valueOf(new TreeSet<>(Link.CARGO))));
      }
      Optional<Measure> stated = statedDistance(r, line);
      Double hours =
          optionalNumber(
              LINKS,
              line,
              "typical_transit_hours_stated",
              field(r, "typical_transit_hours_stated"));
      Double headway = optionalNumber(LINKS, line, "headway_hours", field(r, "headway_hours"));
      if (hours != null && (hours <= 0 || hours > 2000))
        ok =
            fault(
                LINKS,
                line,
                "typical_transit_hours_stated",
                Text.of("cor.load.absurdTime", plain(hours)));
      if (headway != null && (headway <= 0 || headway > 2000))
        ok = fault(LINKS, line, "headway_hours", Text.of("cor.load.absurdHeadway", plain(headway)));
      if (stated == null || !ok) continue;
      Optional<Measure> distance =
          stated.isPresent()
              ? stated
              : estimatedDistance(nodes.get(from), nodes.get(to), mode, costs);
      boolean border = kind.equals("border");
      Optional<Measure> time;
      if (hours != null && !border) {
        time = Optional.of(new Measure(hours, Basis.STATED, Text.of("cor.how.statedTime")));
        if (distance.isPresent() && distance.get().value() / hours > TOP_SPEED.get(mode)) {
          fault(
              LINKS,
              line,
              "typical_transit_hours_stated",
              Text.of(
                  "cor.load.absurdSpeed",
                  String.format(Locale.ROOT, "%.0f", distance.get().value()),
                  plain(hours),
                  String.format(Locale.ROOT, "%.0f", distance.get().value() / hours),
                  String.format(Locale.ROOT, "%.0f", TOP_SPEED.get(mode)),
                  mode(mode)));
          continue;
        }
      } else {
        time = distance.map(d -> travel(d, mode, costs));
      }
      Optional<Measure> headwayHours = Optional.empty();
      if (mode.equals("sea")) {
        headwayHours =
            headway != null
                ? Optional.of(Measure.stated(headway, field(r, "headway_basis")))
                : Optional.of(costs.get("headway", "sea", "*", "h"));
      }
      Link link =
          new Link(
              line,
              from,
              to,
              mode,
              kind,
              distance,
              time,
              headwayHours,
              gauge,
              cargo,
              checkOnly(field(r, "use")),
              field(r, "notes"),
              list(field(r, "sources")));
      if (distance.isEmpty() && !kind.equals("planned") && link.checkOnly().isEmpty()) {
        List<String> unplaced = new ArrayList<>();
        for (String end : List.of(from, to))
          if (nodes.get(end).position().isEmpty()) unplaced.add(end);
        warnings.add(
            new NetworkFault(
                LINKS,
                line,
                "distance",
                unplaced.size() == 1
                    ? Text.of("cor.load.unknownLength", from, to, unplaced.get(0))
                    : Text.of(
                        "cor.load.unknownLengthBoth", from, to, unplaced.get(0), unplaced.get(1))));
      }
      links.add(link);
    }
    return links;
  }

  private static String checkOnly(String use) {
    return use.startsWith("check") ? (use.length() > 5 ? use.substring(5).strip() : "check") : "";
  }

  /** The stated length: a number, "~N" (the source's own about), or a range with a chosen value. */
  private Optional<Measure> statedDistance(Row r, int line) {
    String text = field(r, "distance_km_stated");
    String chosenText = field(r, "distance_km_chosen"), rule = field(r, "chosen_by");
    Double chosen = optionalNumber(LINKS, line, "distance_km_chosen", chosenText);
    if (!chosenText.isEmpty() && chosen == null) return null;
    if (chosen != null) {
      if (!distanceSane(line, "distance_km_chosen", chosen)) return null;
      if (rule.isEmpty()) {
        fault(LINKS, line, "chosen_by", Text.of("cor.load.chosenRule"));
        return null;
      }
      Basis basis = rule.startsWith("DERIVED") ? Basis.DERIVED : Basis.CHOSEN;
      Text how = text.isEmpty() ? Text.literal(rule) : Text.of("lang.how.chosen", text, rule);
      return Optional.of(new Measure(chosen, basis, how));
    }
    if (text.isEmpty()) return Optional.empty();
    if (NUMBER.matcher(text).matches()) {
      double v = Double.parseDouble(text);
      return distanceSane(line, "distance_km_stated", v)
          ? Optional.of(new Measure(v, Basis.STATED, Text.of("lang.how.stated")))
          : null;
    }
    Matcher approx = APPROX.matcher(text);
    if (approx.matches()) {
      double v = Double.parseDouble(approx.group(1));
      return distanceSane(line, "distance_km_stated", v)
          ? Optional.of(new Measure(v, Basis.STATED, Text.of("lang.how.about", plain(v))))
          : null;
    }
    if (RANGE.matcher(text).matches()) {
      fault(LINKS, line, "distance_km_chosen", Text.of("cor.load.range", text));
      return null;
    }
    fault(LINKS, line, "distance_km_stated", Text.of("cor.load.notLength", text));
    return null;
  }

  private boolean distanceSane(int line, String field, double km) {
    if (km < 0) return fault(LINKS, line, field, Text.of("cor.load.negativeKm", plain(km)));
    if (km == 0) return fault(LINKS, line, field, Text.of("cor.load.zeroKm"));
    if (km > LONGEST_LINK_KM)
      return fault(
          LINKS, line, field, Text.of("cor.load.absurdKm", plain(km), plain(LONGEST_LINK_KM)));
    return true;
  }

  private static Optional<Measure> estimatedDistance(Node a, Node b, String mode, CostModel costs) {
    if (a.position().isEmpty() || b.position().isEmpty()) return Optional.empty();
    Position pa = a.position().get(), pb = b.position().get();
    double gc = pa.kmTo(pb);
    Measure circuity = costs.get("circuity", mode, "*", "ratio");
    List<Text> placed = new ArrayList<>();
    for (Node n : List.of(a, b)) {
      if (n.position().get().isEstimate()) placed.add(Text.of("lang.how.placedByEstimate", n.id()));
    }
    Text how =
        Text.of(
            "lang.how.greatCircle",
            String.format(Locale.ROOT, "%.0f", gc),
            Text.of("corr.page.mode." + mode),
            plain(circuity.value()),
            placed.isEmpty() ? Text.literal("") : placed.get(0),
            placed.size() < 2 ? Text.literal("") : placed.get(1));
    return Optional.of(new Measure(gc * circuity.value(), Basis.ESTIMATE, how));
  }

  private static Measure travel(Measure distance, String mode, CostModel costs) {
    Measure speed = costs.get("speed", mode, "*", "km/h");
    Text how =
        Text.of(
            "lang.how.travel",
            String.format(Locale.ROOT, "%.0f", distance.value()),
            Text.of("corr.page.mode." + mode),
            plain(speed.value()),
            basisWord(speed.basis()));
    return new Measure(distance.value() / speed.value(), Basis.ESTIMATE, how);
  }

  // ---------------------------------------------------------------- crossings

  private Crossing crossing(Link l, Map<String, Node> nodes, CostModel costs) {
    Node a = nodes.get(l.from()), b = nodes.get(l.to());
    // the stated time on a border link is the crossing's processing, not travel
    String hoursText = rowHours.getOrDefault(l.line(), "");
    Measure dwell =
        hoursText.isEmpty()
            ? costs.get("dwell", "border", "*", "h")
            : new Measure(
                Double.parseDouble(hoursText), Basis.STATED, Text.of("cor.how.statedDwell"));
    Optional<GaugeBreak> gb = Optional.empty();
    if (l.gaugeBreak()) {
      String at = b.gauges().size() > 1 ? b.id() : a.gauges().size() > 1 ? a.id() : b.id();
      gb =
          Optional.of(
              new GaugeBreak(
                  at,
                  l.gauge(),
                  costs.get("bogie_exchange", "rail", "*", "h"),
                  costs.get("bogie_exchange", "rail", "*", "USD/t"),
                  costs.get("transshipment", "rail", "*", "h"),
                  costs.get("transshipment", "rail", "*", "USD/t")));
    }
    return new Crossing(l, a.country(), b.country(), dwell, gb);
  }

  private final Map<Integer, String> rowHours = new HashMap<>();

  // ---------------------------------------------------------------- connectivity

  /**
   * Every node must reach the largest group of nodes over the links of the data, planned ones
   * included (a node reached only over a planned line is in the network, and the router says it has
   * no built route); a node reached only that way is a warning.
   */
  private void checkConnected(Map<String, Node> nodes, List<Link> links) {
    Map<String, Integer> lines = nodeLines;
    String main = largestGroup(nodes, links, true);
    Map<String, String> all = groups(nodes, links, true);
    Map<String, String> built = groups(nodes, links, false);
    String mainBuilt = largestGroup(nodes, links, false);
    for (String id : nodes.keySet()) {
      if (!all.get(id).equals(main)) {
        Set<String> with = new TreeSet<>();
        for (Link l : links) {
          if (l.from().equals(id)) with.add(l.to());
          if (l.to().equals(id)) with.add(l.from());
        }
        fault(
            NODES,
            lines.getOrDefault(id, 0),
            "id",
            with.isEmpty()
                ? Text.of("cor.load.disconnected", id)
                : Text.of("cor.load.disconnectedFrom", id, String.join(", ", with)));
      } else if (!built.get(id).equals(mainBuilt)) {
        warnings.add(
            new NetworkFault(
                NODES, lines.getOrDefault(id, 0), "id", Text.of("cor.load.plannedOnly", id)));
      }
    }
  }

  private static String largestGroup(Map<String, Node> nodes, List<Link> links, boolean planned) {
    Map<String, String> group = groups(nodes, links, planned);
    Map<String, Integer> size = new HashMap<>();
    group.values().forEach(g -> size.merge(g, 1, Integer::sum));
    return size.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("");
  }

  /** Each node's group (union-find root) over the links, with or without the planned ones. */
  private static Map<String, String> groups(
      Map<String, Node> nodes, List<Link> links, boolean planned) {
    Map<String, String> parent = new HashMap<>();
    nodes.keySet().forEach(id -> parent.put(id, id));
    for (Link l : links) {
      if (!planned && l.kind().equals("planned")) continue;
      parent.put(root(parent, l.from()), root(parent, l.to()));
    }
    Map<String, String> group = new HashMap<>();
    nodes.keySet().forEach(id -> group.put(id, root(parent, id)));
    return group;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) r = parent.get(r);
    parent.put(id, r);
    return r;
  }

  // ---------------------------------------------------------------- reading

  /** One data row: its line in the file and its fields by column name. */
  record Row(long line, Map<String, String> fields) {}

  private List<Row> rows(String file, String text, String... required) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.isBlank()) {
      fault(file, 1, "file", Text.of("cor.load.empty", String.join(",", required)));
      return List.of();
    }
    List<CsvRecord> records;
    try {
      records = parse(text);
    } catch (RuntimeException e) {
      faults.add(unreadable(file, e));
      return List.of();
    }
    List<String> header = records.get(0).getFields().stream().map(String::strip).toList();
    List<String> missing = Arrays.stream(required).filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      fault(
          file, 1, missing.get(0), Text.of("cor.load.missingColumns", String.join(", ", missing)));
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (CsvRecord rec : records.subList(1, records.size())) {
      long line = rec.getStartingLineNumber();
      if (rec.getFieldCount() != header.size()) {
        fault(
            file,
            line,
            "file",
            Text.of(
                "cor.load.fieldCount",
                String.valueOf(rec.getFieldCount()),
                String.valueOf(header.size())));
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (int i = 0; i < header.size(); i++) fields.put(header.get(i), rec.getField(i));
      rows.add(new Row(line, fields));
    }
    if (records.size() == 1 && !file.equals(COSTS)) {
      fault(file, 1, "file", Text.of(file.equals(NODES) ? "cor.load.noNodes" : "cor.load.noLinks"));
    }
    if (file.equals(LINKS)) {
      for (Row r : rows) rowHours.put((int) r.line(), field(r, "typical_transit_hours_stated"));
    }
    return rows;
  }

  private static final Pattern PARSER_LINE = Pattern.compile("record starting at line (\\d+)");

  /**
   * What FastCSV refused, in words, at the line where the record it could not read starts (its
   * message gives the line; its wording is not shown to a user).
   */
  static NetworkFault unreadable(String file, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher m = PARSER_LINE.matcher(message);
    long line = m.find() ? Long.parseLong(m.group(1)) : 1;
    Text reason =
        Text.of(
            message.contains("after closing quote")
                ? "cor.load.strayQuote"
                : "cor.load.unreadable");
    return new NetworkFault(file, line, "file", reason);
  }

  private static List<CsvRecord> parse(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return CsvReader.builder()
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .ofCsvRecord(t)
        .stream()
        .toList();
  }

  private static String field(Row r, String name) {
    return r.fields().getOrDefault(name, "").strip();
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private Set<Integer> gauges(String file, int line, String field, String text, String sep) {
    Set<Integer> out = new TreeSet<>();
    if (text.isEmpty() || text.equalsIgnoreCase("n/a")) return out;
    for (String part : text.split(sep)) {
      String p = part.strip();
      if (!p.matches("\\d{3,4}") || Integer.parseInt(p) < 600 || Integer.parseInt(p) > 2000) {
        fault(file, line, field, Text.of("cor.load.notGauge", shown(text)));
        return null;
      }
      out.add(Integer.parseInt(p));
    }
    return out;
  }

  private Double number(String file, int line, String field, String text) {
    if (!NUMBER.matcher(text).matches()) {
      fault(file, line, field, Text.of("cor.load.notNumber", shown(text)));
      return null;
    }
    double v = Double.parseDouble(text);
    // no figure of a network comes near this; beyond it sums of costs and times lose meaning
    if (Math.abs(v) > HUGE) {
      fault(file, line, field, Text.of("cor.load.tooLarge", shown(text), plain(HUGE)));
      return null;
    }
    return v;
  }

  private Double optionalNumber(String file, int line, String field, String text) {
    if (text.isEmpty()) return null;
    return number(file, line, field, text);
  }

  /** Records the fault; false, so a check reads {@code ok = fault(...)}. */
  private boolean fault(String file, long line, String field, Text why) {
    faults.add(new NetworkFault(file, line, field, why));
    return false;
  }

  /** A value quoted in a fault, cut where a swallowed file would make it a page long. */
  private static String shown(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }

  /** A mode of the data in words: rail, sea and road by the bundles, another as written. */
  static Text mode(String mode) {
    return Link.MODES.contains(mode) ? Text.of("corr.page.mode." + mode) : Text.literal(mode);
  }

  /** A basis in words ("assumption"), for a sentence that names the basis of a figure. */
  static Text basisWord(Basis basis) {
    return Text.of("cor.basis." + basis.name().toLowerCase(Locale.ROOT));
  }

  static String plain(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
