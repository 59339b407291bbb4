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

  @Test
  void misuse_is_one_line_naming_the_help_and_exits_with_2() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int format;
    int missing;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      // an option's value Caravan does not take, found by the command; a required option missing,
      // found by picocli: neither opens the data directory
      format = CaravanCommand.run("profile", "KAZ", "IRN", "--format", "xml");
      missing = CaravanCommand.run("import", "some.csv");
    } finally {
      System.setErr(err);
    }
    assertThat(format).isEqualTo(2);
    assertThat(missing).isEqualTo(2);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines())
        .containsExactly(
            "caravan: --format must be table, json or csv, got 'xml' (caravan profile --help lists"
                + " the options)",
            "caravan: Missing required option: '--format=<format>' (caravan import --help lists the"
                + " options)");
  }

  @Test
  void an_iati_export_without_the_publisher_is_refused_before_any_work() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      // no CARAVAN_IATI_ORG_REF in the test's environment: Caravan has no default to stand in
      code = CaravanCommand.run("export", "--format", "iati", "--data-dir", "target/never-opened");
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(2);
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("--reporting-org-ref")
        .contains("CARAVAN_IATI_ORG_REF");
    assertThat(java.nio.file.Path.of("target/never-opened")).doesNotExist();
  }

  private static void visit(CommandLine cmd, List<String> without) {
    for (OptionSpec o : cmd.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) continue;
      String help = String.join(" ", o.description());
      // the annotation's own text, before picocli resolves ${env:…} into a value
      String fallback =
          o.userObject() instanceof java.lang.reflect.AnnotatedElement e
                  && e.getAnnotation(CommandLine.Option.class) != null
              ? e.getAnnotation(CommandLine.Option.class).defaultValue()
              : "";
      if (!help.contains("env CARAVAN_") && !help.contains("env COMTRADE_")
          || !fallback.contains("${env:")) {
        without.add(cmd.getCommandName() + " " + o.longestName());
      }
    }
    cmd.getSubcommands().values().forEach(sub -> visit(sub, without));
  }
}
