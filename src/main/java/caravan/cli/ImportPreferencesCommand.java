package caravan.cli;

import caravan.App;
import caravan.opportunities.Preferences;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-preferences", mixinStandardHelpOptions = true)
final class ImportPreferencesCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Override
  public Integer call() {
    try (App app = root.open()) {
      Preferences.Imported done = app.preferences().importFile(file);
      System.out.println(
          "Imported "
              + done.lines()
              + " preference line(s) of "
              + String.join(", ", done.agreements())
              + " from "
              + file);
    }
    return 0;
  }
}
