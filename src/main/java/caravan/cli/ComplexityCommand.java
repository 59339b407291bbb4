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
import picocli.CommandLine.ArgGroup;
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

  static final class Source {
    @Option(
        names = "--exports",
        description =
            "A CSV of country,product,value, or a shipped matrix: sitc (SITC rev.2 1998-2000,"
                + " Apache-2.0) or hs4-2017 (HS4 2017, research and non-commercial use only).")
    String exports;

    @Option(names = "--store", description = "World exports of a BACI year of the trade store.")
    boolean store;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--country-column",
      defaultValue = "country",
      description = "Default ${DEFAULT-VALUE}.")
  String countryColumn;

  @Option(
      names = "--product-column",
      defaultValue = "product",
      description = "Default ${DEFAULT-VALUE}.")
  String productColumn;

  @Option(
      names = "--value-column",
      defaultValue = "value",
      description = "Default ${DEFAULT-VALUE}.")
  String valueColumn;

  @Option(names = "--year", description = "With --store: the year (default: the latest BACI year).")
  Integer year;

  @Option(
      names = "--method",
      defaultValue = "eigenvalues",
      description = "eigenvalues | reflections | fitness (default ${DEFAULT-VALUE}).")
  String method;

  @Option(
      names = "--iterations",
      defaultValue = "20",
      description = "Steps of reflections and fitness (default ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--rca-strict", description = "M = 1 when RCA > 1 (Stata), not RCA >= 1.")
  boolean strict;

  @Option(names = "--population-sd", description = "z-scores with the population SD (n), not n-1.")
  boolean populationSd;

  @Option(
      names = "--pci-by-eci",
      description = "Normalise PCI by ECI's mean and SD (py-ecomplexity, Stata), not its own.")
  boolean pciByEci;

  @Option(
      names = "--standard-outlook",
      description = "COI as z-scores and COG divided by the SD of raw ECI (py-ecomplexity, Stata).")
  boolean standardOutlook;

  @Option(names = "--output", required = true, description = "The folder to write.")
  Path output;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv | parquet (default ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
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
    if (source.store) {
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
      var shipped = ExportsCsv.Shipped.named(source.exports);
      if (shipped.isPresent()) {
        if (shipped.get().nonCommercial) System.err.println(words.get("cx.notice.nonCommercial"));
        Path given = Path.of(source.exports);
        // the shipped file by its path (a copy of data/) is read with its own header names
        matrix =
            shipped.get().isWord(source.exports) || !java.nio.file.Files.isRegularFile(given)
                ? shipped.get().read()
                : ExportsCsv.read(given, shipped.get().columns);
      } else {
        matrix =
            ExportsCsv.read(
                Path.of(source.exports),
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
