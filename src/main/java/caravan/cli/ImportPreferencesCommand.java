package caravan.cli;

import caravan.App;
import caravan.opportunities.Preferences;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import-preferences",
    mixinStandardHelpOptions = true,
    description =
        "Import an agreement's preference list (CSV: agreement,hs_code,hs_edition,base_duty,"
            + "preferential_duty,staging,source_url,quote): validated whole, all or nothing; it"
            + " replaces the lines of the agreements it names.")
final class ImportPreferencesCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8).")
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
