package caravan.cli;

import caravan.App;
import caravan.text.InvalidValueException;
import caravan.trade.ComtradeClient;
import caravan.trade.ImportFormat;
import caravan.trade.ImportOptions;
import caravan.trade.ImportReport;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "fetch", mixinStandardHelpOptions = true)
final class FetchCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "SOURCE", descriptionKey = "SOURCE")
  String source;

  @Option(names = "--reporter", required = true, defaultValue = "${env:CARAVAN_REPORTER}")
  String reporter;

  @Option(names = "--partner", required = true, defaultValue = "${env:CARAVAN_PARTNER}")
  String partner;

  @Option(names = "--years", required = true, defaultValue = "${env:CARAVAN_YEARS}")
  String years;

  @Option(
      names = "--comtrade-url",
      defaultValue = "${env:CARAVAN_COMTRADE_URL:-https://comtradeapi.un.org}")
  URI baseUrl;

  @Option(names = "--comtrade-key", defaultValue = "${env:COMTRADE_KEY}")
  String key;

  @Override
  public Integer call() {
    if (!"comtrade".equalsIgnoreCase(source)) {
      throw new InvalidValueException(
          caravan.text.Text.of("trd.cli.source", source),
          Map.of("field", "source", "value", source));
    }
    String[] span = years.split("-");
    int from;
    int to;
    try {
      from = Integer.parseInt(span[0].trim());
      to = Integer.parseInt(span[span.length - 1].trim());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          caravan.text.Text.of("trd.cli.years", years), Map.of("field", "years", "value", years));
    }
    try (App app = root.open()) {
      Path dir = root.dataDir.resolve("downloads");
      Path file =
          new ComtradeClient(baseUrl, key, app.countries()).fetch(reporter, partner, from, to, dir);
      ImportReport r =
          app.imports().importFile(file, new ImportOptions(ImportFormat.COMTRADE, 0.0, null), null);
      System.out.println(
          caravan.text.Messages.of(CliLanguage.of(root.lang))
              .get(
                  "trd.cli.imported",
                  file.toString(),
                  String.valueOf(r.rowsRead()),
                  String.valueOf(r.rowsKept()),
                  String.valueOf(r.rowsRejected()),
                  String.format(java.util.Locale.ROOT, "%.1f", r.seconds())));
    }
    return 0;
  }
}
