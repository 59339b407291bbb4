package caravan.cli;

import caravan.App;
import caravan.text.InvalidValueException;
import caravan.trade.FlowPeriod;
import caravan.trade.Profile;
import caravan.trade.ProfileCsv;
import caravan.trade.ProfileRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "profile", mixinStandardHelpOptions = true)
final class ProfileCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "A", descriptionKey = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B", descriptionKey = "B")
  String b;

  @Option(names = "--year", defaultValue = "${env:CARAVAN_YEAR}")
  Integer year;

  @Option(names = "--period", defaultValue = "${env:CARAVAN_PERIOD}")
  String period;

  @Option(names = "--calendar", defaultValue = "${env:CARAVAN_CALENDAR:-gregorian}")
  String calendar;

  @Option(names = "--basis", defaultValue = "${env:CARAVAN_BASIS:-stated}")
  String basis;

  @Option(names = "--cagr-years", defaultValue = "${env:CARAVAN_CAGR_YEARS:-5}")
  int cagrYears;

  @Option(names = "--target-year", defaultValue = "${env:CARAVAN_TARGET_YEAR:-2030}")
  int targetYear;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_FORMAT:-table}")
  String format;

  @Option(names = "--part", defaultValue = "${env:CARAVAN_PART:-headline}")
  String part;

  @Override
  public Integer call() throws Exception {
    String shape = format.toLowerCase(Locale.ROOT);
    if (!java.util.Set.of("table", "json", "csv").contains(shape)) {
      throw new InvalidValueException(
          caravan.text.Text.of("trd.cli.profileFormat", format),
          Map.of("field", "format", "value", format));
    }
    caravan.figures.Period[] iranian = new caravan.figures.Period[1];
    FlowPeriod p =
        period != null
            ? ProfileRequest.parsePeriod(period, iranian)
            : year != null ? FlowPeriod.ofYear(year) : null;
    ProfileRequest request =
        new ProfileRequest(
            a,
            b,
            p,
            ProfileRequest.Basis.parse(basis),
            cagrYears,
            targetYear,
            iranian[0],
            ProfileRequest.iranianCalendar(calendar));
    try (App app = root.open()) {
      Profile profile = app.profiles().profile(request);
      switch (shape) {
        case "json" ->
            System.out.println(
                new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(profile));
        case "csv" -> System.out.print(ProfileCsv.write(profile, part));
        default -> {
          String lang = CliLanguage.of(root.lang);
          System.out.print(ProfileTable.render(profile, lang));
          // issue 13: the products agreements' preference lists cover
          System.out.print(ProfilePreferences.render(profile, app.preferences().lines(), lang));
        }
      }
    }
    return 0;
  }
}
