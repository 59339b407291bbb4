package caravan.cli;

import caravan.App;
import caravan.text.CaravanException;
import caravan.text.InvalidValueException;
import caravan.text.StartTrace;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code caravan} command. Every option has an environment-variable twin, shown by --help; a
 * failure prints one line and exits non-zero (1: the work failed, 2: the command was misused).
 */
@Command(
    name = "caravan",
    mixinStandardHelpOptions = true,
    version = "Caravan 0.1",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      ImportFiguresCommand.class,
      ProfileCommand.class,
      FetchCommand.class,
      BenchCommand.class,
      UserCommand.class,
      ExportCommand.class,
      ImportRegistryCommand.class,
      ImportHeritageCommand.class,
      MatchCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      CheckCommand.class,
      ImportNetworkCommand.class,
      CorridorCommand.class,
      RouteCommand.class,
      ComplexityCommand.class,
      CheckClaimsCommand.class,
      BriefCommand.class,
      OpportunitiesCommand.class,
      ImportPreferencesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CaravanCommand {
  @Option(
      names = "--data-dir",
      defaultValue = "${env:CARAVAN_DATA:-caravan-data}",
      scope = CommandLine.ScopeType.INHERIT)
  Path dataDir;

  @Option(names = "--db", defaultValue = "${env:CARAVAN_DB}", scope = CommandLine.ScopeType.INHERIT)
  String db;

  @Option(
      names = "--db-user",
      defaultValue = "${env:CARAVAN_DB_USER}",
      scope = CommandLine.ScopeType.INHERIT)
  String dbUser;

  @Option(
      names = "--db-password",
      defaultValue = "${env:CARAVAN_DB_PASSWORD}",
      scope = CommandLine.ScopeType.INHERIT)
  String dbPassword;

  @Option(
      names = "--log-level",
      defaultValue = "${env:CARAVAN_LOG_LEVEL:-warn}",
      scope = CommandLine.ScopeType.INHERIT)
  void logLevel(String level) {
    String l = level.toLowerCase(java.util.Locale.ROOT);
    if (!java.util.Set.of("error", "warn", "info", "debug", "trace", "off").contains(l)) {
      throw new InvalidValueException(
          caravan.text.Text.of("lang.cli.logLevel", level),
          java.util.Map.of("field", "log-level", "value", level));
    }
    // read by slf4j-simple when the first logger is made, which is after the options are parsed
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", l);
  }

  @Option(
      names = "--lang",
      defaultValue = "${env:CARAVAN_LANG}",
      scope = CommandLine.ScopeType.INHERIT)
  String lang;

  /** The words of the language this run speaks (--lang, CARAVAN_LANG, LANG). */
  caravan.text.Messages words() {
    return caravan.text.Messages.of(CliLanguage.of(lang));
  }

  App open() {
    return App.open(new App.Config(dataDir, db, dbUser, dbPassword));
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    StartTrace.mark("jvm to main");
    CaravanCommand root = new CaravanCommand();
    CommandLine cli =
        CliHelp.speak(new CommandLine(root), CliLanguage.of(CliHelp.langOption(args)));
    // misuse is one line too, naming where the options are listed, not the whole usage
    cli.setParameterExceptionHandler(
        (e, parsed) -> {
          // an option's setter that refused its value: its own words, not picocli's wrapping
          for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException v) {
              return misused(e.getCommandLine(), v.message(CliLanguage.of(root.lang)));
            }
          }
          String lang = CliLanguage.of(root.lang != null ? root.lang : CliHelp.langOption(args));
          return misused(e.getCommandLine(), ParseWords.of(e, lang));
        });
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          String lang = CliLanguage.of(root.lang);
          if (e instanceof InvalidValueException v) return misused(cmd, v.message(lang));
          // a damaged store file is named with the command that restores it, wherever it showed
          if (root.dataDir != null) {
            var damage = caravan.store.StoreDamage.in(e, root.dataDir);
            if (damage.isPresent()) e = damage.get();
          }
          // our own failures and a file that cannot be read speak for themselves (a refused
          // import adds its first rejections, one file:line: field: reason a line); anything
          // else is a fault of ours, so its class is named for the report
          String msg =
              e instanceof CaravanException c
                  ? c.message(lang)
                  : e instanceof java.io.UncheckedIOException ? e.getMessage() : e.toString();
          cmd.getErr().println("caravan: " + msg.strip());
          return 1;
        });
    int code = cli.execute(args);
    StartTrace.mark("command done");
    return code;
  }

  private static int misused(CommandLine cmd, String message) {
    CaravanCommand root =
        cmd.getCommandSpec().root().userObject() instanceof CaravanCommand c ? c : null;
    String help =
        "caravan "
            + (cmd.getCommandName().equals("caravan") ? "" : cmd.getCommandName() + " ")
            + "--help";
    cmd.getErr()
        .println(
            "caravan: "
                + message.lines().findFirst().orElse("")
                + " "
                + caravan.text.Messages.of(CliLanguage.of(root == null ? null : root.lang))
                    .get("lang.cli.helpHint", help));
    return 2;
  }
}
