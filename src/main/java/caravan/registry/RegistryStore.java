package caravan.registry;

import caravan.store.DataVersion;
import caravan.text.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Update;

/**
 * The registry tables through Jdbi: every change is one transaction that writes the record and its
 * audit row together. The record whole is its JSON body; the typed columns beside it (label, kind,
 * pair and each kind's own) are what lists and queries filter and order by. Updates and deletes are
 * conditional on the version read ({@code WHERE id = ? AND version = ?}); a zero update count means
 * someone else changed it first.
 */
final class RegistryStore {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  /** SQL states of H2 and PostgreSQL for a row another transaction holds or changed meanwhile. */
  private static final Set<String> CONCURRENT = Set.of("40001", "40P01", "HYT00", "90131");

  private final Jdbi jdbi;

  RegistryStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The current row of a record, deleted or not. */
  record Row(
      String id,
      int version,
      String pair,
      String body,
      LocalDateTime updatedAt,
      String updatedBy,
      LocalDateTime deletedAt,
      String deletedBy) {}

  <T extends RegistryRecord> T create(
      Kind<T> k, T record, String id, String user, LocalDateTime now) {
    String newId = id != null ? id : k.prefix + "-" + shortId();
    return concurrently(
        k,
        newId,
        () ->
            jdbi.inTransaction(
                h -> {
                  if (row(h, k, newId).isPresent()) {
                    throw ValidationException.worded(
                        caravan.text.Text.of("reg.cannotCreate", k.describe(newId)),
                        List.of(ExportBatch.at("id", caravan.text.Text.of("reg.idExists", newId))));
                  }
                  insert(h, k, record, newId, user, now, DataVersion.bump(h));
                  return read(k, newId, 1, pairOf(record), body(record));
                }));
  }

  /** Inserts, in one transaction, the records whose id is not stored yet; returns how many. */
  int insertMissing(List<? extends RegistryRecord> records, String user, LocalDateTime now) {
    return insertMissing(records, user, now, h -> {});
  }

  /** As the above, doing {@code also} in the same transaction (recording what was loaded). */
  int insertMissing(
      List<? extends RegistryRecord> records,
      String user,
      LocalDateTime now,
      java.util.function.Consumer<Handle> also) {
    return jdbi.inTransaction(
        h -> {
          int n = 0;
          Long changed = null; // raised once, at the first record written
          Map<Kind<?>, Set<String>> existing = new java.util.HashMap<>();
          for (RegistryRecord r : records) {
            Kind<RegistryRecord> k = Kinds.of(r);
            Set<String> ids =
                existing.computeIfAbsent(
                    k,
                    x ->
                        new HashSet<>(
                            h.createQuery("SELECT id FROM " + x.table).mapTo(String.class).list()));
            if (!ids.add(r.id())) continue;
            if (changed == null) changed = DataVersion.bump(h);
            insert(h, k, r, r.id(), user, now, changed);
            n++;
          }
          also.accept(h);
          return n;
        });
  }

  <T extends RegistryRecord> T update(
      Kind<T> k, String id, int version, T record, String user, LocalDateTime now) {
    return concurrently(
        k,
        id,
        () ->
            jdbi.inTransaction(
                h -> {
                  Row before = current(h, k, id, version);
                  long changed = DataVersion.bump(h);
                  String body = body(record);
                  Update u =
                      h.createUpdate(
                          "UPDATE "
                              + k.table
                              + " SET version = version + 1, label = :label, kind = :kind,"
                              + " pair = :pair,"
                              + " body = :body, updated_at = :now,"
                              + " updated_by = :user, changed_in = :changed"
                              + setColumns(k, record)
                              + " WHERE id = :id AND version = :version AND deleted_at IS NULL");
                  bindRecord(u, k, record, body)
                      .bind("now", now)
                      .bind("user", user)
                      .bind("changed", changed);
                  if (u.bind("id", id).bind("version", version).execute() == 0) {
                    throw stale(k, id, version, current(h, k, id, -1));
                  }
                  audit(
                      h,
                      k,
                      id,
                      "update",
                      version + 1,
                      user,
                      now,
                      full(before.body, id, before.version, before.pair),
                      full(body, id, version + 1, pairOf(record)));
                  return read(k, id, version + 1, pairOf(record), body);
                }));
  }

  <T extends RegistryRecord> void delete(
      Kind<T> k, String id, int version, String user, LocalDateTime now) {
    concurrently(
        k,
        id,
        () ->
            jdbi.inTransaction(
                h -> {
                  Row before = current(h, k, id, version);
                  long changed = DataVersion.bump(h);
                  int n =
                      h.createUpdate(
                              "UPDATE "
                                  + k.table
                                  + " SET version = version + 1, deleted_at = :now,"
                                  + " deleted_by = :user, updated_at = :now, updated_by = :user,"
                                  + " changed_in = :changed"
                                  + " WHERE id = :id AND version = :version AND deleted_at IS NULL")
                          .bind("changed", changed)
                          .bind("now", now)
                          .bind("user", user)
                          .bind("id", id)
                          .bind("version", version)
                          .execute();
                  if (n == 0) throw stale(k, id, version, current(h, k, id, -1));
                  audit(
                      h,
                      k,
                      id,
                      "delete",
                      version + 1,
                      user,
                      now,
                      full(before.body, id, before.version, before.pair),
                      null);
                  return null;
                }));
  }

  /** Whether every id is stored in {@code k}'s table, deleted or not. */
  boolean allStored(Kind<?> k, Set<String> ids) {
    if (ids.isEmpty()) return true;
    return jdbi.withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM " + k.table + " WHERE id IN (<ids>)")
                    .bindList("ids", List.copyOf(ids))
                    .mapTo(Integer.class)
                    .one())
        == ids.size();
  }

  <T extends RegistryRecord> Optional<T> get(Kind<T> k, String id) {
    return jdbi.withHandle(h -> row(h, k, id))
        .filter(r -> r.deletedAt == null)
        .map(r -> read(k, r.id, r.version, r.pair, r.body));
  }

  boolean exists(Kind<?> k, String id) {
    return jdbi.withHandle(h -> row(h, k, id)).filter(r -> r.deletedAt == null).isPresent();
  }

  /** Records not deleted, matching the filter, in the kind's order. */
  <T extends RegistryRecord> List<T> list(Kind<T> k, RegistryFilter f) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, version, pair, body FROM " + k.table + " WHERE deleted_at IS NULL");
    if (f.text() != null) sql.append(" AND LOWER(label) LIKE :text");
    if (f.kind() != null) sql.append(" AND kind = :kind");
    if (f.pair() != null) sql.append(" AND pair IN (:pair, :reversed)");
    sql.append(" ORDER BY ").append(k.order);
    return jdbi.withHandle(
        h -> {
          var q = h.createQuery(sql.toString());
          if (f.text() != null) {
            q.bind("text", "%" + f.text().toLowerCase(Locale.ROOT) + "%");
          }
          if (f.kind() != null) q.bind("kind", f.kind());
          if (f.pair() != null) {
            q.bind("pair", f.pair().toString()).bind("reversed", f.pair().reversed().toString());
          }
          return q.map(
                  (rs, ctx) ->
                      read(k, rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
              .list();
        });
  }

  /** A record written in a later data version: {@code record} null when it was deleted. */
  record Changed<T>(String id, T record) {}

  /** The records of {@code k} written in a data version after {@code after}, deleted included. */
  <T extends RegistryRecord> List<Changed<T>> changedSince(Kind<T> k, long after) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, version, pair, body, deleted_at FROM "
                        + k.table
                        + " WHERE changed_in > :after")
                .bind("after", after)
                .map(
                    (rs, ctx) ->
                        new Changed<>(
                            rs.getString(1),
                            rs.getObject(5) != null
                                ? null
                                : read(
                                    k,
                                    rs.getString(1),
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4))))
                .list());
  }

  /** Rows of a table (deleted included), for checks that nothing was written. */
  long rows(String table) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }

  List<AuditEntry> audit(String entity, String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT id, changed_at, actor, entity, entity_id, change_type, version,
                      before_json, after_json
                    FROM audit_log WHERE entity = :entity AND entity_id = :id ORDER BY id""")
                .bind("entity", entity)
                .bind("id", id)
                .map(
                    (rs, ctx) ->
                        new AuditEntry(
                            rs.getLong(1),
                            rs.getObject(2, LocalDateTime.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getInt(7),
                            rs.getString(8),
                            rs.getString(9)))
                .list());
  }

  boolean figureExists(String figureId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM stated_figure WHERE id = :id")
                    .bind("id", figureId)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  private <T extends RegistryRecord> void insert(
      Handle h, Kind<T> k, T record, String id, String user, LocalDateTime now, long changed) {
    Map<String, Kind.Col> cols = k.columns.apply(record);
    String names = cols.isEmpty() ? "" : ", " + String.join(", ", cols.keySet());
    String params =
        cols.isEmpty()
            ? ""
            : ", " + String.join(", ", cols.keySet().stream().map(c -> ":" + c).toList());
    String body = body(record);
    Update u =
        h.createUpdate(
            "INSERT INTO "
                + k.table
                + " (id, version, label, kind, pair, body, created_at, created_by,"
                + " updated_at, updated_by, changed_in"
                + names
                + ") VALUES (:id, 1, :label, :kind, :pair, :body, :now, :user, :now, :user,"
                + " :changed"
                + params
                + ")");
    bindRecord(u, k, record, body)
        .bind("id", id)
        .bind("now", now)
        .bind("user", user)
        .bind("changed", changed)
        .execute();
    audit(h, k, id, "create", 1, user, now, null, full(body, id, 1, pairOf(record)));
  }

  /** The kind column's width (VARCHAR(100), V2): longer text is refused, not cut or failed. */
  static final int KIND_MAX = 100;

  // Named by the field that holds the kind (kind, indicator, status…), found by its value.
  private static <T extends RegistryRecord> ValidationException kindTooLong(
      Kind<T> k, T record, String kind) {
    String field =
        Fields.of(k.type).stream()
            .map(RecordField::name)
            .filter(n -> kind.equals(componentText(record, n)))
            .findFirst()
            .orElse("kind");
    return ValidationException.worded(
        caravan.text.Text.of("reg.cannotStore", k.entity),
        List.of(
            ExportBatch.at(
                field,
                caravan.text.Text.of(
                    "reg.tooLong", String.valueOf(kind.length()), String.valueOf(KIND_MAX)))));
  }

  // null for a described field that is no component of the record (derived, or renamed)
  private static String componentText(RegistryRecord record, String name) {
    try {
      return String.valueOf(Fields.component(record, name));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static <T extends RegistryRecord> Update bindRecord(
      Update u, Kind<T> k, T record, String body) {
    String label = k.label.apply(record);
    String kind = k.kind.apply(record);
    if (kind != null && kind.length() > KIND_MAX) throw kindTooLong(k, record, kind);
    u.bind("label", label == null ? "" : label)
        .bindByType("kind", kind, String.class)
        .bind("pair", pairOf(record))
        .bind("body", body);
    k.columns.apply(record).forEach((name, col) -> u.bindByType(name, col.value(), col.type()));
    return u;
  }

  private static <T extends RegistryRecord> String setColumns(Kind<T> k, T record) {
    StringBuilder s = new StringBuilder();
    for (String c : k.columns.apply(record).keySet())
      s.append(", ").append(c).append(" = :").append(c);
    return s.toString();
  }

  private static void audit(
      Handle h,
      Kind<?> k,
      String id,
      String change,
      int version,
      String user,
      LocalDateTime now,
      String before,
      String after) {
    h.createUpdate(
            """
            INSERT INTO audit_log (changed_at, actor, entity, entity_id, change_type, version,
              before_json, after_json)
            VALUES (:now, :user, :entity, :id, :change, :version, :before, :after)""")
        .bind("now", now)
        .bind("user", user)
        .bind("entity", k.entity)
        .bind("id", id)
        .bind("change", change)
        .bind("version", version)
        .bindByType("before", before, String.class)
        .bindByType("after", after, String.class)
        .execute();
  }

  private static Optional<Row> row(Handle h, Kind<?> k, String id) {
    return h.createQuery(
            "SELECT id, version, pair, body, updated_at, updated_by, deleted_at, deleted_by FROM "
                + k.table
                + " WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, ctx) ->
                new Row(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDateTime.class),
                    rs.getString(6),
                    rs.getObject(7, LocalDateTime.class),
                    rs.getString(8)))
        .findOne();
  }

  /**
   * The row to change: it must exist and not be deleted, and (unless {@code expected} is -1) be at
   * the expected version.
   */
  private static Row current(Handle h, Kind<?> k, String id, int expected) {
    Row r = row(h, k, id).orElseThrow(() -> RegistryService.noRecord(k, id));
    if (r.deletedAt != null) {
      throw new NotFoundException(
          caravan.text.Text.of(
              "reg.deleted", k.describe(id), String.valueOf(r.deletedBy), r.deletedAt.toString()),
          Map.of("field", "id", "value", id));
    }
    if (expected >= 0 && r.version != expected) throw stale(k, id, expected, r);
    return r;
  }

  private static StaleVersionException stale(Kind<?> k, String id, int read, Row now) {
    return new StaleVersionException(
        caravan.text.Text.of(
            "reg.stale",
            k.describe(id),
            String.valueOf(read),
            String.valueOf(now.version),
            String.valueOf(now.updatedBy),
            now.updatedAt.toString()),
        Map.of(
            "field",
            "version",
            "value",
            read,
            "currentVersion",
            now.version,
            "changedBy",
            now.updatedBy,
            "changedAt",
            now.updatedAt.toString()));
  }

  /**
   * Runs a change; a database that reports the row as locked or changed by a concurrent transaction
   * (H2 may, where PostgreSQL waits and then finds the new version) is a stale version too.
   */
  private static <R> R concurrently(Kind<?> k, String id, java.util.function.Supplier<R> change) {
    try {
      return change.get();
    } catch (JdbiException e) {
      Throwable c = e;
      while (c != null && !(c instanceof SQLException)) c = c.getCause();
      if (c instanceof SQLException s && CONCURRENT.contains(s.getSQLState())) {
        throw new StaleVersionException(
            caravan.text.Text.of("reg.busy", k.describe(id)),
            Map.of("field", "version", "value", id),
            e);
      }
      throw e;
    }
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** The record in {@code pair}, every other component as it is. */
  static <T extends RegistryRecord> T inPair(T record, Pair pair) {
    ObjectNode node = JSON.valueToTree(record);
    node.put("pair", pair.toString());
    try {
      @SuppressWarnings("unchecked")
      T copy = (T) JSON.treeToValue(node, record.getClass());
      return copy;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot copy " + record.id() + ": " + e, e);
    }
  }

  /** The record as JSON without id, version and pair (those live in their columns). */
  static String body(RegistryRecord r) {
    ObjectNode node = JSON.valueToTree(r);
    node.remove("id");
    node.remove("version");
    node.remove("pair");
    return node.toString();
  }

  private static String pairOf(RegistryRecord r) {
    if (r.pair() == null) throw new IllegalStateException(r.id() + " has no pair");
    return r.pair().toString();
  }

  /** The stored body with id, version and pair, as the audit log keeps it. */
  private static String full(String body, String id, int version, String pair) {
    try {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", id);
      node.put("version", version);
      node.put("pair", pair);
      node.setAll((ObjectNode) JSON.readTree(body));
      return node.toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored record " + id + " is not JSON", e);
    }
  }

  private static <T extends RegistryRecord> T read(
      Kind<T> k, String id, int version, String pair, String body) {
    try {
      return JSON.readValue(full(body, id, version, pair), k.type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored " + k.describe(id) + " cannot be read: " + e, e);
    }
  }
}
