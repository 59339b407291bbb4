package caravan.cli;

import caravan.App;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-figures", mixinStandardHelpOptions = true)
final class ImportFiguresCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "FILE")
  java.util.List<Path> files;

  @Option(names = "--actor", defaultValue = "${env:CARAVAN_ACTOR}")
  String actor;

  @Override
  public Integer call() {
    caravan.text.Messages m = caravan.text.Messages.of(CliLanguage.of(root.lang));
    try (App app = root.open()) {
      for (Path file : files) {
        int n = app.figures().importCsv(file, who());
        System.out.println(m.get("fig.cli.imported", file.toString(), String.valueOf(n)));
      }
    }
    return 0;
  }

  private String who() {
    return actor != null && !actor.isBlank() ? actor : System.getProperty("user.name", "unknown");
  }
}
