package caravan.registry;

import caravan.figures.FiguresService;
import caravan.store.DataVersion;
import caravan.store.SearchIndex;
import caravan.store.ShippedMark;
import caravan.text.Countries;
import caravan.text.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Jdbi;

/**
 * The cooperation registry: agreements, commission sessions and decisions, targets and indicators,
 * projects, organisations, partner requests, events and exchanges, and heritage items, each with
 * its sources.
 *
 * <p>Every change is checked whole first (a {@link ValidationException} lists every bad field and
 * nothing is written), then written in one transaction with its audit-log row. Updates and deletes
 * name the version they were read at; if someone changed the record since, a {@link
 * StaleVersionException} says who and when, and nothing is written. Deleting is soft: the record
 * leaves lists and {@code get}, and stays in the audit log.
 */
public final class RegistryService {
  /** The user the shipped data set is recorded as created by. */
  public static final String SHIPPED_BY = "shipped-data";

  private final RegistryStore store;
  private final Jdbi jdbi;
  private final Clock clock;
  private final RegistrySearch search;
  // the first build of the search index: null until someone starts it
  private final Object indexing = new Object();
  private volatile CompletableFuture<Void> built;
  // the store's data version the index was last built from: another process over the same
  // PostgreSQL may have written since, which only the version tells
  private final DataVersion version;
  private volatile long indexedAt = -1;
  private final Object catchingUp = new Object();
  private final CrossChecks checks;
  private final TargetFigures targets;
  private final CrossChecks.Lookup lookup;
  private final Countries countries;
  // the pair of the shipped data set: records given without a pair belong to it
  private final Pair home;

  public RegistryService(Jdbi jdbi, Countries countries, Clock clock) {
    this(jdbi, countries, clock, null);
  }

  /**
   * With a search index, text filters are full-text searches (Russian, English and Persian
   * analysis, cross-script folding) and every change updates the index; without one they match
   * titles by substring.
   */
  public RegistryService(Jdbi jdbi, Countries countries, Clock clock, SearchIndex index) {
    this(jdbi, countries, clock, index, null);
  }

  /**
   * With {@code targets}, an indicator linked to a stated figure shows that figure's current value,
   * year, unit and source (read at each {@link #get} and {@link #list}, never copied).
   */
  public RegistryService(
      Jdbi jdbi, Countries countries, Clock clock, SearchIndex index, TargetFigures targets) {
    this.targets = targets;
    this.store = new RegistryStore(jdbi);
    this.jdbi = jdbi;
    this.version = new DataVersion(jdbi);
    this.clock = clock;
    this.search = index == null ? null : new RegistrySearch(index);
    this.checks = new CrossChecks(countries);
    this.countries = countries;
    this.home = RegistryCsv.shippedPair();
    this.lookup =
        new CrossChecks.Lookup() {
          @Override
          public boolean exists(Kind<?> k, String id) {
            return store.exists(k, id);
          }

          @Override
          public Optional<CommissionSession> session(Pair pair, int number) {
            return store.get(Kinds.SESSION, sessionId(pair, number));
          }

          @Override
          public boolean figureExists(String id) {
            return store.figureExists(id);
          }
        };
  }

  /**
   * The pair the shipped data set declares (data/registry/dataset.properties): a record created or
   * imported without a pair belongs to it, and commands that name no pair use it.
   */
  public Pair homePair() {
    return home;
  }

  /**
   * The pair a user wrote ({@code KAZ-TUR}, or M49 codes {@code 398-792}), checked against the
   * country list; null or blank gives null.
   */
  public Pair pair(String text) {
    return Pair.parse(text, countries);
  }

  /** The id of session {@code number} of {@code pair} (see {@link CommissionSession#idOf}). */
  public String sessionId(Pair pair, int number) {
    return CommissionSession.idOf(pair, number);
  }

  /** The record with its pair, the home pair when it names none. */
  <T extends RegistryRecord> T paired(T record) {
    return record.pair() == null ? RegistryStore.inPair(record, home) : record;
  }

  /** The same record in {@code pair}; a null pair leaves it as it is. */
  public <T extends RegistryRecord> T inPair(T record, Pair pair) {
    return pair == null ? record : RegistryStore.inPair(record, pair);
  }

  /** Rebuilds the search index from the store (after a restore, say). */
  public void reindex() {
    if (search == null) return;
    // one build at a time, so that the version kept is that of the last build of every kind
    synchronized (catchingUp) {
      // read before the records, so that a write committed meanwhile moves the version past it
      long at = version.current();
      for (Kind<?> k : Kinds.ALL) reindex(k);
      indexedAt = at;
    }
  }

  /**
   * Starts building the search index from the store on a thread of its own, so that a server
   * answers its first pages meanwhile; a search waits for it. Without this the index is built on
   * first use (a command that never searches never pays for it).
   */
  public void reindexInBackground() {
    startIndexing(
        r -> {
          Thread t = new Thread(r, "caravan-registry-index");
          t.setDaemon(true);
          t.start();
        });
  }

  /**
   * As {@link #reindexInBackground()}, {@code delay} from now: a server that has just begun to
   * listen answers its first pages without the build competing for the processors (on 2 cores it
   * did, issue 10 §2). A search before then builds the index itself and does not wait the delay.
   */
  public void reindexInBackground(java.time.Duration delay) {
    CompletableFuture.delayedExecutor(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (!closing) reindexInBackground();
            });
  }

  // set once the stores are about to close: a delayed build must not start against them
  private volatile boolean closing;

  /** Waits for a build of the index that is under way (before the stores close, say). */
  public void awaitIndexing() {
    closing = true;
    CompletableFuture<Void> b = built;
    if (b != null) b.exceptionally(e -> null).join();
  }

  private void startIndexing(Executor where) {
    if (search == null) return;
    synchronized (indexing) {
      if (built == null) built = CompletableFuture.runAsync(this::reindex, where);
    }
  }

  /** The search index, built first when nobody has built it yet, and caught up with the store. */
  private RegistrySearch indexed() {
    built();
    catchUp();
    return search;
  }

  /** The search index, built first when nobody has built it yet. */
  private RegistrySearch built() {
    startIndexing(Runnable::run);
    try {
      built.join();
    } catch (CompletionException e) {
      synchronized (indexing) {
        built = null; // the next search tries again
      }
      throw e.getCause() instanceof RuntimeException re ? re : e;
    }
    return search;
  }

  /**
   * Brings the index up to the store's data version when it moved since: a write in this process or
   * in another over the same database. Only the rows written since are read again (each row says in
   * which version it was written); a whole rebuild takes about a second (issue 10).
   */
  private void catchUp() {
    if (version.current() == indexedAt) return;
    synchronized (catchingUp) {
      // read before the rows, so that a write committed meanwhile moves the version past it
      long now = version.current();
      if (now == indexedAt) return;
      for (Kind<?> k : Kinds.ALL) catchUp(k, indexedAt);
      indexedAt = now;
    }
  }

  private <T extends RegistryRecord> void catchUp(Kind<T> k, long since) {
    for (RegistryStore.Changed<T> c : store.changedSince(k, since)) {
      if (c.record() == null) search.remove(k, c.id());
      else search.put(k, c.record());
    }
  }

  /**
   * Applies a change to the index, once it is built; before that there is nothing to do, as the
   * build reads the store after the change was written.
   */
  private void indexChange(java.util.function.Consumer<RegistrySearch> change) {
    if (search == null) return;
    synchronized (indexing) {
      if (built == null) return;
    }
    change.accept(built());
  }

  private <T extends RegistryRecord> void reindex(Kind<T> k) {
    search.rebuild(k, store.list(k, RegistryFilter.ALL));
  }

  /**
   * Creates every record with the id it carries, all or nothing: every problem of every record (its
   * own, its links, which may point into the batch) is listed as {@code Type id: field: reason} in
   * one {@link ValidationException} and nothing is written; else all are written in one
   * transaction, each with its audit row. A record stored already with the same content is left
   * alone; returns how many were written.
   */
  public int createAll(List<? extends RegistryRecord> records, String user) {
    return new ExportBatch(jdbi, countries, clock, this).insertAll(records, user);
  }

  /** Records of every kind matching {@code text}, best first (needs the search index). */
  public List<SearchIndex.Hit> search(String text, int limit) {
    return search(text, limit, null);
  }

  /**
   * Records of {@code pair} (null: every pair) of every kind matching {@code text}, best first; the
   * index knows no pairs, so hits of other pairs are dropped here.
   */
  public List<SearchIndex.Hit> search(String text, int limit, Pair pair) {
    if (search == null) return List.of();
    if (pair == null) return indexed().search(text, limit);
    java.util.Set<String> inPair = new java.util.HashSet<>();
    int all = 0;
    for (Kind<?> k : Kinds.ALL) {
      // the store keeps the pair in a column: only this pair's ids are read (either order)
      for (RegistryRecord r : store.list(k, RegistryFilter.pair(pair))) inPair.add(r.id());
      all += (int) store.rows(k.table);
    }
    // every hit, so that the best of this pair are not cut off by better hits of others
    return indexed().search(text, Math.max(limit, all)).stream()
        .filter(h -> inPair.contains(h.id()))
        .limit(limit)
        .toList();
  }

  /**
   * Loads the shipped data/registry files once: agreements, commission sessions, projects,
   * organisations, events and heritage items. Only ids not yet stored are inserted, so records
   * edited or deleted since are left alone; returns rows inserted (135 the first time, 0 after).
   */
  public int loadShipped() {
    // a start after the first finds the same files' mark and reads none of them (issue 10 §2)
    ShippedMark mark = ShippedMark.of("registry", RegistryCsv.shippedFiles());
    if (mark.isIn(jdbi)) return 0;
    return store.insertMissing(RegistryCsv.shipped(), SHIPPED_BY, now(), mark::record);
  }

  /**
   * Adds, once, an indicator per target that officials stated for the pair (the 3 bn USD turnover,
   * 1 bn USD agricultural trade, corridor capacity…), linked to its stated figure; returns how many
   * were added.
   */
  public int loadStatedTargets(FiguresService figures, String a, String b) {
    return loadStatedTargets(figures, new Pair(a, b));
  }

  /**
   * As {@link #loadStatedTargets(FiguresService, String, String)}, each indicator of {@code pair}.
   */
  public int loadStatedTargets(FiguresService figures, Pair pair) {
    // an indicator is added only under an id not yet stored (in any pair): when every target's id
    // is stored, as on each start after the first, there is nothing to read the figures for
    if (store.allStored(Kinds.of(Indicator.class), StatedTargets.ids())) return 0;
    List<RegistryRecord> targets = new ArrayList<>();
    for (Indicator i : StatedTargets.from(figures, pair.a(), pair.b())) {
      targets.add(RegistryStore.inPair(i, pair));
    }
    return store.insertMissing(targets, SHIPPED_BY, now());
  }

  /** The records of a type that are not deleted and match the filter. */
  public <T extends RegistryRecord> List<T> list(Class<T> type, RegistryFilter filter) {
    RegistryFilter f = filter == null ? RegistryFilter.ALL : filter;
    Kind<T> k = Kinds.of(type);
    if (search == null || f.text() == null) return linked(type, store.list(k, f));
    List<String> ids = indexed().ids(k, f.text());
    Map<String, T> byId = new java.util.HashMap<>();
    for (T r : store.list(k, new RegistryFilter(null, f.kind(), f.pair()))) byId.put(r.id(), r);
    return linked(type, ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
  }

  /** Indicators with their linked stated figure's current values (see {@link TargetFigures}). */
  private <T extends RegistryRecord> List<T> linked(Class<T> type, List<T> records) {
    if (targets == null || type != Indicator.class) return records;
    return records.stream().map(r -> type.cast(targets.resolve((Indicator) r))).toList();
  }

  /** The record as stored: a linked target without its figure's shown value and source. */
  @SuppressWarnings("unchecked")
  <T extends RegistryRecord> T unlinked(T record) {
    if (targets == null || !(record instanceof Indicator i)) return record;
    return (T) targets.unlink(i);
  }

  private <T extends RegistryRecord> T linkedOne(Class<T> type, T record) {
    if (targets == null || type != Indicator.class) return record;
    return type.cast(targets.resolve((Indicator) record));
  }

  /** The record, at its current version; a {@link NotFoundException} when absent or deleted. */
  public <T extends RegistryRecord> T get(Class<T> type, String id) {
    Kind<T> k = Kinds.of(type);
    return linkedOne(type, getStored(k, id));
  }

  private <T extends RegistryRecord> T getStored(Kind<T> k, String id) {
    return store.get(k, id).orElseThrow(() -> noRecord(k, id));
  }

  // worded by the bundles; a kind added later without its key keeps the English sentence
  static NotFoundException noRecord(Kind<?> k, String id) {
    Map<String, Object> details = Map.of("field", "id", "value", String.valueOf(id));
    String key = "lang.err.noRecord." + k.type.getSimpleName();
    return caravan.text.Messages.of("en").has(key)
        ? new NotFoundException(caravan.text.Text.of(key, String.valueOf(id)), details)
        : new NotFoundException(caravan.text.Text.of("reg.noRecord", k.inWords(id)), details);
  }

  /**
   * Creates the record with a new id ({@code AGR-1A2B3C4D}; a session's is {@code SES-<number>});
   * its id and version are ignored. Returns it as stored, at version 1.
   */
  public <T extends RegistryRecord> T create(T given, String user) {
    Kind<T> k = Kinds.of(given);
    // a linked target's figure values (shown, so sent back by a form) are not the record's
    T record = unlinked(paired(given));
    check(k, record, user);
    String id = record instanceof CommissionSession s ? sessionId(s.pair(), s.number()) : null;
    T created = store.create(k, record, id, user, now());
    indexChange(index -> index.put(k, created));
    return linkedOne(k.type, created);
  }

  /**
   * Replaces the record {@code id} read at {@code version} by {@code record} (whose own id and
   * version are ignored); returns it at version {@code version + 1}.
   */
  public <T extends RegistryRecord> T update(String id, int version, T given, String user) {
    Kind<T> k = Kinds.of(given);
    // a linked target's figure values (shown, so sent back by a form) are not the record's
    T record = unlinked(paired(given));
    check(k, record, user);
    if (record instanceof CommissionSession s && !sessionId(s.pair(), s.number()).equals(id)) {
      throw ValidationException.worded(
          caravan.text.Text.of("reg.cannotUpdate", k.describe(id)),
          List.of(
              ExportBatch.at(
                  "number",
                  caravan.text.Text.of("reg.sessionNumber", String.valueOf(s.number())))));
    }
    T updated = store.update(k, id, version, record, user, now());
    indexChange(index -> index.put(k, updated));
    return linkedOne(k.type, updated);
  }

  /** Soft-deletes the record {@code id} read at {@code version}. */
  public <T extends RegistryRecord> void delete(
      Class<T> type, String id, int version, String user) {
    requireUser(user);
    store.delete(Kinds.of(type), id, version, user, now());
    indexChange(index -> index.remove(Kinds.of(type), id));
  }

  /** The audit log of one record, oldest first; it keeps the entries of deleted records. */
  public List<AuditEntry> audit(Class<? extends RegistryRecord> type, String id) {
    return store.audit(Kinds.of(type).entity, id);
  }

  /** Decisions overdue today (by the service's clock), by session and id, of every pair. */
  public List<Decision> overdueDecisions() {
    return overdueDecisions(null);
  }

  /** Decisions of {@code pair} (null: every pair) overdue today, by session and id. */
  public List<Decision> overdueDecisions(Pair pair) {
    LocalDate today = LocalDate.now(clock);
    return list(Decision.class, RegistryFilter.pair(pair)).stream()
        .filter(d -> d.overdue(today))
        .toList();
  }

  /** The decisions of one commission session of the home pair. */
  public List<Decision> decisions(int sessionNumber) {
    return decisions(home, sessionNumber);
  }

  /** The decisions of one commission session of {@code pair}. */
  public List<Decision> decisions(Pair pair, int sessionNumber) {
    return list(Decision.class, RegistryFilter.pair(pair)).stream()
        .filter(d -> d.sessionNumber() == sessionNumber)
        .toList();
  }

  /** The agreements of every pair in timeline order; see {@link #agreementsTimeline(Pair)}. */
  public List<Agreement> agreementsTimeline() {
    return agreementsTimeline(null);
  }

  /**
   * Agreements of {@code pair} (null: every pair) ordered by their first dated action (or signature
   * date), undated last, then by id.
   */
  public List<Agreement> agreementsTimeline(Pair pair) {
    return list(Agreement.class, RegistryFilter.pair(pair)).stream()
        .sorted(
            Comparator.comparing(
                    (Agreement a) -> a.firstDate().orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Agreement::id))
        .toList();
  }

  /** An indicator's actuals aggregated by its rule; see {@link Indicator#aggregate(int, int)}. */
  public Optional<BigDecimal> aggregateActuals(String indicatorId, int fromYear, int toYear) {
    return get(Indicator.class, indicatorId).aggregate(fromYear, toYear);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
  }

  private static void requireUser(String user) {
    if (user == null || user.isBlank()) {
      throw ValidationException.worded(
          caravan.text.Text.of("reg.noUser"),
          List.of(ExportBatch.at("user", caravan.text.Text.of("reg.userMissing"))));
    }
  }

  /** Local problems of the record plus those that need other records; throws when any. */
  private <T extends RegistryRecord> void check(Kind<T> k, T record, String user) {
    requireUser(user);
    List<caravan.text.Text> problems = new ArrayList<>(record.problemTexts());
    problems.addAll(checks.texts(record, lookup));
    if (!problems.isEmpty()) {
      throw ValidationException.worded(
          caravan.text.Text.of("lang.rec.cannotSave", k.type.getSimpleName()), problems);
    }
  }

  /** Rows in a registry table, deleted included (for tests that check nothing was written). */
  long rows(String table) {
    return store.rows(table);
  }
}
