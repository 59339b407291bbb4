package caravan.trade;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which build of Caravan last made the trade store's tables and types. Making sure of them reads
 * every HS edition's codes and the store's ENUM labels back (most of a command's start), yet what
 * they should be changes only with the build: so a start by the same jar that recorded its mark
 * skips the work. A build is known by its jar's path, size and time, as the JVM knows a jar for its
 * class-data archive; run from classes (tests, an IDE) there is no mark and the work is done every
 * time.
 */
final class SchemaMark {
  private SchemaMark() {}

  /** The running build's mark, or null when Caravan does not run from a jar. */
  static String ofThisBuild() {
    try {
      Path jar =
          Path.of(SchemaMark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) return null;
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      return jar.toAbsolutePath() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
    } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }

  /** Whether the store's tables were made by the build with this mark. */
  static boolean matches(Connection c, String mark) {
    if (mark == null) return false;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT mark FROM caravan_schema_mark")) {
      return r.next() && mark.equals(r.getString(1)) && !r.next();
    } catch (SQLException notMarkedYet) {
      return false;
    }
  }

  /** Records that the build with this mark has made the store's tables. */
  static void record(Connection c, String mark) throws SQLException {
    if (mark == null) return;
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS caravan_schema_mark (mark VARCHAR NOT NULL)");
      s.execute("DELETE FROM caravan_schema_mark");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO caravan_schema_mark VALUES (?)")) {
      p.setString(1, mark);
      p.executeUpdate();
    }
  }
}
