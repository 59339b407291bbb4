package caravan.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The CLI's help in the reader's language: every command's and option's description, the usage
 * headings and the standard options' words come from the bundles {@code i18n/cli_<lang>}, none from
 * the annotations. The bundle is set on the command line rather than named in
 * {@code @Command(resourceBundle)}: picocli would load that one in the JVM's locale, and a locale
 * Caravan does not speak (de_DE) would fail before any --lang is read.
 */
final class CliHelp {
  static final String BUNDLE = "i18n.cli";

  private CliHelp() {}

  /** The help bundle of {@code lang}, one of Messages.LANGUAGES; never another language's. */
  static ResourceBundle bundle(String lang) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(lang),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code cli} and all its subcommands speaking {@code lang}. */
  static CommandLine speak(CommandLine cli, String lang) {
    cli.setResourceBundle(bundle(lang));
    return cli;
  }

  /**
   * The value of --lang among {@code args}, or null: read before picocli parses them, because
   * --help prints while it parses.
   */
  static String langOption(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ("--".equals(a)) break;
      if (a.startsWith("--lang=")) return a.substring("--lang=".length());
      if ("--lang".equals(a) && i + 1 < args.length) return args[i + 1];
    }
    return null;
  }
}
