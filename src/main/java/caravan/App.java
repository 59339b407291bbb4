package caravan;

import caravan.access.AccessService;
import caravan.cli.CaravanCommand;
import caravan.corridor.CorridorService;
import caravan.figures.FiguresService;
import caravan.heritage.HeritageCatalogue;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryService;
import caravan.registry.TargetFigures;
import caravan.store.AnalyticsStore;
import caravan.store.Backup;
import caravan.store.DataVersion;
import caravan.store.RelationalStore;
import caravan.store.SearchIndex;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.ShippedData;
import caravan.text.StartTrace;
import caravan.trade.ImportFormat;
import caravan.trade.ImportOptions;
import caravan.trade.ImportService;
import caravan.trade.ProfileService;
import caravan.trade.WorldDemand;
import caravan.web.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place Caravan is wired: stores, then features, then doors, by plain constructors. Each
 * part is made on its first use, with the shipped defaults it needs, so a command pays only for
 * what it uses ({@code profile} opens no search index, {@code user} no trade store). The first
 * start fills the data directory from the shipped default data set, without a network.
 */
public final class App implements AutoCloseable {
  /** Where the data lives; {@code db} null means the embedded H2 file in the data directory. */
  public record Config(Path dataDir, String db, String dbUser, String dbPassword) {}

  static final String SHIPPED_FLOWS =
      "world_trade/baci_hs92_2021_V202301_sample_AFG_ZAF_exports.csv";

  private final Config config;
  // what was opened, closed in the reverse order
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  private final Part<Countries> countries = new Part<>(Countries::shipped);
  private final Part<RelationalStore> relational = new Part<>(this::openRelational);
  private final Part<AnalyticsStore> analytics = new Part<>(this::openAnalytics);
  private final Part<FiguresService> figures = new Part<>(this::makeFigures);
  // The index is rebuilt from the store at every start (a few hundred records: milliseconds), so
  // it lives in memory and never disagrees with the store or locks the data directory.
  private final Part<SearchIndex> search = new Part<>(this::makeSearch);
  private final Part<RegistryService> registry = new Part<>(this::makeRegistry);
  private final Part<AccessService> access =
      new Part<>(() -> new AccessService(relational().jdbi(), Clock.systemUTC()));
  private final Part<ImportService> imports = new Part<>(this::makeImports);
  private final Part<ProfileService> profiles =
      new Part<>(() -> new ProfileService(analytics(), countries(), figures()));
  private final Part<RegistryExports> exports = new Part<>(this::makeExports);
  // the network is files (shipped, or the user's in the data directory): it opens no store
  private final Part<CorridorService> corridor = new Part<>(this::makeCorridor);
  private final Part<caravan.briefing.Briefing> briefing = new Part<>(this::makeBriefing);
  private final Part<HeritageCatalogue> heritage =
      new Part<>(() -> new HeritageCatalogue(registry()));
  // issue 13: agreements' preference lists, their agreements named by the registry
  private final Part<caravan.opportunities.Preferences> preferences =
      new Part<>(
          () ->
              new caravan.opportunities.Preferences(
                  relational().jdbi(), AppAgreements.known(this)));
  private final Part<caravan.opportunities.OpportunitiesService> opportunities =
      new Part<>(
          () ->
              new caravan.opportunities.OpportunitiesService(
                  analytics(), preferences(), AppAgreements.inForce(this)));

  private App(Config config) {
    this.config = config;
  }

  /** An app over the data directory; its stores open, and shipped defaults load, on first use. */
  public static App open(Config config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of(
              "cl.err.cannotCreateDataDir",
              config.dataDir().toString(),
              String.valueOf(e.getMessage())),
          Map.of("field", "data-dir", "value", config.dataDir().toString()));
    }
    return new App(config);
  }

  private RelationalStore openRelational() {
    RelationalStore store =
        config.db() == null || config.db().isBlank()
            ? RelationalStore.h2File(config.dataDir())
            : RelationalStore.open(config.db(), config.dbUser(), config.dbPassword());
    opened.push(store);
    StartTrace.mark("relational store");
    return store;
  }

  private AnalyticsStore openAnalytics() {
    AnalyticsStore store = AnalyticsStore.file(config.dataDir());
    opened.push(store);
    StartTrace.mark("analytics store");
    return store;
  }

  private FiguresService makeFigures() {
    FiguresService f = new FiguresService(relational().jdbi());
    f.loadShipped();
    StartTrace.mark("shipped figures");
    return f;
  }

  private SearchIndex makeSearch() {
    SearchIndex index = SearchIndex.inMemory();
    opened.push(index);
    StartTrace.mark("search index");
    return index;
  }

  private RegistryService makeRegistry() {
    RegistryService r =
        new RegistryService(
            relational().jdbi(),
            countries(),
            Clock.systemUTC(),
            search.get(),
            new TargetFigures(figures()));
    // an index build under way reads the stores: it ends before they close
    opened.push(r::awaitIndexing);
    r.loadShipped();
    r.loadStatedTargets(figures(), r.homePair());
    StartTrace.mark("shipped registry");
    return r;
  }

  private ImportService makeImports() {
    AnalyticsStore store = analytics.get();
    Countries known = countries();
    StartTrace.mark("countries");
    ImportService i = new ImportService(store, known);
    i.ensureSchema();
    StartTrace.mark("trade schema");
    loadShippedFlows(i);
    return i;
  }

  private RegistryExports makeExports() {
    return new RegistryExports(
        registry(),
        relational().jdbi(),
        countries(),
        new WorldDemand(analytics(), countries()),
        Clock.systemUTC());
  }

  private CorridorService makeCorridor() {
    return new CorridorService(config.dataDir(), new caravan.corridor.NetworkPlanner());
  }

  /**
   * The briefing note's sections, in the note's order: a feature that lands later adds its own
   * {@code BriefingSection} to this list.
   */
  private caravan.briefing.Briefing makeBriefing() {
    java.util.List<caravan.briefing.BriefingSection> sections =
        new java.util.ArrayList<>(
            caravan.briefing.Briefing.standard(profiles(), figures(), registry(), corridor()));
    sections.add(new caravan.heritage.HeritageBriefing(heritage()));
    sections.add(new caravan.opportunities.OpportunitiesBriefing(opportunities()));
    return new caravan.briefing.Briefing(countries(), sections, Clock.systemUTC());
  }

  /**
   * The shipped BACI sample, imported once; the import is idempotent, so a rerun changes nothing.
   */
  private void loadShippedFlows(ImportService imports) {
    Path dataDir = config.dataDir();
    Path marker = dataDir.resolve("shipped-flows.done");
    if (Files.exists(marker)) return;
    try {
      Path copy = dataDir.resolve("shipped").resolve(Path.of(SHIPPED_FLOWS).getFileName());
      Files.createDirectories(copy.getParent());
      try (InputStream in = ShippedData.open(SHIPPED_FLOWS)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      imports.importFile(copy, new ImportOptions(ImportFormat.BACI, 0.0, null), null);
      Files.writeString(marker, SHIPPED_FLOWS + "\n");
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of(
              "cl.app.shippedFlows", String.valueOf(dataDir), String.valueOf(e.getMessage())),
          Map.of());
    }
  }

  public WebServer web() {
    DataVersion version = new DataVersion(relational().jdbi());
    AnalyticsStore trade = analytics();
    return new WebServer(profiles(), figures(), countries(), access(), registry(), exports())
        .cachedBy(() -> version.current() + "." + trade.generation())
        .withCorridor(corridor())
        .withClaims(
            new caravan.claims.ClaimCheck(
                figures(), profiles(), countries(), java.time.Clock.systemUTC(), corridor()))
        .withBriefing(briefing())
        .withPublishing(publishedItems())
        .withOpportunities(opportunities())
        .withHeritage(heritage());
  }

  /** The heritage catalogue as IIIF, Dublin Core and OAI-PMH read it. */
  public caravan.heritage.PublishedItems publishedItems() {
    return new caravan.heritage.PublishedItems(registry(), relational().jdbi(), config.dataDir());
  }

  public Countries countries() {
    return countries.get();
  }

  private RelationalStore relational() {
    return relational.get();
  }

  public FiguresService figures() {
    return figures.get();
  }

  public RegistryService registry() {
    return registry.get();
  }

  public AccessService access() {
    return access.get();
  }

  public RegistryExports exports() {
    return exports.get();
  }

  public CorridorService corridor() {
    return corridor.get();
  }

  public caravan.briefing.Briefing briefing() {
    return briefing.get();
  }

  /** The heritage catalogue, over the registry's store. */
  public HeritageCatalogue heritage() {
    return heritage.get();
  }

  /** The data directory (image files of heritage items live under heritage/images). */
  public Path dataDir() {
    return config.dataDir();
  }

  public ImportService imports() {
    return imports.get();
  }

  public caravan.opportunities.OpportunitiesService opportunities() {
    return opportunities.get();
  }

  public caravan.opportunities.Preferences preferences() {
    return preferences.get();
  }

  public ProfileService profiles() {
    return profiles.get();
  }

  /** Copies both stores into {@code dir} while they are in use (see store.Backup). */
  public Backup.Report backup(Path dir) {
    return Backup.write(
        relational(),
        analytics(),
        config.dataDir(),
        dir,
        new Backup.Login(config.db(), config.dbUser(), config.dbPassword()));
  }

  /** The trade store, its tables made and the shipped flows in it. */
  public AnalyticsStore analytics() {
    imports();
    return analytics.get();
  }

  @Override
  public synchronized void close() {
    RuntimeException failed = null;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        if (failed == null) {
          failed =
              new CaravanException(caravan.text.Text.of("cl.app.close", e.toString()), Map.of());
        }
      }
    }
    if (failed != null) throw failed;
  }

  /**
   * One part of the app, made once on first use. Made under the app's lock: parts use each other
   * while being made, and the web server asks for them from many threads.
   */
  private final class Part<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T made;

    Part(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      synchronized (App.this) {
        if (made == null) made = make.get();
        return made;
      }
    }
  }

  public static void main(String[] args) {
    System.exit(CaravanCommand.run(args));
  }
}
