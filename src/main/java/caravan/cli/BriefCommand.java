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
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description =
        "The briefing note for a pair: headline figures, freight, trade, agreements, overdue"
            + " decisions, projects, events and conflicting statements, each figure footnoted with"
            + " its source.")
final class BriefCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "A", description = "First country (ISO3), e.g. KAZ.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Second country (ISO3), e.g. IRN.")
  String b;

  @Option(
      names = "--date",
      defaultValue = "${env:CARAVAN_BRIEF_DATE}",
      description =
          "The day the note is prepared for, e.g. 2025-12-11 (env CARAVAN_BRIEF_DATE; default today; not in the future).")
  String date;

  @Option(
      names = "--lang",
      defaultValue = "${env:CARAVAN_BRIEF_LANG:-ru}",
      description = "ru, en, kk or fa (env CARAVAN_BRIEF_LANG; default ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--format",
      defaultValue = "${env:CARAVAN_BRIEF_FORMAT:-html}",
      description = "html, pdf, md or json (env CARAVAN_BRIEF_FORMAT; default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--digits",
      defaultValue = "${env:CARAVAN_BRIEF_DIGITS}",
      description =
          "persian or latin (env CARAVAN_BRIEF_DIGITS; default: persian for fa, latin otherwise).")
  String digits;

  @Option(
      names = "--output",
      defaultValue = "${env:CARAVAN_BRIEF_OUTPUT}",
      description =
          "The file to write, whole or not at all (env CARAVAN_BRIEF_OUTPUT; default: standard output; a PDF needs a file).")
  Path output;

  @Override
  public Integer call() throws Exception {
    BriefingRequest.Format f = BriefingRequest.Format.parse(format);
    // the words of the request are checked before any store is opened
    BriefingRequest.parse(
        a, b, date, lang, digits, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    if (output == null && f == BriefingRequest.Format.PDF) {
      throw new caravan.text.InvalidValueException(
          caravan.text.Messages.of("en").get("brief.cli.pdfNeedsFile"),
          java.util.Map.of("field", "output", "value", ""));
    }
    try (App app = root.open()) {
      Briefing briefing = app.briefing();
      BriefingRequest r = briefing.request(a, b, date, lang, digits);
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
