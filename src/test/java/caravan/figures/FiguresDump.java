package caravan.figures;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Every row of the tables a figures import writes (the figures, their audit rows, the data
 * version), as text: a refused import must leave this string exactly as it was.
 */
final class FiguresDump {
  private FiguresDump() {}

  private static final List<String> TABLES =
      List.of(
          "SELECT * FROM stated_figure ORDER BY id",
          "SELECT * FROM audit_log ORDER BY id",
          "SELECT * FROM data_version ORDER BY id");

  static String of(Jdbi jdbi) throws java.sql.SQLException {
    StringBuilder b = new StringBuilder();
    jdbi.useHandle(
        h -> {
          for (String sql : TABLES) {
            b.append(sql).append('\n');
            try (var st = h.getConnection().createStatement();
                ResultSet rs = st.executeQuery(sql)) {
              ResultSetMetaData md = rs.getMetaData();
              while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                  b.append(md.getColumnLabel(i)).append('=').append(rs.getString(i)).append('|');
                }
                b.append('\n');
              }
            }
          }
        });
    return b.toString();
  }
}
