package caravan.cli;

import caravan.registry.RegistryException;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryRecord;
import caravan.registry.ValidationException;
import caravan.text.CaravanException;
import caravan.text.InvalidValueException;
import caravan.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
          Text.of("reg.cli.format", format), Map.of("field", "format", "value", format));
    }
    if (f.equals("csv")) RegistryExports.entity(entityName());
    if (!Files.isRegularFile(file)) {
      throw new CaravanException(
          Text.of("reg.cli.noFile", file.toString()), Map.of("field", "file", "value", file));
    }
    int n;
    try {
      n = importFile(f);
    } catch (ValidationException e) {
      // one file:line: field: reason a line; a problem found after reading (an id, a link) names
      // the record, and the file before it
      String name = file.toString();
      List<Text> lines =
          e.problemTexts().stream()
              .map(p -> p.english().startsWith(name + ":") ? p : Text.of("lang.jr.field", name, p))
              .toList();
      throw new RegistryException(refusal(name, lines), e.details(), e);
    } catch (RegistryException e) {
      // the problems name places inside the file; the line names the file itself
      throw new RegistryException(
          Text.of("lang.jr.field", file.toString(), e.text()), e.details(), e);
    }
    System.out.println(
        Text.of("reg.cli.imported", file.toString(), String.valueOf(n))
            .in(CliLanguage.of(root.lang)));
    return 0;
  }

  /**
   * {@code FILE: nothing imported, N problem(s):} and the first 50 problems, one a line, in any
   * language; shared with import-heritage.
   */
  static Text refusal(String name, List<Text> lines) {
    int shown = Math.min(lines.size(), 50);
    Text all = Text.of("reg.cli.refused", name, String.valueOf(lines.size()));
    for (Text line : lines.subList(0, shown)) all = Text.of("reg.cli.nl", all, line);
    if (shown < lines.size()) {
      all =
          Text.of("reg.cli.nl", all, Text.of("reg.cli.more", String.valueOf(lines.size() - shown)));
    }
    return all;
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
                      Text.of("reg.cli.format", format),
                      Map.of("field", "format", "value", format));
            };
          } catch (IOException e) {
            throw new CaravanException(
                Text.of("reg.cli.cannotRead", file.toString(), String.valueOf(e.getMessage())),
                Map.of("field", "file", "value", file),
                e);
          }
        });
  }

  private String entityName() {
    if (entity != null && !entity.isBlank()) return entity;
    return file.getFileName().toString().replaceFirst("\\.csv$", "");
  }
}
