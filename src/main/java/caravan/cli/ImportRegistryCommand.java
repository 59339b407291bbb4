package caravan.cli;

import caravan.registry.RegistryException;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryRecord;
import caravan.registry.ValidationException;
import caravan.text.CaravanException;
import caravan.text.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-registry", mixinStandardHelpOptions = true)
final class ImportRegistryCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_IMPORT_FORMAT:-json}")
  String format;

  @Option(names = "--entity", defaultValue = "${env:CARAVAN_IMPORT_ENTITY}")
  String entity;

  @Option(names = "--user", defaultValue = "${env:CARAVAN_USER:-import}")
  String user;

  @Override
  public Integer call() {
    String f = format.toLowerCase(Locale.ROOT);
    // misuse is told before the store is opened, and with exit code 2
    if (!f.equals("json") && !f.equals("csv")) {
      throw new InvalidValueException(
          "--format must be json or csv, got '" + format + "'",
          Map.of("field", "format", "value", format));
    }
    if (f.equals("csv")) RegistryExports.entity(entityName());
    if (!Files.isRegularFile(file)) {
      throw new CaravanException(
          "Cannot read " + file + ": no such file", Map.of("field", "file", "value", file));
    }
    int n;
    try {
      n = importFile(f);
    } catch (ValidationException e) {
      // one file:line: field: reason a line; a problem found after reading (an id, a link) names
      // the record, and the file before it
      String name = file.toString();
      java.util.List<String> lines =
          e.problems().stream().map(p -> p.startsWith(name + ":") ? p : name + ": " + p).toList();
      int shown = Math.min(lines.size(), 50);
      throw new RegistryException(
          name
              + ": nothing imported, "
              + lines.size()
              + " problem(s):\n"
              + String.join("\n", lines.subList(0, shown))
              + (shown < lines.size() ? "\n… and " + (lines.size() - shown) + " more" : ""),
          e.details(),
          e);
    } catch (RegistryException e) {
      // the problems name places inside the file; the line names the file itself
      throw new RegistryException(file + ": " + e.getMessage(), e.details(), e);
    }
    System.out.printf("%s: %d registry records imported%n", file, n);
    return 0;
  }

  private int importFile(String f) {
    return ExportCommand.withExports(
        root,
        exports -> {
          try {
            return switch (f) {
              case "json" -> {
                try (InputStream in = Files.newInputStream(file)) {
                  yield exports.importJson(in, file.toString(), user);
                }
              }
              case "csv" -> {
                Class<? extends RegistryRecord> type = RegistryExports.entity(entityName());
                try (InputStream in = Files.newInputStream(file)) {
                  yield exports.importCsv(type, in, file.toString(), user);
                }
              }
              default ->
                  throw new CaravanException(
                      "--format must be json or csv, got '" + format + "'",
                      Map.of("field", "format", "value", format));
            };
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
          }
        });
  }

  private String entityName() {
    if (entity != null && !entity.isBlank()) return entity;
    return file.getFileName().toString().replaceFirst("\\.csv$", "");
  }
}
