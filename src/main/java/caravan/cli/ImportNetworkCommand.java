package caravan.cli;

import caravan.App;
import caravan.text.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import-network",
    mixinStandardHelpOptions = true,
    description =
        "Make the network in DIR (nodes.csv, links.csv, optionally costs.csv and volumes.csv, in the"
            + " format of the shipped data/corridor/) the active one: checked first, all or nothing;"
            + " the previous network stays when a fault is found.")
final class ImportNetworkCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the network's files.")
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
