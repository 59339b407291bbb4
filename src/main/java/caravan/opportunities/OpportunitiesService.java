package caravan.opportunities;

import caravan.store.AnalyticsStore;
import caravan.text.NotFoundException;
import caravan.trade.HsNomenclature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What else A could sell B (issue 13 §1). With a BACI year of the pair in the trade store (a world
 * matrix with partners) it ranks products by untapped potential and gives the pair indicators;
 * without one it answers from a shipped exports-only matrix with what that can give (RCA,
 * complexity, products near A's exports by density) and names what needs the import side.
 */
public final class OpportunitiesService {
  /** The command that brings a year with an import side (README: caravan import). */
  public static final String IMPORT_COMMAND =
      "./caravan import --format baci BACI_HS17_Y2022_V202501.csv";

  private static final int RCA_SIDES = 40;

  private final Preferences preferences;
  private final PreferenceTrade preferenceTrade;
  private final PairTradeReader reader;
  private final Worlds worlds;
  // read on the first question, not at start: the web server makes this service when it starts
  private HsNomenclature names;
  private ProductSectors sectors;

  /**
   * @param preferences the kept preference lists, or null where no relational store is wired
   * @param inForce an agreement's entry into force by its registry id
   */
  public OpportunitiesService(
      AnalyticsStore store,
      Preferences preferences,
      Function<String, Optional<LocalDate>> inForce) {
    this.preferences = preferences;
    this.preferenceTrade = new PreferenceTrade(store, inForce);
    this.reader = new PairTradeReader(store);
    this.worlds = new Worlds(store);
  }

  public Opportunities answer(OpportunityQuery q) {
    synchronized (this) {
      if (names == null) {
        names = new HsNomenclature();
        sectors = new ProductSectors();
      }
    }
    OptionalInt year = reader.year(q.a(), q.b(), q.year());
    List<PreferenceLine> lines = preferences == null ? List.of() : preferences.lines();
    Answer answer =
        year.isPresent() ? withPartners(q, year.getAsInt(), lines) : exportsOnly(q, lines);
    return answer.finish(
        q,
        lines.isEmpty() ? List.of() : preferenceTrade.effects(q.a(), q.b(), lines),
        p -> name(answer.world(), p));
  }

  /** The product space of the answer's world: A's products and the opportunities, linked. */
  public ProductSpaceGraph.Graph productSpace(OpportunityQuery q, Opportunities answer) {
    Worlds.World world =
        answer.source().equals(Worlds.STORE)
            ? worlds.store(answer.year(), reader.revision(answer.year()))
            : worlds.shipped(answer.source());
    if (world.result() == null) return new ProductSpaceGraph.Graph(List.of(), List.of());
    String a = world.country(q.a());
    List<String> marked = answer.products().stream().map(Opportunity::product).toList();
    return ProductSpaceGraph.of(world.result(), a, marked, p -> name(world, p));
  }

  private Answer withPartners(OpportunityQuery q, int year, List<PreferenceLine> lines) {
    PairTrade t = reader.read(q.a(), q.b(), year);
    Worlds.World world = worlds.store(year, t.hsRevision());
    String a = world.country(q.a());
    String b = world.country(q.b());
    Double bTotal = t.worldToB();
    List<Opportunity> rows = new ArrayList<>();
    for (Map.Entry<String, Double> e : t.aExports().entrySet()) {
      String p = e.getKey();
      double bWorld = t.bImports().getOrDefault(p, 0.0);
      double aToB = t.aToB().getOrDefault(p, 0.0);
      double untapped = PairIndicators.untapped(e.getValue(), bWorld, aToB);
      if (!(untapped > 0)) continue;
      rows.add(
          new Opportunity(
              0,
              p,
              name(world, p),
              sector(world, p),
              untapped,
              e.getValue(),
              aToB,
              new Opportunity.Reasons(
                  world.rca(a, p), world.density(a, p), bWorld, bWorld > 0 ? aToB / bWorld : null),
              world.rca(b, p),
              world.pci(p),
              world.cog(a, p),
              PairIndicators.grubelLloyd(aToB, t.bToA().getOrDefault(p, 0.0)),
              covering(world, lines, p)));
    }
    rows.sort(
        Comparator.comparing(Opportunity::untapped, Comparator.reverseOrder())
            .thenComparing(Opportunity::product));
    double aToB = PairIndicators.total(t.aToB());
    double bToA = PairIndicators.total(t.bToA());
    Opportunities.Indicators indicators =
        new Opportunities.Indicators(
            PairIndicators.complementarity(t.aExports(), t.bImports()),
            PairIndicators.complementarity(t.bExports(), t.aImports()),
            PairIndicators.intensity(aToB, t.aTotal(), bTotal, t.worldTotal()),
            PairIndicators.intensity(bToA, t.bTotal(), t.worldToA(), t.worldTotal()),
            "world exports to the partner / all world exports, both from the same BACI year",
            PairIndicators.grubelLloyd(t.aToB(), t.bToA()));
    return new Answer(year, Worlds.STORE, world, t.exporters(), true, indicators, rows);
  }

  private Answer exportsOnly(OpportunityQuery q, List<PreferenceLine> lines) {
    Worlds.World world = worlds.shipped(q.matrix());
    String a = world.country(q.a());
    if (a == null) {
      throw new NotFoundException(
          caravan.text.Text.of("cl.opp.noExports", q.a(), world.id()),
          Map.of("field", "a", "value", q.a()));
    }
    String b = world.country(q.b());
    List<Opportunity> rows = new ArrayList<>();
    for (String p : world.result().products()) {
      if (world.result().m(a, p)) continue;
      rows.add(
          new Opportunity(
              0,
              p,
              name(world, p),
              sector(world, p),
              null,
              world.matrix().value(a, p),
              null,
              new Opportunity.Reasons(world.rca(a, p), world.density(a, p), null, null),
              b == null ? null : world.rca(b, p),
              world.pci(p),
              world.cog(a, p),
              null,
              covering(world, lines, p)));
    }
    // nearby first (density), then what would raise A's complexity outlook most (COG)
    rows.sort(
        Comparator.comparing((Opportunity o) -> o.reasons().density(), Comparator.reverseOrder())
            .thenComparing(o -> o.cog(), Comparator.reverseOrder())
            .thenComparing(Opportunity::product));
    return new Answer(
        world.year(),
        world.id(),
        world,
        world.result().countries().size(),
        false,
        Opportunities.Indicators.none(),
        rows);
  }

  private String name(Worlds.World world, String product) {
    return world.hsRevision() == null ? product : names.name(world.hsRevision(), product);
  }

  private String sector(Worlds.World world, String product) {
    return ProductSectors.applies(world.codes()) ? sectors.sectorOf(world.codes(), product) : null;
  }

  private static List<PreferenceLine> covering(
      Worlds.World world, List<PreferenceLine> lines, String product) {
    return world.hsRevision() == null ? List.of() : Preferences.covering(lines, product);
  }

  /** The rows and indicators before the sector, the limit and the roll-ups are applied. */
  private record Answer(
      int year,
      String source,
      Worlds.World world,
      int exporters,
      boolean importSide,
      Opportunities.Indicators indicators,
      List<Opportunity> rows) {

    Opportunities finish(
        OpportunityQuery q, List<PreferenceEffect> effects, Function<String, String> names) {
      boolean mapped = ProductSectors.applies(world.codes());
      String note =
          mapped
              ? null
              : "The sector map (data/sectors/sectors.csv) is written on HS chapters and SITC rev. 3"
                  + " groups; it does not apply to "
                  + world.classification()
                  + " codes, so no sector is given";
      List<Opportunity> chosen =
          q.sector() == null
              ? rows
              : mapped
                  ? rows.stream().filter(o -> q.sector().equals(o.sector())).toList()
                  : List.of();
      List<Opportunity> ranked = new ArrayList<>();
      for (int i = 0; i < Math.min(q.limit(), chosen.size()); i++) {
        Opportunity o = chosen.get(i);
        ranked.add(
            new Opportunity(
                i + 1,
                o.product(),
                o.name(),
                o.sector(),
                o.untapped(),
                o.aWorldExports(),
                o.aToB(),
                o.reasons(),
                o.rcaB(),
                o.pci(),
                o.cog(),
                o.grubelLloyd(),
                o.preferences()));
      }
      return new Opportunities(
          q.a(),
          q.b(),
          year,
          source,
          world.classification(),
          world.notice(),
          exporters,
          importSide,
          importSide ? List.of() : Opportunities.NEED_IMPORTS,
          importSide ? null : IMPORT_COMMAND,
          indicators,
          q.sector(),
          note,
          List.copyOf(ranked),
          chosen.size(),
          mapped ? rollups(rows) : List.of(),
          rcaSides(q, names),
          effects);
    }

    private List<SectorRollup> rollups(List<Opportunity> all) {
      Map<String, List<Opportunity>> bySector = new LinkedHashMap<>();
      for (String s : SectorNames.known()) bySector.put(s, new ArrayList<>());
      for (Opportunity o : all) bySector.computeIfAbsent(o.sector(), k -> new ArrayList<>()).add(o);
      List<SectorRollup> out = new ArrayList<>();
      bySector.forEach(
          (sector, list) -> {
            double exports = list.stream().mapToDouble(Opportunity::aWorldExports).sum();
            Double untapped =
                importSide ? list.stream().mapToDouble(Opportunity::untapped).sum() : null;
            var densities =
                list.stream()
                    .map(o -> o.reasons().density())
                    .filter(d -> d != null)
                    .mapToDouble(Double::doubleValue)
                    .average();
            out.add(
                new SectorRollup(
                    sector,
                    list.size(),
                    untapped,
                    exports,
                    densities.isPresent() ? densities.getAsDouble() : null));
          });
      return out;
    }

    private List<Opportunities.RcaPair> rcaSides(
        OpportunityQuery q, Function<String, String> names) {
      if (world.result() == null) return List.of();
      String a = world.country(q.a());
      String b = world.country(q.b());
      if (a == null && b == null) return List.of();
      List<Opportunities.RcaPair> out = new ArrayList<>();
      for (String p : world.result().products()) {
        double ra = a == null ? 0 : world.result().rca(a, p);
        double rb = b == null ? 0 : world.result().rca(b, p);
        if (ra >= 1 || rb >= 1) out.add(new Opportunities.RcaPair(p, names.apply(p), ra, rb));
      }
      out.sort(
          Comparator.comparingDouble((Opportunities.RcaPair r) -> -Math.max(r.rcaA(), r.rcaB()))
              .thenComparing(Opportunities.RcaPair::product));
      return List.copyOf(out.subList(0, Math.min(RCA_SIDES, out.size())));
    }
  }
}
