package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class CaravanCommandTest {

  @Test
  void every_option_has_an_environment_variable_twin_named_in_its_help() {
    List<String> without = new ArrayList<>();
    visit(new CommandLine(new CaravanCommand()), without);
    assertThat(without).as("options whose --help names no CARAVAN_ variable").isEmpty();
  }

  private static void visit(CommandLine cmd, List<String> without) {
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) continue;
      String help = String.join(" ", o.description());
      // the annotation's own text, before picocli resolves ${env:…} into a value
      String fallback =
          o.userObject() instanceof java.lang.reflect.Field f
              ? f.getAnnotation(CommandLine.Option.class).defaultValue()
              : "";
      if (!help.contains("env CARAVAN_") && !help.contains("env COMTRADE_")
          || !fallback.contains("${env:")) {
        without.add(cmd.getCommandName() + " " + o.longestName());
      }
    }
    cmd.getSubcommands().values().forEach(sub -> visit(sub, without));
  }
}
