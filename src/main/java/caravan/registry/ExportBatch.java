package caravan.registry;

import caravan.text.Countries;
import caravan.text.Text;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a batch of records with their ids, all or nothing. Every record is checked first, by the
 * rules {@link RegistryService} applies to one record (its own problems, known countries, links to
 * records that exist) with links allowed to point into the batch itself; when any problem is found
 * a {@link ValidationException} lists them all and nothing is written. Then the whole batch is
 * written in one transaction, each record with its audit row.
 *
 * <p>Ids are kept (an export restored elsewhere keeps its links). An id already stored with the
 * same content is skipped (a fresh data directory holds the shipped records already); stored with
 * other content, or deleted, it is a problem: nothing is overwritten.
 */
final class ExportBatch {
  private final RegistryStore store;
  private final Jdbi jdbi;
  private final CrossChecks checks;
  private final Clock clock;
  private final RegistryService registry;

  ExportBatch(Jdbi jdbi, Countries countries, Clock clock, RegistryService registry) {
    this.registry = registry;
    this.store = new RegistryStore(jdbi);
    this.jdbi = jdbi;
    this.checks = new CrossChecks(countries);
    this.clock = clock;
  }

  /**
   * Checks every record, then inserts in one transaction those not stored yet; returns how many
   * were inserted. A record already stored with the same content (version aside) is left alone.
   */
  int insertAll(List<? extends RegistryRecord> given, String user) {
    // a record that names no pair belongs to the home pair, as one saved alone does; a linked
    // target is checked and compared as stored (an export shows its figure's value and source)
    List<RegistryRecord> records = new ArrayList<>();
    for (RegistryRecord r : given) records.add(registry.unlinked(registry.paired(r)));
    List<Text> problems = problems(records, user);
    if (!problems.isEmpty()) {
      throw ValidationException.worded(Text.of("reg.batch.refused"), problems);
    }
    // records stored already with the same content (the shipped data a fresh start loads)
    // are left as they are
    List<RegistryRecord> fresh = new ArrayList<>();
    for (RegistryRecord r : records) {
      if (!store.exists(Kinds.of(r), r.id())) fresh.add(r);
    }
    int n =
        store.insertMissing(fresh, user, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (n != fresh.size()) {
      // someone created one of these ids between the check and the write
      throw new RegistryException(
          Text.of("reg.batch.raced", String.valueOf(n), String.valueOf(fresh.size())), Map.of());
    }
    return n;
  }

  /** Every problem of the batch, each as {@code Entity id: field: reason}. */
  List<Text> problems(List<? extends RegistryRecord> records, String user) {
    List<Text> problems = new ArrayList<>();
    if (user == null || user.isBlank()) problems.add(at("user", Text.of("reg.userMissing")));
    Map<Kind<?>, Map<String, Boolean>> stored = new HashMap<>();
    Map<Kind<?>, Set<String>> batch = new HashMap<>();
    Map<String, CommissionSession> sessions = new HashMap<>();
    for (RegistryRecord r : records) {
      Kind<?> k = Kinds.of(r);
      Object where = where(k, r.id());
      Text badId = Kinds.idProblem(k, r.id());
      if (badId != null) {
        problems.add(at(where, at("id", badId)));
        continue;
      }
      // a stated target's indicator has its figure's source, shown in exports, not its own
      boolean linked = r instanceof Indicator i && i.figureId() != null;
      if (r.sources().isEmpty() && !linked) {
        problems.add(at(where, at("sources", Text.of("reg.batch.noSource"))));
      }
      if (!batch.computeIfAbsent(k, x -> new HashSet<>()).add(r.id())) {
        problems.add(at(where, at("id", Text.of("reg.batch.twice"))));
      }
      Boolean live = storedIds(k, stored).get(r.id());
      if (live != null && !(live && same(k, r))) {
        String key = live ? "reg.batch.storedOther" : "reg.batch.storedDeleted";
        problems.add(at(where, at("id", Text.of(key))));
      }
      if (r instanceof CommissionSession s) {
        String id = registry.sessionId(registry.paired(s).pair(), s.number());
        if (!id.equals(s.id()))
          problems.add(at(where, at("id", Text.of("reg.batch.sessionId", id))));
        sessions.put(id, s);
      }
    }
    for (RegistryRecord r : records) {
      Object where = where(Kinds.of(r), r.id());
      List<Text> own = new ArrayList<>(r.problemTexts());
      own.addAll(checks.texts(r, lookup(batch, stored, sessions)));
      own.forEach(p -> problems.add(at(where, p)));
    }
    return problems;
  }

  /** {@code place: reason}; the place (a field, a record) is the same in every language. */
  static Text at(Object place, Text reason) {
    return Text.of("lang.jr.field", place, reason);
  }

  // an id as given may be anything (empty, a path, control characters): shown short and plain
  private static Object where(Kind<?> k, String id) {
    if (id == null || id.isBlank()) return Text.of("reg.batch.noId", k.type.getSimpleName());
    String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
    return k.describe(shown.replaceAll("\\p{Cntrl}", "?"));
  }

  /** Other records are found in the batch first, then among the live stored ones. */
  private CrossChecks.Lookup lookup(
      Map<Kind<?>, Set<String>> batch,
      Map<Kind<?>, Map<String, Boolean>> stored,
      Map<String, CommissionSession> sessions) {
    return new CrossChecks.Lookup() {
      @Override
      public boolean exists(Kind<?> k, String id) {
        return batch.getOrDefault(k, Set.of()).contains(id)
            || Boolean.TRUE.equals(storedIds(k, stored).get(id));
      }

      @Override
      public Optional<CommissionSession> session(Pair pair, int number) {
        String id = registry.sessionId(pair, number);
        return Optional.ofNullable(sessions.get(id)).or(() -> store.get(Kinds.SESSION, id));
      }

      @Override
      public boolean figureExists(String id) {
        return store.figureExists(id);
      }
    };
  }

  /** True when the stored record of this id has the same content (its version aside). */
  private boolean same(Kind<?> k, RegistryRecord r) {
    return store
        .get(k, r.id())
        .map(x -> RegistryStore.body(x).equals(RegistryStore.body(r)))
        .orElse(false);
  }

  /** The ids stored for a kind, deleted ones included, each with whether it is live. */
  private Map<String, Boolean> storedIds(Kind<?> k, Map<Kind<?>, Map<String, Boolean>> cache) {
    return cache.computeIfAbsent(
        k,
        x ->
            jdbi.withHandle(
                h -> {
                  Map<String, Boolean> ids = new HashMap<>();
                  h.createQuery("SELECT id, deleted_at FROM " + x.table)
                      .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2) == null))
                      .forEach(e -> ids.put(e.getKey(), e.getValue()));
                  return ids;
                }));
  }
}
