package caravan.cli;

import caravan.registry.RegistryExports;
import caravan.text.CaravanException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "match", mixinStandardHelpOptions = true)
final class MatchCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "REQUEST_ID", descriptionKey = "REQUEST_ID")
  String requestId;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_FORMAT:-table}")
  String format;

  @Option(names = "--pair", defaultValue = "${env:CARAVAN_PAIR}")
  String pair;

  @Override
  public Integer call() throws Exception {
    List<RegistryExports.Match> matches =
        ExportCommand.withExports(root, e -> e.match(e.pair(pair), requestId));
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json" ->
          System.out.println(
              new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(matches));
      case "table" -> {
        if (matches.isEmpty()) {
          System.out.println(
              caravan.text.Messages.of(CliLanguage.of(root.lang))
                  .get("trd.cli.noMatch", String.valueOf(requestId)));
        }
        for (RegistryExports.Match m : matches) {
          System.out.printf(
              Locale.ROOT, "%7.3f  %s %s  %s%n", m.score(), m.kind(), m.id(), m.name());
          for (String r : m.reasons()) System.out.println("         - " + r);
        }
      }
      default ->
          throw new CaravanException(
              caravan.text.Text.of("trd.cli.matchFormat", format),
              Map.of("field", "format", "value", format));
    }
    return 0;
  }
}
