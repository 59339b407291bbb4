package caravan.cli;

import caravan.App;
import caravan.claims.ClaimCheck;
import caravan.claims.ClaimException;
import caravan.claims.ClaimReport;
import caravan.claims.ClaimText;
import caravan.claims.ClaimWords;
import caravan.claims.Verdict;
import caravan.text.InvalidValueException;
import caravan.text.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check-claims", mixinStandardHelpOptions = true)
final class CheckClaimsCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "A", descriptionKey = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B", descriptionKey = "B")
  String b;

  @Parameters(index = "2", paramLabel = "FILE", descriptionKey = "FILE")
  String file;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_FORMAT:-table}")
  String format;

  @Option(names = "--date", defaultValue = "${env:CARAVAN_CLAIMS_DATE}")
  String date;

  @Option(names = "--text-lang", defaultValue = "${env:CARAVAN_TEXT_LANG:-auto}")
  String textLang;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("json")) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.err.formatTableJson", format),
          Map.of("field", "format", "value", format));
    }
    // the answer's language is the root's --lang (CARAVAN_LANG, LANG), as for every command
    Messages m = Messages.of(CliLanguage.of(root.lang));
    try {
      LocalDate d = parseDate(date);
      String text = read(file);
      // a bad input is refused before the stores are opened (which takes seconds)
      ClaimCheck.validate(
          caravan.text.Countries.shipped(), Clock.systemUTC(), a, b, text, textLang, d);
      try (App app = root.open()) {
        ClaimReport report =
            new ClaimCheck(
                    app.figures(),
                    app.profiles(),
                    app.countries(),
                    Clock.systemUTC(),
                    app.corridor())
                .check(a, b, text, textLang, d);
        print(report, m, System.out);
      }
    } catch (ClaimException e) {
      // the reader's language; misuse of an option exits 2, a text refused 1
      if (e.key().equals("claim.error.language") || e.key().equals("claim.error.date")) {
        throw new InvalidValueException(e.text(), e.details());
      }
      throw e;
    }
    return 0;
  }

  private static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          caravan.text.Text.of("claim.error.date", text), Map.of("field", "date", "value", text));
    }
  }

  private static String read(String file) {
    if (file.equals("-")) return ClaimText.read(System.in);
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return ClaimText.read(in);
    } catch (NoSuchFileException e) {
      throw new caravan.text.CaravanException(
          caravan.text.Text.of("cl.err.noSuchFile", file), Map.of("field", "file", "value", file));
    } catch (IOException e) {
      throw new caravan.text.CaravanException(
          caravan.text.Text.of("cl.err.cannotRead", file, String.valueOf(e.getMessage())),
          Map.of("field", "file", "value", file),
          e);
    }
  }

  private void print(ClaimReport r, Messages m, PrintStream out) {
    if (format.equals("json")) {
      try {
        out.println(
            new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(r));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
    ClaimWords w = new ClaimWords(m);
    utf8.println(summary(r, m));
    if (r.verdicts().isEmpty()) utf8.println(m.get("claim.none"));
    int i = 1;
    for (Verdict v : r.verdicts()) {
      utf8.printf(
          "%d. «%s» — %s, %s = %s%n   %s: %s%n",
          i++,
          v.claim().text().strip(),
          w.subject(v.claim()),
          w.period(v.claim()),
          ClaimWords.value(v.claim()),
          w.outcome(v).toUpperCase(java.util.Locale.ROOT),
          w.reason(v));
      if (!v.evidence().isEmpty()) utf8.println("   " + w.data(v));
    }
  }

  static String summary(ClaimReport r, Messages m) {
    return m.get(
        "claim.summary",
        r.verdicts().size(),
        r.count(Verdict.Outcome.SUPPORTED),
        r.count(Verdict.Outcome.CONTRADICTED),
        r.count(Verdict.Outcome.NOT_CHECKABLE),
        r.date().toString(),
        m.get("claim.dateFrom." + r.dateFrom()));
  }
}
