package caravan.cli;

import caravan.App;
import caravan.registry.IatiExport;
import caravan.registry.Pair;
import caravan.registry.RegistryExports;
import caravan.registry.RegistryRecord;
import caravan.text.CaravanException;
import caravan.text.InvalidValueException;
import caravan.text.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Option(names = "--format", defaultValue = "${env:CARAVAN_EXPORT_FORMAT:-json}")
  String format;

  @Option(names = "--entity", defaultValue = "${env:CARAVAN_EXPORT_ENTITY}")
  String entity;

  @Option(
      names = {"--out", "--output"},
      defaultValue = "${env:CARAVAN_EXPORT_OUT}")
  Path out;

  @Option(names = "--reporting-org-ref", defaultValue = "${env:CARAVAN_IATI_ORG_REF}")
  String reportingOrg;

  @Option(names = "--reporting-org-name", defaultValue = "${env:CARAVAN_IATI_ORG_NAME}")
  String reportingOrgName;

  @Option(names = "--pair", defaultValue = "${env:CARAVAN_PAIR}")
  String pair;

  @Override
  public Integer call() throws IOException {
    String f = format.toLowerCase(Locale.ROOT);
    // misuse is told before the store is opened, and with exit code 2
    if (!java.util.Set.of("json", "csv", "iati", "ical", "dc", "iiif").contains(f)) {
      throw new InvalidValueException(
          Text.of("exp.format", format), Map.of("field", "format", "value", format));
    }
    if (f.equals("dc") || f.equals("iiif")) return heritage(f);
    if (entity != null && !entity.isBlank()) RegistryExports.entity(entity);
    if (f.equals("iati")) RegistryExports.checkReportingOrg(reportingOrg, reportingOrgName);
    withExports(
        root,
        exports -> {
          Pair p = exports.pair(pair);
          switch (f) {
            case "json" -> bytes(o -> exports.exportJson(p, o));
            case "iati" -> iati(exports, p);
            case "ical" -> bytes(o -> text(o, w -> exports.exportICalendar(p, w)));
            case "csv" -> csv(exports, p);
            default ->
                throw new CaravanException(
                    Text.of("exp.format", format), Map.of("field", "format", "value", format));
          }
          return null;
        });
    return 0;
  }

  @Option(names = "--base-url", defaultValue = "${env:CARAVAN_BASE_URL:-http://localhost:7070}")
  String baseUrl;

  /** The heritage catalogue as Dublin Core or IIIF files, one per record, all or nothing. */
  private int heritage(String f) {
    caravan.heritage.PublishedFiles.checkTarget(out);
    try (App app = root.open()) {
      String base = baseUrl.replaceAll("/+$", "");
      var report = caravan.heritage.PublishedFiles.write(app.publishedItems(), f, out, base);
      String lang = CliLanguage.of(root.lang);
      System.err.println(
          Text.of("exp.files", String.valueOf(report.written().size()), out.toString()).in(lang));
      for (Text left : report.leftOut()) {
        System.err.println(Text.of("exp.noManifest", left).in(lang));
      }
    }
    return 0;
  }

  private void iati(RegistryExports exports, Pair p) {
    IatiExport[] report = new IatiExport[1];
    bytes(o -> report[0] = exports.exportIati(p, o, reportingOrg, reportingOrgName));
    // the file is complete; what it lacks goes to standard error, so stdout stays valid XML
    String lang = CliLanguage.of(root.lang);
    for (String left : report[0].leftOut(lang)) {
      System.err.println(Text.of("exp.iatiLeftOut", left).in(lang));
    }
  }

  private void csv(RegistryExports exports, Pair p) {
    if (entity != null && !entity.isBlank()) {
      Class<? extends RegistryRecord> type = RegistryExports.entity(entity);
      bytes(o -> text(o, w -> exports.exportCsv(type, p, w)));
      return;
    }
    if (out == null) {
      throw new CaravanException(Text.of("exp.csvNeedsOut"), Map.of("field", "out", "value", ""));
    }
    try {
      Files.createDirectories(out);
      for (String name : RegistryExports.entityNames()) {
        Path file = out.resolve(name + ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          exports.exportCsv(RegistryExports.entity(name), p, w);
        }
        System.err.println(file);
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("exp.cannotWriteInto", out.toString(), String.valueOf(e.getMessage())),
          Map.of("field", "out", "value", out.toString()),
          e);
    }
  }

  private interface Sink {
    void write(OutputStream out) throws IOException;
  }

  private interface TextSink {
    void write(Writer out) throws IOException;
  }

  private static void text(OutputStream o, TextSink sink) throws IOException {
    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
    sink.write(w);
    w.flush();
  }

  private void bytes(Sink sink) {
    try {
      if (out == null) {
        sink.write(System.out);
        System.out.flush();
      } else {
        try (OutputStream o = Files.newOutputStream(out)) {
          sink.write(o);
        }
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("exp.cannotWrite", String.valueOf(out), String.valueOf(e.getMessage())),
          Map.of("field", "out", "value", String.valueOf(out)),
          e);
    }
  }

  /**
   * Runs {@code work} with the registry's exports. Until {@code App} wires a {@link
   * RegistryExports} of its own, the registry database is opened a second time in this process (H2
   * shares an open file within a JVM; PostgreSQL takes a second pool) for the id-keeping import.
   */
  static <R> R withExports(CaravanCommand root, Function<RegistryExports, R> work) {
    try (App app = root.open()) {
      return work.apply(app.exports());
    }
  }
}
