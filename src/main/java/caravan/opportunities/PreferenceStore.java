package caravan.opportunities;

import caravan.store.DataVersion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** The preference lines in the relational store (table {@code preference_line}, migration V13). */
final class PreferenceStore {
  private final Jdbi jdbi;

  PreferenceStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Replaces the lines of every agreement {@code lines} name with {@code lines}, in one
   * transaction: the same file twice gives the same lines, and a file that fails leaves the old.
   */
  void replace(List<PreferenceCsv.Read> lines, String file) {
    Set<String> agreements = new LinkedHashSet<>();
    lines.forEach(r -> agreements.add(r.line().agreement()));
    jdbi.useTransaction(
        h -> {
          for (String a : agreements) {
            h.createUpdate("DELETE FROM preference_line WHERE agreement = :a")
                .bind("a", a)
                .execute();
          }
          var batch =
              h.prepareBatch(
                  "INSERT INTO preference_line (agreement, hs_code, hs_edition, base_duty,"
                      + " preferential_duty, staging, source_url, quote, file_name, file_line)"
                      + " VALUES (:agreement, :hsCode, :hsEdition, :baseDuty, :preferentialDuty,"
                      + " :staging, :sourceUrl, :quote, :file, :line)");
          for (PreferenceCsv.Read r : lines) {
            batch.bindMethods(r.line()).bind("file", file).bind("line", r.fileLine()).add();
          }
          if (!lines.isEmpty()) batch.execute();
          if (!lines.isEmpty()) DataVersion.bump(h);
        });
  }

  /** Every line, by agreement and code. */
  List<PreferenceLine> lines() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT agreement, hs_code, hs_edition, base_duty, preferential_duty, staging,"
                        + " source_url, quote FROM preference_line ORDER BY agreement, hs_code,"
                        + " hs_edition")
                .map(
                    (r, ctx) ->
                        new PreferenceLine(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8)))
                .list());
  }
}
