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
      String lang = CliLanguage.of(check.root.lang);
      caravan.text.Messages m = caravan.text.Messages.of(lang);
      try (App app = check.root.open()) {
        var corridor = app.corridor();
        String where = dir == null ? corridor.activeOrigin() : dir.toString();
        List<NetworkFault> faults = corridor.check(dir);
        if (!faults.isEmpty()) {
          faults.forEach(f -> System.out.println(f.in(lang)));
          System.out.println(m.get("trd.cli.faults", String.valueOf(faults.size()), where));
          return 1;
        }
        caravan.corridor.Network n = dir == null ? corridor.network() : corridor.checked(dir);
        n.cautions().forEach(w -> System.out.println(m.get("trd.cli.warning", w.in(lang))));
        System.out.println(
            m.get(
                "trd.cli.checked",
                where,
                String.valueOf(n.nodes().size()),
                String.valueOf(n.links().size()),
                String.valueOf(n.routableLinks().size()),
                String.valueOf(n.crossings().size()),
                String.valueOf(caravan.corridor.NetworkSummary.estimates(n))));
        return 0;
      }
    }
  }
}
