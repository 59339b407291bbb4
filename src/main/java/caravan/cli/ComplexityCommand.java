package caravan.cli;

import caravan.App;
import caravan.opportunities.Complexity;
import caravan.opportunities.ComplexityFiles;
import caravan.opportunities.ComplexityOptions;
import caravan.opportunities.ComplexityResult;
import caravan.opportunities.ExportMatrix;
import caravan.opportunities.ExportsCsv;
import caravan.opportunities.StoreExports;
import caravan.text.InvalidValueException;
import caravan.text.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "complexity",
    mixinStandardHelpOptions = true,
    description =
        "Economic complexity of a world export matrix: RCA, ECI/PCI, proximity, density, COI and"
            + " COG, written as tables into a folder (all or nothing).")
final class ComplexityCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Option(
      names = "--exports",
      defaultValue = "${env:CARAVAN_EXPORTS}",
      description =
          "A CSV of country,product,value, or a shipped world matrix: sitc (SITC rev.2 1998-2000,"
              + " Apache-2.0) or hs4-2017 (HS4 2017, research and non-commercial use only) (env"
              + " CARAVAN_EXPORTS).")
  String exports;

  @Option(
      names = "--store",
      defaultValue = "${env:CARAVAN_COMPLEXITY_STORE:-false}",
      description =
          "World exports of a BACI year of the trade store instead of --exports (env"
              + " CARAVAN_COMPLEXITY_STORE).")
  boolean store;

  @Option(
      names = "--country-column",
      defaultValue = "${env:CARAVAN_COUNTRY_COLUMN:-country}",
      description =
          "Header of the country codes (env CARAVAN_COUNTRY_COLUMN; default ${DEFAULT-VALUE}).")
  String countryColumn;

  @Option(
      names = "--product-column",
      defaultValue = "${env:CARAVAN_PRODUCT_COLUMN:-product}",
      description =
          "Header of the product codes (env CARAVAN_PRODUCT_COLUMN; default ${DEFAULT-VALUE}).")
  String productColumn;

  @Option(
      names = "--value-column",
      defaultValue = "${env:CARAVAN_VALUE_COLUMN:-value}",
      description =
          "Header of the export values (env CARAVAN_VALUE_COLUMN; default ${DEFAULT-VALUE}).")
  String valueColumn;

  @Option(
      names = "--year",
      defaultValue = "${env:CARAVAN_YEAR}",
      description = "With --store: the year (env CARAVAN_YEAR; default: the latest BACI year).")
  Integer year;

  @Option(
      names = "--method",
      defaultValue = "${env:CARAVAN_COMPLEXITY_METHOD:-eigenvalues}",
      description =
          "eigenvalues | reflections | fitness (env CARAVAN_COMPLEXITY_METHOD; default ${DEFAULT-VALUE}).")
  String method;

  @Option(
      names = "--iterations",
      defaultValue = "${env:CARAVAN_COMPLEXITY_ITERATIONS:-20}",
      description =
          "Steps of reflections and fitness (env CARAVAN_COMPLEXITY_ITERATIONS; default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--rca-strict",
      defaultValue = "${env:CARAVAN_RCA_STRICT:-false}",
      description = "M = 1 when RCA > 1 (Stata), not RCA >= 1 (env CARAVAN_RCA_STRICT).")
  boolean strict;

  @Option(
      names = "--population-sd",
      defaultValue = "${env:CARAVAN_POPULATION_SD:-false}",
      description =
          "z-scores with the population SD (n, py-ecomplexity), not n-1 (env CARAVAN_POPULATION_SD).")
  boolean populationSd;

  @Option(
      names = "--pci-by-eci",
      defaultValue = "${env:CARAVAN_PCI_BY_ECI:-false}",
      description =
          "Normalise PCI by ECI's mean and SD (py-ecomplexity, Stata), not its own (env CARAVAN_PCI_BY_ECI).")
  boolean pciByEci;

  @Option(
      names = "--standard-outlook",
      defaultValue = "${env:CARAVAN_STANDARD_OUTLOOK:-false}",
      description =
          "COI as z-scores and COG divided by the SD of raw ECI (py-ecomplexity, Stata) (env"
              + " CARAVAN_STANDARD_OUTLOOK).")
  boolean standardOutlook;

  @Option(
      names = "--output",
      defaultValue = "${env:CARAVAN_OUTPUT}",
      description =
          "The folder to write; replaced whole, or left as it was on a failure (env CARAVAN_OUTPUT).")
  Path output;

  @Option(
      names = "--format",
      defaultValue = "${env:CARAVAN_COMPLEXITY_FORMAT:-csv}",
      description = "csv | parquet (env CARAVAN_COMPLEXITY_FORMAT; default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if ((exports == null) == !store)
      throw new InvalidValueException(
          "Give either --exports FILE (or sitc, hs4-2017) or --store", Map.of("field", "exports"));
    if (output == null)
      throw new InvalidValueException("--output DIR is required", Map.of("field", "output"));
    String shape = format.toLowerCase(Locale.ROOT);
    if (!shape.equals("csv") && !shape.equals("parquet"))
      throw new InvalidValueException(
          "--format must be csv or parquet, got '" + format + "'",
          Map.of("field", "format", "value", format));
    ComplexityOptions.Method m;
    try {
      m = ComplexityOptions.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "--method must be eigenvalues, reflections or fitness, got '" + method + "'",
          Map.of("field", "method", "value", method));
    }
    if (iterations < 2)
      throw new InvalidValueException(
          "--iterations must be at least 2, got " + iterations, Map.of("field", "iterations"));
    ComplexityOptions options =
        ComplexityOptions.defaults()
            .withMethod(m)
            .withIterations(iterations)
            .withStrictCutoff(strict)
            .withSampleDeviation(!populationSd)
            .withPciByEci(pciByEci)
            .withStandardOutlook(standardOutlook);
    ExportMatrix matrix;
    Messages words = Messages.of("en");
    if (store) {
      try (App app = root.open()) {
        StoreExports store = new StoreExports(app.analytics());
        int y =
            year != null
                ? year
                : store
                    .latestYear()
                    .orElseThrow(
                        () ->
                            new caravan.text.CaravanException(
                                "The trade store has no BACI flows: import a BACI year with caravan"
                                    + " import, or give --exports FILE"));
        matrix = store.year(y);
      }
    } else {
      var shipped = ExportsCsv.Shipped.named(exports);
      if (shipped.isPresent()) {
        if (shipped.get().nonCommercial) System.err.println(words.get("cx.notice.nonCommercial"));
        Path given = Path.of(exports);
        // the shipped file by its path (a copy of data/) is read with its own header names
        matrix =
            shipped.get().isWord(exports) || !java.nio.file.Files.isRegularFile(given)
                ? shipped.get().read()
                : ExportsCsv.read(given, shipped.get().columns);
      } else {
        matrix =
            ExportsCsv.read(
                Path.of(exports),
                new ExportsCsv.Columns(countryColumn, productColumn, valueColumn));
      }
    }
    ComplexityResult r = Complexity.compute(matrix, options);
    ComplexityFiles.write(r, output, shape);
    System.out.println(
        words.get(
            "cx.written",
            r.countries().size(),
            r.products().size(),
            output.toString(),
            String.join(", ", ComplexityFiles.tables(r))));
    for (var d : r.dropped())
      System.out.println(words.get("cx.dropped", d.code(), words.get(d.reason().key())));
    return 0;
  }
}
