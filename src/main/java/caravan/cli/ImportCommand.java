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
    try (App app = root.open()) {
      for (Path file : files) {
        Progress bar = new Progress(file.getFileName().toString(), size(file));
        ImportReport r = app.imports().importFile(file, options, bar::update);
        bar.done();
        r.rejections().forEach(System.err::println);
        System.out.printf(
            "%s: %d rows read, %d kept, %d rejected, %.1f s%s%n",
            file,
            r.rowsRead(),
            r.rowsKept(),
            r.rowsRejected(),
            r.seconds(),
            r.alreadyImported() ? " (already imported: nothing changed)" : "");
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
