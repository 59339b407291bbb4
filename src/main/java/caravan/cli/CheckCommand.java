package caravan.cli;

import caravan.App;
import caravan.corridor.NetworkFault;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    subcommands = {CheckCommand.Network.class})
final class CheckCommand {
  @ParentCommand CaravanCommand root;

  @Command(name = "network", mixinStandardHelpOptions = true)
  static final class Network implements Callable<Integer> {
    @ParentCommand CheckCommand check;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "DIR")
    Path dir;

    @Override
    public Integer call() {
      try (App app = check.root.open()) {
        var corridor = app.corridor();
        String where = dir == null ? corridor.activeOrigin() : dir.toString();
        List<NetworkFault> faults = corridor.check(dir);
        if (!faults.isEmpty()) {
          faults.forEach(System.out::println);
          System.out.println(
              faults.size() + " fault(s) in " + where + "; it would be refused at load");
          return 1;
        }
        caravan.corridor.Network n = dir == null ? corridor.network() : corridor.checked(dir);
        n.warnings().forEach(w -> System.out.println("warning: " + w));
        System.out.printf(
            "OK: %s: %d nodes, %d links (%d routable), %d crossings; %d figures are estimates%n",
            where,
            n.nodes().size(),
            n.links().size(),
            n.routableLinks().size(),
            n.crossings().size(),
            caravan.corridor.NetworkSummary.estimates(n));
        return 0;
      }
    }
  }
}
