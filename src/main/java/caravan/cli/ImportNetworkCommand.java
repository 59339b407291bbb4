package caravan.cli;

import caravan.App;
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
    try (App app = root.open()) {
      var n = app.corridor().importNetwork(dir);
      n.warnings().forEach(w -> System.out.println("warning: " + w));
      System.out.printf(
          "Imported %s: %d nodes, %d links (%d routable); it is now the active network%n",
          dir, n.nodes().size(), n.links().size(), n.routableLinks().size());
      return 0;
    }
  }
}
