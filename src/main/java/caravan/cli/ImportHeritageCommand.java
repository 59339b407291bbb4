package caravan.cli;

import caravan.App;
import caravan.registry.RegistryException;
import caravan.registry.ValidationException;
import caravan.text.CaravanException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-heritage", mixinStandardHelpOptions = true)
final class ImportHeritageCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Option(names = "--user", defaultValue = "${env:CARAVAN_USER:-import}")
  String user;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new CaravanException(
          "Cannot read " + file + ": no such file", Map.of("field", "file", "value", file));
    }
    int n;
    try (App app = root.open()) {
      n = app.heritage().importFile(file, app.dataDir(), user);
    } catch (ValidationException e) {
      List<String> lines = e.problems();
      int shown = Math.min(lines.size(), 50);
      throw new RegistryException(
          file
              + ": nothing imported, "
              + lines.size()
              + " problem(s):\n"
              + String.join("\n", lines.subList(0, shown))
              + (shown < lines.size() ? "\n… and " + (lines.size() - shown) + " more" : ""),
          e.details(),
          e);
    }
    System.out.printf("%s: %d heritage items imported%n", file, n);
    return 0;
  }
}
