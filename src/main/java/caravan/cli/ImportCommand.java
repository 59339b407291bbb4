package caravan.cli;

import caravan.App;
import caravan.trade.ImportFormat;
import caravan.trade.ImportOptions;
import caravan.trade.ImportReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Option(names = "--format", required = true, defaultValue = "${env:CARAVAN_IMPORT_FORMAT}")
  String format;

  @Option(names = "--max-rejected", defaultValue = "${env:CARAVAN_MAX_REJECTED:-0}")
  double maxRejected;

  @Option(names = "--hs-revision", defaultValue = "${env:CARAVAN_HS_REVISION}")
  String hsRevision;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "FILE")
  List<Path> files;

  @Override
  public Integer call() {
    ImportOptions options = new ImportOptions(ImportFormat.parse(format), maxRejected, hsRevision);
    caravan.text.Messages words = caravan.text.Messages.of(CliLanguage.of(root.lang));
    try (App app = root.open()) {
      for (Path file : files) {
        Progress bar = new Progress(file.getFileName().toString(), size(file));
        ImportReport r = app.imports().importFile(file, options, bar::update);
        bar.done();
        r.rejections(words.lang()).forEach(System.err::println);
        System.out.println(
            words.get(
                r.alreadyImported() ? "trd.cli.importedBefore" : "trd.cli.imported",
                file.toString(),
                String.valueOf(r.rowsRead()),
                String.valueOf(r.rowsKept()),
                String.valueOf(r.rowsRejected()),
                String.format(java.util.Locale.ROOT, "%.1f", r.seconds())));
      }
    }
    return 0;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
