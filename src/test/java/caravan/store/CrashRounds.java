package caravan.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kills {@code caravan serve} with SIGKILL ({@link Process#destroyForcibly()}) while editors write
 * through the API, again and again on one data directory, and after each round checks what the
 * issue promises: the store opens and reads whole, every write answered 2xx before the kill is
 * there as answered, the audit log matches the records, and no write is half there. The server is a
 * real JVM started from this JVM's class path; the editors are this JVM's threads, so what they
 * were told survives the kill. Run by {@code CrashRoundsTest} at a CI size and by {@code
 * scripts/crash-test.sh} (this class's {@link #main}) at hundreds of rounds.
 */
public final class CrashRounds {
  static final String EDITOR = "crash-editor";
  static final String PASSWORD = "kill-nine-and-restart";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many rounds, how long each writes before the kill, how many editors; extra JVM options. */
  public record Options(
      Path dataDir,
      int rounds,
      int minMillis,
      int maxMillis,
      int writers,
      long seed,
      List<String> jvm,
      String db) {}

  /** One round's outcome: what was acknowledged and what the check found wrong (empty: sound). */
  public record Round(
      int number,
      long killedAfterMillis,
      int acknowledged,
      int inFlight,
      Map<Integer, Integer> refusedByStatus,
      List<String> problems) {
    public boolean sound() {
      return problems.isEmpty();
    }

    @Override
    public String toString() {
      return String.format(
          "round %d: killed after %d ms, %d writes acknowledged, %d in flight, refused %s: %s",
          number,
          killedAfterMillis,
          acknowledged,
          inFlight,
          refusedByStatus,
          problems.isEmpty()
              ? "sound"
              : problems.size()
                  + " problems, first: "
                  + String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
    }
  }

  /** What an editor was told about one record: its version, title and whether it is deleted. */
  record Known(int version, String title, boolean deleted) {}

  /** A write sent but not answered when the server died: either state may be stored. */
  record Pending(String id, String title, Known after) {}

  private final Options options;
  private final PrintStream log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  // every record the editors were told about, across rounds: id -> the last answer
  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private final Random random;
  // the server now running, killed with this JVM too so that none outlives a stopped run
  private volatile Process server;

  public CrashRounds(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
    this.random = new Random(options.seed());
  }

  /** Runs the rounds; stops early at a round whose store does not open (nothing left to test). */
  public List<Round> run() throws Exception {
    Files.createDirectories(options.dataDir());
    Thread reaper =
        new Thread(
            () -> {
              Process p = server;
              if (p != null) p.destroyForcibly();
            });
    Runtime.getRuntime().addShutdownHook(reaper);
    addEditor();
    List<Round> rounds = new ArrayList<>();
    for (int i = 1; i <= options.rounds(); i++) {
      Round r = round(i);
      rounds.add(r);
      log.println(r);
      if (r.problems().stream().anyMatch(p -> p.startsWith("store does not open"))) break;
    }
    Runtime.getRuntime().removeShutdownHook(reaper);
    return rounds;
  }

  /** The editor, added as an operator would: {@code caravan user add} in its own process. */
  private void addEditor() throws Exception {
    Process p =
        caravan(Map.of("CARAVAN_PASSWORD", PASSWORD), "user", "add", EDITOR, "--role", "editor");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("caravan user add failed: " + out);
    }
  }

  private Round round(int number) throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path serverLog =
        options.dataDir().resolveSibling(options.dataDir().getFileName() + ".serve.log");
    server =
        caravanTo(
            serverLog,
            // 20 editors on one address would meet the write throttle (issue 10 §3) long before
            // they stress the store: the rounds test durability, not the throttle
            Map.of("CARAVAN_WRITES_PER_MINUTE", "1000000"),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(port));
    String base = "http://127.0.0.1:" + port;
    List<String> problems = new ArrayList<>();
    if (!awaitReady(server, base)) {
      boolean exited = !server.isAlive();
      server.destroyForcibly().waitFor();
      // a server that gave up is a store that does not open; one still starting on a loaded
      // machine is killed like any other round, before it answered anything
      problems.add(
          (exited ? "store does not open: the server stopped: " : "server slow to start: ")
              + tail(serverLog));
      return new Round(number, 0, 0, 0, Map.of(), problems);
    }
    Editor editor = signIn(base);
    AtomicBoolean stop = new AtomicBoolean();
    Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    Map<Integer, Integer> refused = new ConcurrentHashMap<>();
    AtomicInteger acknowledged = new AtomicInteger();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < options.writers(); w++) {
      int writer = w;
      long seed = random.nextLong();
      Thread t =
          new Thread(
              () ->
                  write(
                      base,
                      editor,
                      writer,
                      number,
                      new Random(seed),
                      stop,
                      pending,
                      refused,
                      acknowledged),
              "writer-" + w);
      t.start();
      writers.add(t);
    }
    long wait =
        options.minMillis() + (long) random.nextInt(options.maxMillis() - options.minMillis() + 1);
    Thread.sleep(wait);
    server.destroyForcibly(); // SIGKILL: no shutdown hook, no close
    server.waitFor();
    stop.set(true);
    for (Thread t : writers) t.join(30_000);
    problems.addAll(check(pending));
    for (var e : refused.entrySet()) {
      // a 5xx is the server failing, which the issue saw as the first sign of a corrupt file
      if (e.getKey() >= 500) problems.add(e.getValue() + " answers " + e.getKey());
    }
    return new Round(number, wait, acknowledged.get(), pending.size(), refused, problems);
  }

  /**
   * Kills {@code caravan import} (a BACI year into DuckDB) and {@code caravan import-figures}
   * (stated figures into H2) at a random moment, by turns, and checks after each kill that both
   * stores open and hold each import whole or not at all, the figures with their audit entries.
   */
  public List<Round> importRounds() throws Exception {
    Files.createDirectories(options.dataDir());
    Path work = options.dataDir().resolveSibling(options.dataDir().getFileName() + ".imports");
    Files.createDirectories(work);
    // the shipped BACI sample moved to 2019: a year of its own, 71 192 rows
    Path baci = work.resolve("baci-2019.csv");
    List<String> sample =
        Files.readAllLines(
            Path.of("data/world_trade/baci_hs92_2021_V202301_sample_AFG_ZAF_exports.csv"));
    List<String> moved = new ArrayList<>(List.of(sample.get(0)));
    for (String line : sample.subList(1, sample.size())) moved.add("2019" + line.substring(4));
    Files.write(baci, moved);
    long baciRows = moved.size() - 1;
    // 300 stated figures of their own ids, each the shipped R01 statement again
    Path figures = work.resolve("figures.csv");
    List<String> shipped = Files.readAllLines(Path.of("data/figures/stated-figures.csv"));
    List<String> rows = new ArrayList<>(List.of(shipped.get(0)));
    String r01 = shipped.stream().filter(l -> l.startsWith("R01,")).findFirst().orElseThrow();
    for (int i = 1; i <= FIGURES; i++) rows.add(String.format("KILL%04d", i) + r01.substring(3));
    Files.write(figures, rows);
    List<Round> rounds = new ArrayList<>();
    for (int i = 1; i <= options.rounds(); i++) {
      boolean trade = i % 2 == 1;
      Process p =
          trade
              ? caravanTo(
                  work.resolve("import.log"),
                  Map.of(),
                  "import",
                  "--format",
                  "baci",
                  baci.toString())
              : caravanTo(
                  work.resolve("import.log"),
                  Map.of(),
                  "import-figures",
                  "--actor",
                  "crash-import",
                  figures.toString());
      long wait =
          options.minMillis()
              + (long) random.nextInt(options.maxMillis() - options.minMillis() + 1);
      boolean ended = p.waitFor(wait, TimeUnit.MILLISECONDS);
      if (!ended) p.destroyForcibly().waitFor();
      List<String> problems = new ArrayList<>();
      problems.addAll(tradeWhole(baciRows));
      problems.addAll(figuresWhole());
      Round r =
          new Round(
              i, wait, ended && p.exitValue() == 0 ? 1 : 0, ended ? 0 : 1, Map.of(), problems);
      log.println((trade ? "import " : "import-figures ") + r);
      rounds.add(r);
    }
    return rounds;
  }

  static final int FIGURES = 300;

  private List<String> tradeWhole(long expected) {
    try (AnalyticsStore trade = AnalyticsStore.file(options.dataDir());
        Connection c = trade.connect();
        Statement s = c.createStatement()) {
      try (ResultSet t =
          s.executeQuery(
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'baci_flow'")) {
        t.next();
        if (t.getLong(1) == 0) return List.of(); // killed before the schema was made
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT (SELECT COUNT(*) FROM baci_flow WHERE year = 2019),"
                  + " (SELECT COUNT(*) FROM import_batch b WHERE EXISTS (SELECT 1 FROM"
                  + " baci_flow f WHERE f.batch_no = b.batch_no AND f.year = 2019))")) {
        rs.next();
        long n = rs.getLong(1);
        return n == 0 || (n == expected && rs.getLong(2) == 1)
            ? List.of()
            : List.of("the 2019 BACI import is half there: " + n + " of " + expected + " rows");
      }
    } catch (RuntimeException | SQLException e) {
      return List.of("store does not open: trade store: " + rootMessage(e));
    }
  }

  private List<String> figuresWhole() {
    try (RelationalStore store = RelationalStore.h2File(options.dataDir());
        Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM stated_figure WHERE id LIKE 'KILL%'),"
                    + " (SELECT COUNT(*) FROM audit_log WHERE entity = 'figure'"
                    + " AND entity_id LIKE 'KILL%')")) {
      rs.next();
      long figures = rs.getLong(1);
      long audit = rs.getLong(2);
      return (figures == 0 && audit == 0) || (figures == FIGURES && audit == FIGURES)
          ? List.of()
          : List.of(
              "the figures import is half there: " + figures + " figures, " + audit + " audit");
    } catch (RuntimeException | SQLException e) {
      return List.of("store does not open: relational store: " + rootMessage(e));
    }
  }

  /** One editor: creates events, edits and deletes its own, until the server is gone. */
  private void write(
      String base,
      Editor editor,
      int writer,
      int round,
      Random rnd,
      AtomicBoolean stop,
      Map<Integer, Pending> pending,
      Map<Integer, Integer> refused,
      AtomicInteger acknowledged) {
    List<String> mine = new ArrayList<>();
    for (var e : known.entrySet()) {
      if (!e.getValue().deleted() && e.getValue().title().startsWith("w" + writer + " ")) {
        mine.add(e.getKey());
      }
    }
    int seq = 0;
    while (!stop.get()) {
      seq++;
      String title = "w" + writer + " r" + round + " n" + seq;
      double dice = rnd.nextDouble();
      try {
        HttpResponse<String> answer;
        if (mine.isEmpty() || dice < 0.5) {
          pending.put(writer, new Pending(null, title, new Known(1, title, false)));
          answer = editor.send("POST", base + "/api/v1/registry/events", event(title));
          if (answer.statusCode() == 201) {
            String id = JSON.readTree(answer.body()).get("id").asText();
            known.put(id, new Known(1, title, false));
            mine.add(id);
          }
        } else {
          String id = mine.get(rnd.nextInt(mine.size()));
          Known before = known.get(id);
          if (dice < 0.9) {
            Known after = new Known(before.version() + 1, title, false);
            pending.put(writer, new Pending(id, title, after));
            answer =
                editor.send(
                    "PUT",
                    base + "/api/v1/registry/events/" + id + "?version=" + before.version(),
                    event(title));
            if (answer.statusCode() == 200) known.put(id, after);
          } else {
            Known after = new Known(before.version() + 1, before.title(), true);
            pending.put(writer, new Pending(id, title, after));
            answer =
                editor.send(
                    "DELETE",
                    base + "/api/v1/registry/events/" + id + "?version=" + before.version(),
                    null);
            if (answer.statusCode() == 204) {
              known.put(id, after);
              mine.remove(id);
            }
          }
        }
        pending.remove(writer);
        if (answer.statusCode() / 100 == 2) {
          acknowledged.incrementAndGet();
        } else {
          refused.merge(answer.statusCode(), 1, Integer::sum);
        }
      } catch (IOException e) {
        return; // the server is gone; the pending write stays pending
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String event(String title) {
    return """
        {"kind": "business forum", "title": "%s", "startDate": "2024-05", "place": "Almaty",
         "participants": ["Chamber"], "agreementIds": [], "notes": "crash test",
         "sources": [{"url": "https://example.org/%s", "date": "2024-05-01", "quote": "q"}]}
        """
        .formatted(title, URLEncoder.encode(title, StandardCharsets.UTF_8));
  }

  /**
   * Opens the data directory's store as the application does (which fails if the file is corrupt),
   * reads every row of every table, and compares the events with what the editors were told.
   */
  List<String> check(Map<Integer, Pending> pending) {
    List<String> problems = new ArrayList<>();
    Map<String, Pending> pendingById = new HashMap<>();
    Map<String, Pending> pendingCreates = new HashMap<>();
    for (Pending p : pending.values()) {
      if (p.id() == null) pendingCreates.put(p.title(), p);
      else pendingById.put(p.id(), p);
    }
    Map<String, Known> stored = new HashMap<>();
    Map<String, List<String[]>> audit = new HashMap<>();
    try (RelationalStore store =
            options.db() == null
                ? RelationalStore.h2File(options.dataDir())
                : RelationalStore.open(options.db(), null, null);
        Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      readEverything(c);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id, version, body, deleted_at FROM registry_event WHERE created_by = '"
                  + EDITOR
                  + "'")) {
        while (rs.next()) {
          stored.put(
              rs.getString(1),
              new Known(
                  rs.getInt(2),
                  JSON.readTree(rs.getString(3)).get("title").asText(),
                  rs.getObject(4) != null));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT entity_id, version, change_type, after_json FROM audit_log"
                  + " WHERE entity = 'event' AND actor = '"
                  + EDITOR
                  + "' ORDER BY id")) {
        while (rs.next()) {
          audit
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    } catch (RuntimeException | SQLException | IOException e) {
      problems.add("store does not open: " + rootMessage(e));
      return problems;
    }
    for (var e : known.entrySet()) {
      Known told = e.getValue();
      Known there = stored.get(e.getKey());
      Pending p = pendingById.get(e.getKey());
      boolean fits = told.equals(there) || (p != null && p.after().equals(there));
      if (!fits) {
        problems.add("acknowledged " + e.getKey() + " " + told + " but stored " + there);
      } else if (p != null && p.after().equals(there)) {
        known.put(e.getKey(), there); // the unanswered write was committed: it is the truth now
      }
    }
    for (var e : stored.entrySet()) {
      if (known.containsKey(e.getKey())) continue;
      Pending p = pendingCreates.get(e.getValue().title());
      if (p == null || !p.after().equals(e.getValue())) {
        problems.add("stored " + e.getKey() + " " + e.getValue() + " was never written");
      } else {
        known.put(e.getKey(), e.getValue()); // created, unanswered: stored whole
      }
    }
    for (var e : stored.entrySet()) {
      problems.addAll(
          auditFits(e.getKey(), e.getValue(), audit.getOrDefault(e.getKey(), List.of())));
    }
    for (String id : audit.keySet()) {
      if (!stored.containsKey(id)) problems.add("audit entries for " + id + " but no record");
    }
    // what is stored is the truth the next round starts from, so a loss is counted once
    known.clear();
    known.putAll(stored);
    return problems;
  }

  /**
   * One audit entry per version, in order (create, updates, delete as the last), the last entry's
   * record equal to the stored one: a record without its audit entry or the reverse was half
   * written.
   */
  private static List<String> auditFits(String id, Known record, List<String[]> entries) {
    List<String> problems = new ArrayList<>();
    if (entries.size() != record.version()) {
      problems.add(
          id + " at version " + record.version() + " has " + entries.size() + " audit entries");
      return problems;
    }
    for (int v = 1; v <= entries.size(); v++) {
      String[] a = entries.get(v - 1);
      String type =
          v == 1 ? "create" : record.deleted() && v == entries.size() ? "delete" : "update";
      if (Integer.parseInt(a[0]) != v || !a[1].equals(type)) {
        problems.add(id + " audit entry " + v + " is " + a[1] + " of version " + a[0]);
      }
    }
    String[] last = entries.get(entries.size() - 1);
    if (!record.deleted()) {
      try {
        JsonNode after = JSON.readTree(last[2]);
        if (!after.get("title").asText().equals(record.title())
            || after.get("version").asInt() != record.version()) {
          problems.add(id + " audit's last record " + after + " is not the stored " + record);
        }
      } catch (IOException | RuntimeException e) {
        problems.add(id + " audit's last record unreadable: " + e.getMessage());
      }
    }
    return problems;
  }

  /** Every row of every table, so a page the file lost is found now, not by a later reader. */
  private static void readEverything(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        c.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null && schema.equalsIgnoreCase("information_schema")) continue;
        tables.add(
            (schema == null ? "" : "\"" + schema + "\".")
                + "\""
                + rs.getString("TABLE_NAME")
                + "\"");
      }
    }
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) rs.getObject(i);
          }
        }
      }
    }
  }

  /** A signed-in editor: the session cookie and the CSRF token the API wants back. */
  record Editor(HttpClient http, String cookie, String csrf) {
    HttpResponse<String> send(String method, String url, String body)
        throws IOException, InterruptedException {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(30))
              .header("Cookie", cookie)
              .header("X-CSRF-Token", csrf)
              .header("Content-Type", "application/json");
      b.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  /** Signs in through the form, as a browser would (the form's double-submit token included). */
  private Editor signIn(String base) throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
            HttpResponse.BodyHandlers.ofString());
    String token = cookie(form, "caravan_signin");
    String body =
        "_csrf="
            + token
            + "&next=%2F&name="
            + EDITOR
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> signed =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Cookie", "caravan_signin=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String session = "caravan_session=" + cookie(signed, "caravan_session");
    HttpResponse<String> who =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Cookie", session)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Editor(http, session, JSON.readTree(who.body()).get("csrfToken").asText());
  }

  private static String cookie(HttpResponse<?> r, String name) {
    for (String h : r.headers().allValues("Set-Cookie")) {
      if (h.startsWith(name + "=")) return h.substring(name.length() + 1).split(";", 2)[0];
    }
    throw new IllegalStateException("No cookie " + name + " in " + r.headers().map());
  }

  private boolean awaitReady(Process server, String base) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (System.nanoTime() < until) {
      if (!server.isAlive()) return false;
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/countries"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) return true;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** {@code caravan ARGS} in its own JVM from this JVM's class path, on the data directory. */
  Process caravan(Map<String, String> env, String... args) throws IOException {
    return start(env, null, args);
  }

  Process caravanTo(Path output, Map<String, String> env, String... args) throws IOException {
    return start(env, output, args);
  }

  private Process start(Map<String, String> env, Path output, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(options.jvm());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("caravan.App");
    cmd.add("--data-dir");
    cmd.add(options.dataDir().toString());
    if (options.db() != null) cmd.addAll(List.of("--db", options.db()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    if (output != null) pb.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    return pb.start();
  }

  static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  static String rootMessage(Throwable e) {
    String m = e.toString();
    for (Throwable t = e; t != null; t = t.getCause()) m = t.toString();
    return m;
  }

  /**
   * {@code CrashRounds DATA_DIR ROUNDS MIN_MS MAX_MS [WRITERS [SEED [postgres]]]}: prints each
   * round; {@code postgres} runs the same rounds with the relational store on an embedded
   * PostgreSQL (started here, outside the killed server), for comparison.
   */
  public static void main(String[] args) throws Exception {
    String db = null;
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = null;
    if (args.length > 6 && args[6].equals("postgres")) {
      pg =
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
              .setDataDirectory(Path.of(args[0]).resolveSibling("pgdata"))
              .setCleanDataDirectory(false)
              .start();
      db = pg.getJdbcUrl("postgres", "postgres");
    }
    Options o =
        new Options(
            Path.of(args[0]),
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]),
            args.length > 4 ? Integer.parseInt(args[4]) : 20,
            args.length > 5 ? Long.parseLong(args[5]) : System.nanoTime(),
            List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
            db);
    CrashRounds crash = new CrashRounds(o, System.out);
    List<Round> rounds =
        args.length > 6 && args[6].equals("imports") ? crash.importRounds() : crash.run();
    long bad = rounds.stream().filter(r -> !r.sound()).count();
    long acked = rounds.stream().mapToLong(Round::acknowledged).sum();
    System.out.printf(
        "%d rounds, %d unsound, %d writes acknowledged in all%n", rounds.size(), bad, acked);
    if (pg != null) pg.close();
    System.exit(bad == 0 && rounds.size() == o.rounds() ? 0 : 1);
  }
}
