package caravan.cli;

import caravan.App;
import caravan.corridor.RouteAnswer;
import caravan.corridor.RouteQuery;
import caravan.corridor.RouteWords;
import caravan.text.InvalidValueException;
import caravan.text.Messages;
import caravan.text.Text;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "route", mixinStandardHelpOptions = true)
final class RouteCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "FROM")
  String from;

  @Parameters(index = "1", paramLabel = "TO", descriptionKey = "TO")
  String to;

  @Option(names = "--cargo", defaultValue = "${env:CARAVAN_CARGO:-container}")
  String cargo;

  @Option(names = "--tonnes", defaultValue = "${env:CARAVAN_TONNES:-65}")
  double tonnes;

  @Option(names = "--avoid", split = ",", defaultValue = "${env:CARAVAN_AVOID}")
  List<String> avoid;

  @Option(names = "--modes", split = ",", defaultValue = "${env:CARAVAN_MODES:-rail,sea,road}")
  List<String> modes;

  @Option(names = "--close", split = ",", defaultValue = "${env:CARAVAN_CLOSE}")
  List<String> close;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_FORMAT:-table}")
  String format;

  @Override
  public Integer call() throws Exception {
    String lang = CliLanguage.of(root.lang);
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("table") && !f.equals("json")) {
      throw new InvalidValueException(
          Text.of("cor.cli.format", format), Map.of("field", "format", "value", format));
    }
    if (!Set.of("container", "bulk", "grain", "oil").contains(cargo)) {
      throw new InvalidValueException(
          Text.of("cor.cli.cargo", cargo), Map.of("field", "cargo", "value", cargo));
    }
    if (!(tonnes > 0)) {
      throw new InvalidValueException(
          Text.of("cor.cli.tonnes", String.valueOf(tonnes)), Map.of("field", "tonnes"));
    }
    for (String m : list(modes)) {
      if (!Set.of("rail", "sea", "road").contains(m)) {
        throw new InvalidValueException(
            Text.of("cor.cli.modes", m), Map.of("field", "modes", "value", m));
      }
    }
    try (App app = root.open()) {
      var corridor = app.corridor();
      Set<String> avoided = new LinkedHashSet<>();
      for (String a : list(avoid)) {
        // a three-letter code is a country; anything else a place by any of its names
        avoided.add(a.matches("[A-Za-z]{3}") ? a.toUpperCase(Locale.ROOT) : corridor.node(a).id());
      }
      RouteAnswer answer =
          corridor.route(
              new RouteQuery(
                  from,
                  to,
                  cargo,
                  tonnes,
                  avoided,
                  new LinkedHashSet<>(list(modes)),
                  new LinkedHashSet<>(list(close))));
      // the answer's sentences in the reader's language; figures and codes as they are
      RouteAnswer worded = RouteWords.in(answer, lang);
      if (f.equals("json")) {
        System.out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(worded));
      } else {
        new RouteTable(Messages.of(lang)).print(worded);
      }
      return answer.routes().isEmpty() ? 1 : 0;
    }
  }

  private static List<String> list(List<String> l) {
    return l == null ? List.of() : l.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
