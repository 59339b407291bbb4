package caravan.cli;

import caravan.App;
import caravan.text.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-network", mixinStandardHelpOptions = true)
final class ImportNetworkCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "DIR")
  Path dir;

  @Override
  public Integer call() {
    Messages m = Messages.of(CliLanguage.of(root.lang));
    try (App app = root.open()) {
      var n = app.corridor().importNetwork(dir);
      n.cautions().forEach(w -> System.out.println(m.get("cor.cli.warning", w.in(m.lang()))));
      System.out.println(
          m.get(
              "cor.cli.imported",
              dir.toString(),
              String.valueOf(n.nodes().size()),
              String.valueOf(n.links().size()),
              String.valueOf(n.routableLinks().size())));
      return 0;
    }
  }
}
