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

@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = "The bilateral profile of a pair (same as GET /api/v1/pairs/{A}-{B}/profile).")
final class ProfileCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "A", description = "Country A, ISO3 (exports are A→B).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Country B, ISO3.")
  String b;

  @Option(
      names = "--year",
      defaultValue = "${env:CARAVAN_YEAR}",
      description = "A year, e.g. 2024 (env CARAVAN_YEAR; default: the latest with data).")
  Integer year;

  @Option(
      names = "--period",
      defaultValue = "${env:CARAVAN_PERIOD}",
      description =
          "Months of one year, e.g. 2025-01..2025-10, or a Solar Hijri year or months, e.g."
              + " SH1403 or SH1404-01..SH1404-07 (env CARAVAN_PERIOD).")
  String period;

  @Option(
      names = "--calendar",
      defaultValue = "${env:CARAVAN_CALENDAR:-gregorian}",
      description =
          "gregorian | solar-hijri: read the stated series in calendar or Iranian years (env"
              + " CARAVAN_CALENDAR; default ${DEFAULT-VALUE}).")
  String calendar;

  @Option(
      names = "--basis",
      defaultValue = "${env:CARAVAN_BASIS:-stated}",
      description = "flows | stated (env CARAVAN_BASIS; default ${DEFAULT-VALUE}).")
  String basis;

  @Option(
      names = "--cagr-years",
      defaultValue = "${env:CARAVAN_CAGR_YEARS:-5}",
      description = "CAGR window in years (env CARAVAN_CAGR_YEARS; default ${DEFAULT-VALUE}).")
  int cagrYears;

  @Option(
      names = "--target-year",
      defaultValue = "${env:CARAVAN_TARGET_YEAR:-2030}",
      description =
          "Year by which the target should be met (env CARAVAN_TARGET_YEAR; default ${DEFAULT-VALUE}).")
  int targetYear;

  @Option(
      names = "--format",
      defaultValue = "${env:CARAVAN_FORMAT:-table}",
      description = "table | json | csv (env CARAVAN_FORMAT; default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--part",
      defaultValue = "${env:CARAVAN_PART:-headline}",
      description =
          "With --format csv (env CARAVAN_PART): headline, series, sections, chapters, headings, products, sectors, concentration, mirror, sources.")
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
