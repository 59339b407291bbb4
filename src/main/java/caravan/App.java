package caravan;

import caravan.access.AccessService;
import caravan.cli.CaravanCommand;
import caravan.figures.FiguresService;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryService;
import caravan.registry.TargetFigures;
import caravan.store.AnalyticsStore;
import caravan.store.Backup;
import caravan.store.RelationalStore;
import caravan.store.SearchIndex;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.ShippedData;
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
import java.util.Map;

/**
 * The one place Caravan is wired: stores, then features, then doors, by plain constructors. The
 * first start fills the data directory from the shipped default data set, without a network.
 */
public final class App implements AutoCloseable {
  /** Where the data lives; {@code db} null means the embedded H2 file in the data directory. */
  public record Config(Path dataDir, String db, String dbUser, String dbPassword) {}

  static final String SHIPPED_FLOWS =
      "world_trade/baci_hs92_2021_V202301_sample_AFG_ZAF_exports.csv";

  private final Countries countries;
  private final RelationalStore relational;
  private final AnalyticsStore analytics;
  private final FiguresService figures;
  private final RegistryService registry;
  private final SearchIndex search;
  private final AccessService access;
  private final ImportService imports;
  private final ProfileService profiles;
  private final RegistryExports exports;
  private final Config config;

  private App(Config config) {
    this.config = config;
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new CaravanException(
          "Cannot create the data directory " + config.dataDir() + ": " + e.getMessage(),
          Map.of("field", "data-dir", "value", config.dataDir().toString()));
    }
    countries = Countries.shipped();
    relational =
        config.db() == null || config.db().isBlank()
            ? RelationalStore.h2File(config.dataDir())
            : RelationalStore.open(config.db(), config.dbUser(), config.dbPassword());
    analytics = AnalyticsStore.file(config.dataDir());
    figures = new FiguresService(relational.jdbi());
    // The index is rebuilt from the store at every start (a few hundred records: milliseconds), so
    // it lives in memory and never disagrees with the store or locks the data directory.
    search = SearchIndex.inMemory();
    registry =
        new RegistryService(
            relational.jdbi(), countries, Clock.systemUTC(), search, new TargetFigures(figures));
    access = new AccessService(relational.jdbi(), Clock.systemUTC());
    imports = new ImportService(analytics, countries);
    profiles = new ProfileService(analytics, countries, figures);
    exports =
        new RegistryExports(
            registry,
            relational.jdbi(),
            countries,
            new WorldDemand(analytics, countries),
            Clock.systemUTC());
  }

  /** Opens the stores and loads the shipped defaults where they are not loaded yet. */
  public static App open(Config config) {
    App app = new App(config);
    try {
      app.figures.loadShipped();
      app.registry.loadShipped();
      app.registry.loadStatedTargets(app.figures, app.registry.homePair());
      app.imports.ensureSchema();
      app.loadShippedFlows(config.dataDir());
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    return app;
  }

  /**
   * The shipped BACI sample, imported once; the import is idempotent, so a rerun changes nothing.
   */
  private void loadShippedFlows(Path dataDir) {
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
          "Cannot prepare the shipped trade flows in " + dataDir + ": " + e.getMessage());
    }
  }

  public WebServer web() {
    return new WebServer(profiles, figures, countries, access, registry, exports);
  }

  public Countries countries() {
    return countries;
  }

  public FiguresService figures() {
    return figures;
  }

  public RegistryService registry() {
    return registry;
  }

  public AccessService access() {
    return access;
  }

  public RegistryExports exports() {
    return exports;
  }

  public ImportService imports() {
    return imports;
  }

  public ProfileService profiles() {
    return profiles;
  }

  /** Copies both stores into {@code dir} while they are in use (see store.Backup). */
  public Backup.Report backup(Path dir) {
    return Backup.write(
        relational,
        analytics,
        config.dataDir(),
        dir,
        new Backup.Login(config.db(), config.dbUser(), config.dbPassword()));
  }

  public AnalyticsStore analytics() {
    return analytics;
  }

  @Override
  public void close() {
    registry.awaitIndexing();
    analytics.close();
    relational.close();
    search.close();
  }

  public static void main(String[] args) {
    System.exit(CaravanCommand.run(args));
  }
}
