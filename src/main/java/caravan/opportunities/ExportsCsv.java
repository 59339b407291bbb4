package caravan.opportunities;

import caravan.text.ShippedData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an export matrix from a CSV of {@code country,product,value} (header names configurable,
 * other columns ignored): strictly UTF-8, one row per country and product, values plain decimal
 * numbers &ge; 0. Each refusal is one {@code file:line: field: reason} ({@link ExportsException}).
 * Codes are kept exactly as written (leading zeros, case).
 */
public final class ExportsCsv {
  /** The shipped world matrices, by the short name {@code --exports} takes. */
  public enum Shipped {
    SITC(
        "sitc",
        "world_trade/ec_world_exports_sitc2_4d_avg1998_2000.csv",
        "country",
        "product",
        "value",
        false),
    HS4_2017(
        "hs4-2017",
        "world_trade/ots_world_exports_hs4_2017.csv",
        "reporter_iso",
        "product_code",
        "export_value_usd",
        true);

    public final String word;
    public final String path;
    public final Columns columns;

    /** Licensed for research and non-commercial use only: say so wherever results are shown. */
    public final boolean nonCommercial;

    Shipped(String word, String path, String c, String p, String v, boolean nonCommercial) {
      this.word = word;
      this.path = path;
      this.columns = new Columns(c, p, v);
      this.nonCommercial = nonCommercial;
    }

    /** Whether {@code wordOrPath} is the short name rather than a path to the file. */
    public boolean isWord(String wordOrPath) {
      return word.equals(wordOrPath.toLowerCase(Locale.ROOT));
    }

    /** The shipped matrix a word or path names ({@code sitc}, or the file's name), if any. */
    public static java.util.Optional<Shipped> named(String wordOrPath) {
      for (Shipped s : values()) {
        if (s.word.equals(wordOrPath.toLowerCase(Locale.ROOT))) return java.util.Optional.of(s);
        String name = s.path.substring(s.path.lastIndexOf('/') + 1);
        Path given = Path.of(wordOrPath).getFileName();
        if (given != null && given.toString().equals(name)) return java.util.Optional.of(s);
      }
      return java.util.Optional.empty();
    }

    public ExportMatrix read() {
      try (InputStream in = ShippedData.open(path)) {
        return ExportsCsv.read(in, "data/" + path, columns);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The header names of the three columns. */
  public record Columns(String country, String product, String value) {
    public static Columns defaults() {
      return new Columns("country", "product", "value");
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private ExportsCsv() {}

  public static ExportMatrix read(Path file, Columns columns) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), columns);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ExportsException(file.toString(), 0, "file", "cl.exp.noSuchFile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the whole stream, named {@code name} in messages. */
  public static ExportMatrix read(InputStream in, String name, Columns columns) {
    Reader text =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    ExportMatrix.Builder b = ExportMatrix.builder();
    long[] lines = new long[1024];
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(text)) {
      int ci = -1;
      int pi = -1;
      int vi = -1;
      int width = 0;
      boolean header = true;
      for (CsvRecord r : csv) {
        long line = r.getStartingLineNumber();
        if (header) {
          header = false;
          List<String> names = r.getFields().stream().map(ExportsCsv::noBom).toList();
          width = names.size();
          ci = column(names, columns.country(), name, line);
          pi = column(names, columns.product(), name, line);
          vi = column(names, columns.value(), name, line);
          continue;
        }
        if (r.getFieldCount() != width)
          throw new ExportsException(
              name,
              line,
              "line",
              "cl.exp.width",
              String.valueOf(r.getFieldCount()),
              String.valueOf(width));
        String country = r.getField(ci);
        String product = r.getField(pi);
        String raw = r.getField(vi);
        if (country.isEmpty())
          throw new ExportsException(name, line, columns.country(), "cl.exp.empty");
        if (product.isEmpty())
          throw new ExportsException(name, line, columns.product(), "cl.exp.empty");
        if (!NUMBER.matcher(raw).matches())
          throw new ExportsException(name, line, columns.value(), "cl.exp.notNumber", raw);
        double v = Double.parseDouble(raw);
        if (v < 0 || Double.isInfinite(v))
          throw new ExportsException(name, line, columns.value(), "cl.exp.negative", raw);
        int row = b.size();
        int earlier = b.tryAdd(country, product, v);
        if (earlier >= 0)
          throw new ExportsException(
              name,
              line,
              columns.product(),
              "cl.exp.second",
              country,
              product,
              String.valueOf(lines[earlier]));
        if (row == lines.length) lines = java.util.Arrays.copyOf(lines, row * 2);
        lines[row] = line;
      }
      if (header) throw new ExportsException(name, 1, "file", "cl.exp.noHeader");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException)
        throw new ExportsException(name, 0, "encoding", "cl.exp.notUtf8");
      throw e;
    } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
      throw new ExportsException(name, 0, "file", "cl.exp.notCsv", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (b.size() == 0) throw new ExportsException(name, 2, "file", "cl.exp.noRows");
    return b.build();
  }

  private static String noBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static int column(List<String> names, String wanted, String file, long line) {
    int i = names.indexOf(wanted);
    if (i < 0)
      throw new ExportsException(file, line, wanted, "cl.exp.noColumn", String.join(", ", names));
    return i;
  }
}
