package caravan.cli;

import caravan.App;
import caravan.briefing.Briefing;
import caravan.briefing.BriefingRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code caravan brief A B}: the footnoted briefing note for a pair, as HTML, Markdown or PDF. */
@Command(name = "brief", mixinStandardHelpOptions = true)
final class BriefCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "A", descriptionKey = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B", descriptionKey = "B")
  String b;

  @Option(names = "--date", defaultValue = "${env:CARAVAN_BRIEF_DATE}")
  String date;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_BRIEF_FORMAT:-html}")
  String format;

  @Option(names = "--digits", defaultValue = "${env:CARAVAN_BRIEF_DIGITS}")
  String digits;

  @Option(names = "--output", defaultValue = "${env:CARAVAN_BRIEF_OUTPUT}")
  Path output;

  /**
   * The note's language: the root's --lang (ru, en, kk or fa; env CARAVAN_LANG), else Russian, the
   * language the pages open in; any other word is refused by the request.
   */
  private String lang() {
    return root.lang == null || root.lang.isBlank() ? "ru" : root.lang;
  }

  @Override
  public Integer call() throws Exception {
    BriefingRequest.Format f = BriefingRequest.Format.parse(format);
    // the words of the request are checked before any store is opened
    BriefingRequest.parse(
        a, b, date, lang(), digits, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    if (output == null && f == BriefingRequest.Format.PDF) {
      throw new caravan.text.InvalidValueException(
          caravan.text.Text.of("brief.cli.pdfNeedsFile"),
          java.util.Map.of("field", "output", "value", ""));
    }
    try (App app = root.open()) {
      Briefing briefing = app.briefing();
      BriefingRequest r = briefing.request(a, b, date, lang(), digits);
      if (output == null) {
        System.out.write(briefing.render(r, f));
        System.out.flush();
      } else {
        briefing.write(r, f, output);
      }
    }
    return 0;
  }
}
