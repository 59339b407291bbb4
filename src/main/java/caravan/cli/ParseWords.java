package caravan.cli;

import caravan.text.Messages;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Picocli's own refusals of a command line (a missing option, an unknown one, a value of the wrong
 * type) in the reader's language. Picocli words them in English only, so English keeps picocli's
 * sentence and the other languages get ours, naming the same option and value.
 */
final class ParseWords {
  private ParseWords() {}

  static String of(CommandLine.ParameterException e, String lang) {
    if (lang.equals("en")) return e.getMessage();
    Messages m = Messages.of(lang);
    if (e instanceof CommandLine.MissingParameterException missing) {
      String names =
          missing.getMissing().stream().map(ParseWords::name).collect(Collectors.joining(", "));
      return m.get("cl.parse.missing", names);
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return m.get("cl.parse.unknown", String.join(" ", unmatched.getUnmatched()));
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      return m.get("cl.parse.twice", name(e.getArgSpec()));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return m.get("cl.parse.invalid", name(e.getArgSpec()), e.getValue());
    }
    return e.getMessage();
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec o) return o.longestName();
    if (spec instanceof PositionalParamSpec p) return p.paramLabel();
    return String.valueOf(spec);
  }
}
