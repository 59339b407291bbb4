package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's CLI examples as written must still be commands Caravan takes: an option renamed or
 * removed in the code fails here, not in a reader's shell.
 */
class ReadmeExamplesTest {

  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]");

  @Test
  void every_caravan_line_in_the_readme_code_blocks_parses() throws IOException {
    List<String> examples =
        codeBlockLines().stream().filter(l -> l.startsWith("./caravan ")).toList();
    // the CLI table has a dozen commands and the PostgreSQL section one more
    assertThat(examples).hasSizeGreaterThan(12);
    List<String> refused = new ArrayList<>();
    for (String line : examples) {
      String[] args = args(line);
      try {
        new CommandLine(new CaravanCommand()).parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        refused.add(line + " -> " + e.getMessage());
      }
    }
    assertThat(refused).as("README examples picocli refuses").isEmpty();
  }

  @Test
  void every_option_the_readme_names_exists_on_some_command() throws IOException {
    Set<String> known = new TreeSet<>();
    collect(new CommandLine(new CaravanCommand()), known);
    Set<String> named = new TreeSet<>();
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    // the README's prose names options too (global options, --reporting-org-ref, --actor…); curl
    // and mvn have none in it, so every --word is one of ours
    Matcher m = OPTION.matcher(readme);
    while (m.find()) named.add(m.group());
    named.removeAll(known);
    assertThat(named).as("options the README names that no command has").isEmpty();
  }

  /**
   * The example as a shell would split it, with the first of each a|b|c and [optional] parts in.
   */
  static String[] args(String line) {
    String command = line.substring("./caravan ".length()).split("\\s{2,}")[0];
    return Arrays.stream(command.replace("[", "").replace("]", "").trim().split("\\s+"))
        .map(t -> t.contains("|") ? t.substring(0, t.indexOf('|')) : t)
        .map(t -> t.endsWith("...") && t.length() > 3 ? t.substring(0, t.length() - 3) : t)
        .toArray(String[]::new);
  }

  private static List<String> codeBlockLines() throws IOException {
    List<String> inside = new ArrayList<>();
    boolean in = false;
    for (String l : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (l.startsWith("```")) in = !in;
      else if (in) inside.add(l);
    }
    return inside;
  }

  private static void collect(CommandLine cmd, Set<String> known) {
    for (OptionSpec o : cmd.getCommandSpec().options()) known.addAll(Arrays.asList(o.names()));
    cmd.getSubcommands().values().forEach(sub -> collect(sub, known));
  }
}
