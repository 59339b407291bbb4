package caravan.cli;

import caravan.App;
import caravan.opportunities.Opportunities;
import caravan.opportunities.OpportunitiesCsv;
import caravan.opportunities.OpportunityQuery;
import caravan.text.InvalidValueException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "opportunities", mixinStandardHelpOptions = true)
final class OpportunitiesCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "A", descriptionKey = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B", descriptionKey = "B")
  String b;

  @Option(names = "--year", defaultValue = "${env:CARAVAN_YEAR}")
  Integer year;

  @Option(names = "--sector", defaultValue = "${env:CARAVAN_SECTOR}")
  String sector;

  @Option(names = "--limit", defaultValue = "${env:CARAVAN_LIMIT:-25}")
  int limit;

  @Option(names = "--matrix", defaultValue = "${env:CARAVAN_MATRIX:-hs4-2017}")
  String matrix;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_FORMAT:-table}")
  String format;

  @Option(names = "--part", defaultValue = "${env:CARAVAN_PART:-products}")
  String part;

  @Override
  public Integer call() throws Exception {
    String shape = format.toLowerCase(Locale.ROOT);
    if (!java.util.Set.of("table", "json", "csv").contains(shape)) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.err.formatTableJsonCsv", format),
          Map.of("field", "format", "value", format));
    }
    if (shape.equals("csv")) OpportunitiesCsv.checkPart(part);
    OpportunityQuery q = new OpportunityQuery(a, b, year, sector, limit, matrix);
    try (App app = root.open()) {
      Opportunities o = app.opportunities().answer(q);
      switch (shape) {
        case "json" ->
            System.out.println(
                new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(o));
        case "csv" ->
            System.out.print(
                OpportunitiesCsv.write(
                    o, part, part.equals("space") ? app.opportunities().productSpace(q, o) : null));
        default ->
            System.out.print(
                OpportunitiesTable.render(o, app.countries(), CliLanguage.of(root.lang)));
      }
    }
    return 0;
  }
}
