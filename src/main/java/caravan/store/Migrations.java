package caravan.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The bundled Flyway migrations of a store, and whether a store already has them all. Starting
 * Flyway (scanning the classpath, validating, locking the history table) takes about as long as the
 * rest of a command's start, yet on every start but the first after an upgrade it finds nothing to
 * do; so Flyway runs only when the store's history differs from the bundled files: a version
 * missing, a checksum changed, a failed or unknown row. A store that cannot be read that way (no
 * history yet) is migrated as before.
 */
public final class Migrations {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

  private final List<String> locations;

  /** Migrations in these classpath folders, e.g. {@code db/migration}. */
  public Migrations(List<String> locations) {
    this.locations = List.copyOf(locations);
  }

  /** The portable migrations and those of the dialect ({@code h2} or {@code postgresql}). */
  public static Migrations bundled(String vendor) {
    return new Migrations(List.of("db/migration", "db/vendor/" + vendor));
  }

  /**
   * Migrates the store unless it is current; returns whether Flyway ran. Flyway's own failures
   * ({@link org.flywaydb.core.api.FlywayException}) pass through.
   */
  public boolean bringUpToDate(DataSource store) {
    if (current(store)) return false;
    Flyway.configure()
        .dataSource(store)
        .locations(locations.stream().map(l -> "classpath:" + l).toArray(String[]::new))
        .load()
        .migrate();
    return true;
  }

  /**
   * Whether the store's history holds exactly the bundled versioned migrations, each applied
   * successfully with the checksum Flyway gives the bundled file.
   */
  public boolean current(DataSource store) {
    Map<String, Integer> bundled = checksums();
    if (bundled == null) return false;
    Map<String, Integer> applied = new HashMap<>();
    try (Connection c = store.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT version, checksum, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL")) {
      while (r.next()) {
        if (!r.getBoolean(3)) return false;
        int checksum = r.getInt(2);
        applied.put(r.getString(1), r.wasNull() ? null : checksum);
      }
    } catch (SQLException noHistoryYet) {
      return false;
    }
    return applied.equals(bundled);
  }

  /**
   * Version → checksum of each bundled file; null when a file is not a plain versioned SQL
   * migration (a repeatable one, say), which only Flyway can judge.
   */
  Map<String, Integer> checksums() {
    Map<String, Integer> out = new HashMap<>();
    for (String location : locations) {
      for (String name : files(location)) {
        Matcher m = VERSIONED.matcher(name);
        if (!m.matches()) return null;
        out.put(m.group(1).replace('_', '.'), checksum(location + "/" + name));
      }
    }
    return out;
  }

  /**
   * Flyway's checksum of a script: CRC-32 of its lines in UTF-8 without their line ends (so it does
   * not depend on them), a leading byte-order mark dropped.
   */
  static int checksum(String resource) {
    CRC32 crc = new CRC32();
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = lines.readLine();
      if (line != null && line.startsWith("\uFEFF")) line = line.substring(1);
      for (; line != null; line = lines.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled migration " + resource, e);
    }
    return (int) crc.getValue();
  }

  /** The file names in a classpath folder, whether it lies in a jar or on disk. */
  private static List<String> files(String folder) {
    List<String> names = new ArrayList<>();
    try {
      Enumeration<URL> roots = Migrations.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("jar")) {
          JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile();
          String prefix = folder + "/";
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
              String rest = n.substring(prefix.length());
              if (!rest.contains("/")) names.add(rest);
            }
          }
        } else {
          try (Stream<Path> list = Files.list(Path.of(root.toURI()))) {
            list.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("Cannot list the bundled migrations in " + folder, e);
    }
    return names;
  }
}
