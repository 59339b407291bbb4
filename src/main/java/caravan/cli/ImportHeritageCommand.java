package caravan.cli;

import caravan.App;
import caravan.registry.RegistryException;
import caravan.registry.ValidationException;
import caravan.text.CaravanException;
import caravan.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
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
          Text.of("reg.cli.noFile", file.toString()), Map.of("field", "file", "value", file));
    }
    int n;
    try (App app = root.open()) {
      n = app.heritage().importFile(file, app.dataDir(), user);
    } catch (ValidationException e) {
      throw new RegistryException(
          ImportRegistryCommand.refusal(file.toString(), e.problemTexts()), e.details(), e);
    }
    System.out.println(
        Text.of("her.cli.imported", file.toString(), String.valueOf(n))
            .in(CliLanguage.of(root.lang)));
    return 0;
  }
}
