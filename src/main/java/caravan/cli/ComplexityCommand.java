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

@Command(name = "complexity", mixinStandardHelpOptions = true)
final class ComplexityCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Option(names = "--exports", defaultValue = "${env:CARAVAN_EXPORTS}")
  String exports;

  @Option(names = "--store", defaultValue = "${env:CARAVAN_COMPLEXITY_STORE:-false}")
  boolean store;

  @Option(names = "--country-column", defaultValue = "${env:CARAVAN_COUNTRY_COLUMN:-country}")
  String countryColumn;

  @Option(names = "--product-column", defaultValue = "${env:CARAVAN_PRODUCT_COLUMN:-product}")
  String productColumn;

  @Option(names = "--value-column", defaultValue = "${env:CARAVAN_VALUE_COLUMN:-value}")
  String valueColumn;

  @Option(names = "--year", defaultValue = "${env:CARAVAN_YEAR}")
  Integer year;

  @Option(names = "--method", defaultValue = "${env:CARAVAN_COMPLEXITY_METHOD:-eigenvalues}")
  String method;

  @Option(names = "--iterations", defaultValue = "${env:CARAVAN_COMPLEXITY_ITERATIONS:-20}")
  int iterations;

  @Option(names = "--rca-strict", defaultValue = "${env:CARAVAN_RCA_STRICT:-false}")
  boolean strict;

  @Option(names = "--population-sd", defaultValue = "${env:CARAVAN_POPULATION_SD:-false}")
  boolean populationSd;

  @Option(names = "--pci-by-eci", defaultValue = "${env:CARAVAN_PCI_BY_ECI:-false}")
  boolean pciByEci;

  @Option(names = "--standard-outlook", defaultValue = "${env:CARAVAN_STANDARD_OUTLOOK:-false}")
  boolean standardOutlook;

  @Option(names = "--output", defaultValue = "${env:CARAVAN_OUTPUT}")
  Path output;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_COMPLEXITY_FORMAT:-csv}")
  String format;

  @Override
  public Integer call() {
    if ((exports == null) == !store)
      throw new InvalidValueException(
          caravan.text.Text.of("cl.cx.exportsOrStore"), Map.of("field", "exports"));
    if (output == null)
      throw new InvalidValueException(
          caravan.text.Text.of("cl.cx.outputRequired"), Map.of("field", "output"));
    String shape = format.toLowerCase(Locale.ROOT);
    if (!shape.equals("csv") && !shape.equals("parquet"))
      throw new InvalidValueException(
          caravan.text.Text.of("cl.cx.format", format), Map.of("field", "format", "value", format));
    ComplexityOptions.Method m;
    try {
      m = ComplexityOptions.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.cx.method", method), Map.of("field", "method", "value", method));
    }
    if (iterations < 2)
      throw new InvalidValueException(
          caravan.text.Text.of("cl.cx.iterations", String.valueOf(iterations)),
          Map.of("field", "iterations"));
    ComplexityOptions options =
        ComplexityOptions.defaults()
            .withMethod(m)
            .withIterations(iterations)
            .withStrictCutoff(strict)
            .withSampleDeviation(!populationSd)
            .withPciByEci(pciByEci)
            .withStandardOutlook(standardOutlook);
    ExportMatrix matrix;
    Messages words = Messages.of(CliLanguage.of(root.lang));
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
                                caravan.text.Text.of("cl.cx.noBaci"), Map.of()));
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
