package caravan.figures;

import caravan.store.DataVersion;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The {@code stated_figure} table through Jdbi; SQL kept portable between H2 and PostgreSQL. */
final class FiguresStore {
  private final Jdbi jdbi;

  FiguresStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  private static final String COLUMNS =
      """
      id, pair_a, pair_b, indicator, direction, period_label, period_start, period_end,
      value_low, value_high, unit, basis, reported_by, source_url, source_date, quote""";

  private static final String INSERT =
      """
      INSERT INTO stated_figure (id, pair_a, pair_b, indicator, direction, period_label,
        period_start, period_end, value_low, value_high, unit, basis, reported_by, source_url,
        source_date, quote)
      VALUES (:id, :pairA, :pairB, :indicator, :direction, :periodLabel, :periodStart, :periodEnd,
        :valueLow, :valueHigh, :unit, :basis, :reportedBy, :sourceUrl, :sourceDate, :quote)""";

  private static final String UPDATE =
      """
      UPDATE stated_figure SET pair_a = :pairA, pair_b = :pairB, indicator = :indicator,
        direction = :direction, period_label = :periodLabel, period_start = :periodStart,
        period_end = :periodEnd, value_low = :valueLow, value_high = :valueHigh, unit = :unit,
        basis = :basis, reported_by = :reportedBy, source_url = :sourceUrl,
        source_date = :sourceDate, quote = :quote
      WHERE id = :id""";

  private static final String SELECT_IDS = "SELECT id FROM stated_figure";

  private static final String SELECT_PAIR =
      """
      SELECT %s FROM stated_figure
      WHERE ((pair_a = :a AND pair_b = :b) OR (pair_a = :b AND pair_b = :a))
      ORDER BY period_start NULLS LAST, id"""
          .formatted(COLUMNS);

  /** The ids of every stored figure. */
  Set<String> ids() {
    return new HashSet<>(
        jdbi.withHandle(h -> h.createQuery(SELECT_IDS).mapTo(String.class).list()));
  }

  /** Inserts the figures whose id is not yet stored, in one transaction; returns how many. */
  int insertMissing(List<StatedFigure> figures) {
    return jdbi.inTransaction(
        h -> {
          Set<String> existing =
              new HashSet<>(h.createQuery(SELECT_IDS).mapTo(String.class).list());
          int n = 0;
          for (StatedFigure f : figures) {
            if (existing.contains(f.id())) continue;
            bind(h, INSERT, f);
            n++;
          }
          if (n > 0) DataVersion.bump(h);
          return n;
        });
  }

  private static final String SELECT_ONE =
      "SELECT %s FROM stated_figure WHERE id = :id".formatted(COLUMNS);

  private static final String INSERT_AUDIT =
      """
      INSERT INTO audit_log (changed_at, actor, entity, entity_id, change_type, version,
        before_json, after_json)
      VALUES (:at, :actor, 'figure', :id, :change, :version, :before, :after)""";

  private static final String NEXT_VERSION =
      """
      SELECT COALESCE(MAX(version), 0) + 1 FROM audit_log
      WHERE entity = 'figure' AND entity_id = :id""";

  private static final String SELECT_AUDIT =
      """
      SELECT changed_at, actor, entity_id, change_type, version, before_json, after_json
      FROM audit_log WHERE entity = 'figure' AND entity_id = :id ORDER BY id""";

  /**
   * Inserts or replaces each figure by id, in one transaction; returns rows written. Each figure
   * created or changed gets an audit row in the same transaction (who, when, before, after); a row
   * equal to the stored one changes nothing and is not audited.
   */
  int upsert(List<StatedFigure> figures, String actor, LocalDateTime at) {
    return jdbi.inTransaction(
        h -> {
          int n = 0;
          boolean changed = false;
          for (StatedFigure f : figures) {
            StatedFigure before =
                h.createQuery(SELECT_ONE)
                    .bind("id", f.id())
                    .map((rs, ctx) -> figure(rs))
                    .findOne()
                    .orElse(null);
            if (before == null) bind(h, INSERT, f);
            else bind(h, UPDATE, f);
            n++;
            if (f.equals(before)) continue;
            changed = true;
            int version = h.createQuery(NEXT_VERSION).bind("id", f.id()).mapTo(Integer.class).one();
            h.createUpdate(INSERT_AUDIT)
                .bind("at", at)
                .bind("actor", actor)
                .bind("id", f.id())
                .bind("change", before == null ? "create" : "update")
                .bind("version", version)
                .bind("before", before == null ? null : FigureJson.of(before))
                .bind("after", FigureJson.of(f))
                .execute();
          }
          // last, so that the row lock that orders writers is held for the least time
          if (changed) DataVersion.bump(h);
          return n;
        });
  }

  List<FigureChange> audit(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT_AUDIT)
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new FigureChange(
                            rs.getObject("changed_at", LocalDateTime.class),
                            rs.getString("actor"),
                            rs.getString("entity_id"),
                            rs.getString("change_type"),
                            rs.getInt("version"),
                            rs.getString("before_json"),
                            rs.getString("after_json")))
                .list());
  }

  java.util.Optional<StatedFigure> byId(String id) {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT_ONE).bind("id", id).map((rs, ctx) -> figure(rs)).findOne());
  }

  List<StatedFigure> byPair(String a, String b) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT_PAIR)
                .bind("a", a)
                .bind("b", b)
                .map((rs, ctx) -> figure(rs))
                .list());
  }

  private static int bind(Handle h, String sql, StatedFigure f) {
    Period p = f.period();
    return h.createUpdate(sql)
        .bind("id", f.id())
        .bind("pairA", f.pairA())
        .bind("pairB", f.pairB())
        .bind("indicator", f.indicator())
        .bind("direction", f.direction())
        .bind("periodLabel", p == null ? null : p.label())
        .bind("periodStart", p == null ? null : p.start())
        .bind("periodEnd", p == null ? null : p.end())
        .bind("valueLow", f.valueLow())
        .bind("valueHigh", f.valueHigh())
        .bind("unit", f.unit())
        .bind("basis", f.basis())
        .bind("reportedBy", f.reportedBy())
        .bind("sourceUrl", f.sourceUrl())
        .bind("sourceDate", f.sourceDate())
        .bind("quote", f.quote())
        .execute();
  }

  private static StatedFigure figure(ResultSet rs) throws SQLException {
    String label = rs.getString("period_label");
    Period period =
        label == null ? null : new Period(label, date(rs, "period_start"), date(rs, "period_end"));
    return new StatedFigure(
        rs.getString("id"),
        rs.getString("pair_a"),
        rs.getString("pair_b"),
        rs.getString("indicator"),
        rs.getString("direction"),
        period,
        decimal(rs, "value_low"),
        decimal(rs, "value_high"),
        rs.getString("unit"),
        rs.getString("basis"),
        rs.getString("reported_by"),
        rs.getString("source_url"),
        date(rs, "source_date"),
        rs.getString("quote"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    return Decimals.normal(rs.getBigDecimal(column));
  }
}
