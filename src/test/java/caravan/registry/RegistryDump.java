package caravan.registry;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Every row of the registry's tables, the audit log and the data version as text, read with plain
 * SQL (not through the registry's own reader), to show that a refused import left the store as it
 * was, byte for byte.
 */
final class RegistryDump {
  private RegistryDump() {}

  static String of(Jdbi jdbi) {
    List<String> tables = new ArrayList<>();
    Kinds.ALL.forEach(k -> tables.add(k.table));
    tables.addAll(List.of("audit_log", "data_version"));
    StringBuilder out = new StringBuilder();
    jdbi.useHandle(
        h -> {
          for (String t : tables) {
            out.append("== ").append(t).append('\n');
            try (var s = h.getConnection().createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
              ResultSetMetaData md = rs.getMetaData();
              while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                  out.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                }
                out.append('\n');
              }
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException("Cannot dump " + t, e);
            }
          }
        });
    return out.toString();
  }
}
