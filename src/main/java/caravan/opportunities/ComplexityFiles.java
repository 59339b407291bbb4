package caravan.opportunities;

import caravan.text.CaravanException;
import caravan.text.Text;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a {@link ComplexityResult} as the tables of {@code caravan complexity}: countries,
 * products, rca, proximity_countries, proximity_products (non-zero pairs once, a &lt; b), outlook
 * and gain; rows sorted by code, codes as in the input. All or nothing: the tables are written into
 * a new folder beside the target and moved into place, so a failure leaves the target as it was.
 */
public final class ComplexityFiles {
  /** Table name and its columns; codes are the first one or two columns. */
  private record Table(String name, List<String> columns, int codes) {}

  private ComplexityFiles() {}

  /** The table names written, in order. */
  public static List<String> tables(ComplexityResult r) {
    return tableList(r).stream().map(Table::name).toList();
  }

  private static List<Table> tableList(ComplexityResult r) {
    boolean fitness = r.options().method() == ComplexityOptions.Method.FITNESS;
    return List.of(
        new Table(
            "countries",
            fitness
                ? List.of("country", "diversity", "eci", "fitness")
                : List.of("country", "diversity", "eci"),
            1),
        new Table(
            "products",
            fitness
                ? List.of("product", "ubiquity", "pci", "complexity")
                : List.of("product", "ubiquity", "pci"),
            1),
        new Table("rca", List.of("country", "product", "rca", "m"), 2),
        new Table("proximity_countries", List.of("a", "b", "proximity"), 2),
        new Table("proximity_products", List.of("a", "b", "proximity"), 2),
        new Table("outlook", List.of("country", "coi"), 1),
        new Table("gain", List.of("country", "product", "cog"), 2));
  }

  /** Writes the tables into {@code dir} as {@code csv} or {@code parquet}; returns the files. */
  public static List<Path> write(ComplexityResult r, Path dir, String format) {
    boolean parquet = "parquet".equals(format);
    if (!parquet && !"csv".equals(format))
      throw new IllegalArgumentException("format must be csv or parquet");
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target))
      throw new CaravanException(target + " exists and is not a folder: give --output a folder");
    Path parent = target.getParent();
    Path work = null;
    try {
      Files.createDirectories(parent);
      work = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
      // a temporary folder is private (rwx------); the tables are for whoever reads the target
      if (work.getFileSystem().supportedFileAttributeViews().contains("posix"))
        Files.setPosixFilePermissions(
            work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      Path csvDir = parquet ? Files.createDirectories(work.resolve(".csv")) : work;
      for (Table t : tableList(r)) writeCsv(r, t, csvDir.resolve(t.name() + ".csv"));
      if (parquet) toParquet(r, csvDir, work);
      // the old folder moves aside first, so that the new one takes its name in one step
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
        Files.delete(old);
        move(target, old);
      }
      try {
        move(work, target);
      } catch (IOException e) {
        if (old != null) move(old, target);
        throw e;
      }
      work = null;
      if (old != null) delete(old);
      return tableList(r).stream()
          .map(t -> target.resolve(t.name() + (parquet ? ".parquet" : ".csv")))
          .toList();
    } catch (IOException e) {
      throw new CaravanException(Text.of("cl.err.cannotWrite", target, e.getMessage()), Map.of());
    } finally {
      if (work != null) delete(work);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double v) {
    return v == 0 ? "0" : Double.toString(v);
  }

  /** Proximity, density and gain are computed in float: their own digits, not a double's. */
  private static String single(double v) {
    return v == 0 ? "0" : Float.toString((float) v);
  }

  private static void writeCsv(ComplexityResult r, Table t, Path file) throws IOException {
    List<String> cs = r.countries();
    List<String> ps = r.products();
    boolean fitness = t.columns().size() == 4 && t.codes() == 1;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvWriter w =
            CsvWriter.builder()
                .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF)
                .build(out)) {
      w.writeRecord(t.columns());
      switch (t.name()) {
        case "countries" -> {
          for (int c = 0; c < cs.size(); c++) {
            String d = Integer.toString(r.diversity(c));
            if (fitness) w.writeRecord(cs.get(c), d, number(r.eci(c)), number(r.fitness(c)));
            else w.writeRecord(cs.get(c), d, number(r.eci(c)));
          }
        }
        case "products" -> {
          for (int p = 0; p < ps.size(); p++) {
            String u = Integer.toString(r.ubiquity(p));
            if (fitness) w.writeRecord(ps.get(p), u, number(r.pci(p)), number(r.complexity(p)));
            else w.writeRecord(ps.get(p), u, number(r.pci(p)));
          }
        }
        case "rca" -> {
          for (int c = 0; c < cs.size(); c++)
            for (int p = 0; p < ps.size(); p++)
              w.writeRecord(cs.get(c), ps.get(p), number(r.rca(c, p)), r.m(c, p) ? "1" : "0");
        }
        case "proximity_countries" -> {
          for (int a = 0; a < cs.size(); a++)
            for (int b = a + 1; b < cs.size(); b++) {
              double v = r.countryProximity(a, b);
              if (v != 0) w.writeRecord(cs.get(a), cs.get(b), single(v));
            }
        }
        case "proximity_products" -> {
          for (int a = 0; a < ps.size(); a++)
            for (int b = a + 1; b < ps.size(); b++) {
              double v = r.productProximity(a, b);
              if (v != 0) w.writeRecord(ps.get(a), ps.get(b), single(v));
            }
        }
        case "outlook" -> {
          for (int c = 0; c < cs.size(); c++) w.writeRecord(cs.get(c), number(r.coi(c)));
        }
        case "gain" -> {
          for (int c = 0; c < cs.size(); c++)
            for (int p = 0; p < ps.size(); p++)
              w.writeRecord(cs.get(c), ps.get(p), single(r.cog(c, p)));
        }
        default -> throw new IllegalStateException(t.name());
      }
    }
  }

  /** The same tables as Parquet through DuckDB, codes as text so leading zeros stay. */
  private static void toParquet(ComplexityResult r, Path csvDir, Path out) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (Table t : tableList(r)) {
        StringBuilder types = new StringBuilder("{");
        for (int i = 0; i < t.columns().size(); i++) {
          String col = t.columns().get(i);
          String type =
              i < t.codes()
                  ? "VARCHAR"
                  : col.equals("diversity") || col.equals("ubiquity") || col.equals("m")
                      ? "INTEGER"
                      : "DOUBLE";
          types
              .append(i == 0 ? "" : ", ")
              .append('\'')
              .append(col)
              .append("': '")
              .append(type)
              .append('\'');
        }
        types.append('}');
        s.execute(
            "COPY (SELECT * FROM read_csv("
                + quote(csvDir.resolve(t.name() + ".csv"))
                + ", header = true, quote = '\"', escape = '\"', columns = "
                + types
                + ")) TO "
                + quote(out.resolve(t.name() + ".parquet"))
                + " (FORMAT parquet)");
      }
    } catch (SQLException e) {
      throw new IOException("DuckDB could not write Parquet: " + e.getMessage(), e);
    }
    delete(csvDir);
  }

  private static String quote(Path p) {
    return "'" + p.toString().replace("'", "''") + "'";
  }
}
