package caravan.trade;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Text;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Imports bulk trade-flow files (BACI, UN Comtrade, Caravan CSV) into the {@code trade_flow} table.
 *
 * <p>DuckDB reads the file itself ({@code read_csv}, every column as text, malformed lines kept
 * aside in its reject table) into a temporary staging table, computing Caravan's normalised columns
 * on the way (see {@link FormatSpec}). Validation then runs as SQL over the staging table: country
 * codes, HS codes of the file's edition, numbers, negative values, duplicate keys. Only when the
 * whole file has been checked, and the rejected share is within the limit, are the good rows
 * written, in one transaction together with the {@code import_batch} record; any failure rolls
 * everything back. Rows whose key (source, year, month, reporter, partner, flow, product) is
 * already in the store are replaced, so importing a file again changes nothing; importing the same
 * content (sha-256) whose rows are all still there is reported as already imported without touching
 * the store.
 *
 * <p>A BACI file first takes the optimistic path ({@link BaciFastPath}) into {@code baci_flow};
 * only a file that is not clean is staged as above.
 */
public final class ImportService {
  static final int SHOWN = 50;
  private static final Map<String, String> EDITION_YEARS =
      Map.of(
          "H0", "1992", "H1", "1996", "H2", "2002", "H3", "2007", "H4", "2012", "H5", "2017", "H6",
          "2022");
  private final AnalyticsStore store;
  private final Countries countries;
  private final BaciCodes baciCodes;
  private volatile boolean ready;

  public ImportService(AnalyticsStore store, Countries countries) {
    this.store = store;
    this.countries = countries;
    this.baciCodes = new BaciCodes(countries);
  }

  /**
   * Creates the trade tables ({@code trade_flow}, {@code baci_flow}, {@code import_batch}, the
   * {@code flows} view) when missing, and moves an older store's BACI rows to {@code baci_flow}.
   */
  public void ensureSchema() {
    try (Connection c = store.connect()) {
      ready(c);
    } catch (SQLException e) {
      throw new CaravanException(Text.of("trd.err.tables", e.getMessage()), Map.of(), e);
    }
  }

  /**
   * The tables, types and BACI country codes as this Caravan writes them, and the BACI rows of an
   * older Caravan moved to their table; once per service, since no one else changes them, and not
   * at all when this build made them (see {@link SchemaMark}).
   */
  private void ready(Connection c) throws SQLException {
    if (ready) return;
    String build = SchemaMark.ofThisBuild();
    if (!SchemaMark.matches(c, build)) {
      ensureSchema(c, countries);
      BaciTable.writeCountries(c, baciCodes);
      BaciTable.adoptOldRows(c);
      SchemaMark.record(c, build);
    }
    ready = true;
  }

  private static void ensureSchema(Connection c, Countries countries) throws SQLException {
    String ddl;
    try (InputStream in = ImportService.class.getResourceAsStream("flows-schema.sql")) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new CaravanException(Text.of("trd.err.noSchema"), Map.of());
    }
    List<FlowTypes.EnumType> types = FlowTypes.all(countries);
    FlowTypes.ensure(c, types);
    try (Statement s = c.createStatement()) {
      for (String stmt : ddl.split(";")) {
        if (!stmt.replaceAll("(?m)--.*$", "").isBlank()) s.execute(stmt);
      }
      // A trade store written by Caravan 0.1 before rows carried batch numbers cannot be read.
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM information_schema.columns"
                  + " WHERE table_name = 'trade_flow' AND column_name = 'batch_no'")) {
        if (r.next() && r.getLong(1) == 0) {
          throw new CaravanException(Text.of("trd.err.oldStore"), Map.of());
        }
      }
    }
    FlowTypes.convertTextColumns(c, types);
  }

  /**
   * Validates {@code file} whole and imports its good rows, or refuses it.
   *
   * @param progressBytes called (from another thread) with the bytes DuckDB has read so far, by its
   *     own estimate; may be null
   * @throws ImportException when the file is refused; the store is then unchanged
   */
  public ImportReport importFile(Path file, ImportOptions options, LongConsumer progressBytes) {
    long t0 = System.nanoTime();
    String name = file.toString();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CaravanException(
          Text.of("trd.err.noFile", name), Map.of("field", "file", "value", name));
    }
    String header = FileLines.headerLine(file);
    Text utf16 = FileLines.utf16(file, header);
    if (utf16 != null) {
      throw refusal(
          name,
          options,
          t0,
          Text.of("lang.imp.refusedUtf16", name, utf16),
          Text.of("lang.imp.headerUtf16", name, utf16));
    }
    if (header == null) {
      throw refusal(
          name,
          options,
          t0,
          Text.of("lang.imp.refusedNotUtf8", name),
          Text.of("lang.imp.headerNotUtf8", name));
    }
    if (header.isBlank()) {
      throw refusal(
          name,
          options,
          t0,
          Text.of("lang.imp.refusedEmpty", name),
          Text.of("lang.imp.headerEmpty", name, String.valueOf(options.format())));
    }
    List<String> columns = new ArrayList<>();
    try {
      CsvReader.builder().ofSingleCsvRecord(header).getFields().forEach(f -> columns.add(f.trim()));
    } catch (CsvParseException e) {
      throw refusal(
          name,
          options,
          t0,
          Text.of("lang.imp.refusedHeaderCsv", name),
          Text.of("lang.imp.headerQuote", name, FileLines.printable(header)));
    }
    Text[] problem = new Text[1];
    FormatSpec spec =
        FormatSpec.forHeader(
            options.format(),
            columns,
            file.getFileName().toString(),
            options.hsRevision(),
            problem);
    if (spec == null) {
      throw refusal(
          name,
          options,
          t0,
          Text.of("lang.imp.refusedColumns", name, String.valueOf(options.format())),
          Text.of("lang.imp.headerColumns", name, problem[0], FileLines.printable(header)));
    }
    FileDigest digest = new FileDigest(file);
    long bytes = fileSize(file);
    try (Connection c = store.connect()) {
      ready(c);
      if (spec.format == ImportFormat.BACI) {
        BaciFastPath.Outcome fast =
            new BaciFastPath(c, file, columns, spec, baciCodes)
                .attempt(file.getFileName().toString(), digest, bytes, progressBytes);
        if (fast.importedBefore() >= 0) {
          return new ImportReport(
              name,
              options.format(),
              fast.importedBefore(),
              fast.importedBefore(),
              0,
              List.of(),
              secs(t0),
              false,
              true);
        }
        if (fast.clean()) {
          store.changed();
          return new ImportReport(
              name,
              options.format(),
              fast.kept(),
              fast.kept(),
              0,
              List.of(),
              secs(t0),
              true,
              false);
        }
      }
      try {
        RecordScan.check(file, name, columns, options, t0);
      } catch (ImportException e) {
        digest.cancel();
        throw e;
      }
      digest.start();
      Staging st = new Staging(c, file, spec, columns, countries);
      st.load(bytes, progressBytes);
      long badEncodingLine = st.hasInvalidEncoding() ? FileLines.firstNonUtf8Line(file) : -1;
      if (badEncodingLine >= 0) {
        digest.cancel();
        throw refusal(
            name,
            options,
            t0,
            Text.of("lang.imp.refusedNotUtf8", name),
            Text.of("lang.imp.rowNotUtf8", name, String.valueOf(badEncodingLine)));
      }
      st.validate();
      long read = st.rowsRead();
      long rejected = st.rowsRejected();
      List<Text> rejections = rejected > 0 ? st.rejections(name) : List.of();
      if (read > 0 && (double) rejected / read > options.maxRejectedShare()) {
        digest.cancel();
        ImportReport report =
            new ImportReport(
                name, options.format(), read, 0, rejected, rejections, secs(t0), false, false);
        throw new ImportException(
            Text.of(
                "lang.imp.rejected",
                name,
                String.valueOf(rejected),
                String.valueOf(read),
                String.format("%.2f", 100.0 * rejected / read),
                String.format("%.2f", 100.0 * options.maxRejectedShare())),
            rejections,
            report);
      }
      if (read == 0) {
        // a header alone: nothing to import, and no batch to record for it
        digest.cancel();
        return new ImportReport(name, options.format(), 0, 0, 0, List.of(), secs(t0), false, false);
      }
      String batch = digest.get();
      long previous = Staging.intactBatchRows(c, batch);
      if (previous >= 0) {
        return new ImportReport(
            name, options.format(), read, previous, rejected, rejections, secs(t0), false, true);
      }
      long kept = st.commit(batch, file.getFileName().toString(), baciCodes);
      store.changed();
      return new ImportReport(
          name, options.format(), read, kept, rejected, rejections, secs(t0), true, false);
    } catch (SQLException e) {
      digest.cancel();
      throw new CaravanException(
          Text.of("trd.err.failed", name, reason(e)), Map.of("field", "file", "value", name), e);
    }
  }

  /**
   * DuckDB's first line, without the settings dump that follows it; its CSV parser stops short on a
   * file whose lines end in both CRLF and LF, which a user can mend.
   */
  static Text reason(SQLException e) {
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
    return first.contains("state machine reached an invalid state")
        ? Text.of("trd.err.csvLost")
        : Text.literal(first);
  }

  private static ImportException refusal(
      String name, ImportOptions options, long t0, Text summary, Text rejection) {
    ImportReport report =
        new ImportReport(
            name, options.format(), 0, 0, 0, List.of(rejection), secs(t0), false, false);
    return new ImportException(summary, List.of(rejection), report);
  }

  static String editionYear(String rev) {
    return EDITION_YEARS.get(rev);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long fileSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
