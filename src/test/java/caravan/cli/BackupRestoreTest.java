package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import caravan.access.Role;
import caravan.registry.Event;
import caravan.registry.PartialDate;
import caravan.registry.Source;
import caravan.store.AnalyticsStore;
import caravan.store.RelationalStore;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code caravan backup} while a server holds the stores, then {@code caravan restore} into an
 * empty directory: every table of both stores reads back row for row as it was (records, audit log,
 * users, sessions, figures, trade flows), and a backup taken while editors write holds each record
 * with exactly its audit entries.
 */
class BackupRestoreTest {
  @TempDir Path tmp;

  @Test
  void a_backup_taken_from_a_running_server_restores_into_an_empty_directory_as_it_was()
      throws Exception {
    Path data = tmp.resolve("data");
    Path backup = tmp.resolve("backup");
    Path restored = tmp.resolve("restored");
    try (Served s = Served.start(data)) {
      s.app.access().addUser("aigerim", "caspian-steppe-42".toCharArray(), Role.EDITOR);
      for (int i = 0; i < 5; i++) s.app.registry().create(event("Forum " + i), "aigerim");

      // the server holds both files locked: the command must go through it
      assertThat(caravan("--data-dir", data.toString(), "backup", backup.toString()))
          .contains("by the running server");
    }
    String out = caravan("--data-dir", restored.toString(), "restore", backup.toString());
    assertThat(out).contains("Restored");

    assertThat(relationalRows(restored)).isEqualTo(relationalRows(data));
    assertThat(tradeRows(restored)).isEqualTo(tradeRows(data));
    // the comparison is not empty: 5 events, their audit entries, a user, the shipped figures
    assertThat(relationalRows(data).get("registry_event")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(relationalRows(data).get("app_user")).hasSize(1);
    assertThat(relationalRows(data).get("stated_figure")).isNotEmpty();
    assertThat(tradeRows(data).get("baci_flow")).isNotEmpty();
  }

  @Test
  void a_backup_taken_while_editors_write_holds_each_record_with_its_audit() throws Exception {
    Path data = tmp.resolve("data");
    Path backup = tmp.resolve("backup");
    Path restored = tmp.resolve("restored");
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    try (Served s = Served.start(data)) {
      Thread writer =
          new Thread(
              () -> {
                while (!stop.get()) {
                  s.app.registry().create(event("Busy " + written.get()), "aigerim");
                  written.incrementAndGet();
                }
              });
      writer.start();
      // a writer that died would never reach 20: give up after a minute instead of hanging
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (written.get() < 20 && writer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(written.get()).as("events written before the backup").isGreaterThanOrEqualTo(20);
      caravan("--data-dir", data.toString(), "backup", backup.toString());
      stop.set(true);
      writer.join();
    }
    caravan("--data-dir", restored.toString(), "restore", backup.toString());

    // counted independently of the registry's code: one create entry per event in the backup
    try (RelationalStore store = RelationalStore.h2File(restored);
        Connection c = store.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT COUNT(*) FROM registry_event WHERE created_by = 'aigerim'),"
                    + " (SELECT COUNT(*) FROM audit_log WHERE entity = 'event' AND actor ="
                    + " 'aigerim')")) {
      rs.next();
      assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
    }
  }

  @Test
  void a_restore_refuses_a_directory_with_stores_unless_forced_and_then_sets_them_aside()
      throws Exception {
    Path data = tmp.resolve("data");
    Path backup = tmp.resolve("backup");
    // parts open on first use: ask for both stores so that each is made and filled
    try (App app = App.open(new App.Config(data, null, null, null))) {
      app.registry();
      app.analytics();
    }
    caravan("--data-dir", data.toString(), "backup", backup.toString());

    StringWriter err = new StringWriter();
    int code = run(err, "--data-dir", data.toString(), "restore", backup.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("not an empty directory").contains("--force");

    caravan("--data-dir", data.toString(), "restore", backup.toString(), "--force");
    try (var aside = Files.list(data)) {
      Path moved =
          aside
              .filter(p -> p.getFileName().toString().startsWith("before-restore-"))
              .findFirst()
              .orElseThrow();
      assertThat(moved.resolve("caravan.mv.db")).exists();
      assertThat(moved.resolve("trade.duckdb")).exists();
    }
    assertThat(relationalRows(data).get("stated_figure")).isNotEmpty();
  }

  private static Event event(String title) {
    return new Event(
        null,
        0,
        "business forum",
        title,
        PartialDate.parse("2024-05"),
        null,
        "Almaty",
        List.of("Chamber"),
        List.of(),
        "backup test",
        List.of(new Source("https://example.org/" + title.replace(' ', '-'), null, "q")));
  }

  /** Every row of every table of the H2 store, as text, tables by name, rows in a fixed order. */
  private static Map<String, List<String>> relationalRows(Path dataDir) throws Exception {
    try (RelationalStore store = RelationalStore.h2File(dataDir);
        Connection c = store.dataSource().getConnection()) {
      List<String> tables = new ArrayList<>();
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"BASE TABLE"})) {
        while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
      }
      assertThat(tables).contains("registry_event", "audit_log", "app_user", "stated_figure");
      return rows(c, tables);
    }
  }

  private static Map<String, List<String>> tradeRows(Path dataDir) throws Exception {
    try (AnalyticsStore store = AnalyticsStore.file(dataDir);
        Connection c = store.connect()) {
      return rows(c, List.of("baci_flow", "trade_flow", "import_batch"));
    }
  }

  private static Map<String, List<String>> rows(Connection c, List<String> tables)
      throws Exception {
    Map<String, List<String>> all = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('\u001f');
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        all.put(t, rows);
      }
    }
    return all;
  }

  private static String caravan(String... args) {
    StringWriter err = new StringWriter();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream was = System.out;
    System.setOut(new java.io.PrintStream(out, true));
    int code;
    try {
      code = run(err, args);
    } finally {
      System.setOut(was);
    }
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cli = new CommandLine(new CaravanCommand());
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("caravan: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  /** A server on the data directory as caravan serve runs it, announced for local commands. */
  private record Served(App app, Javalin server, Path dataDir) implements AutoCloseable {
    static Served start(Path dataDir) throws Exception {
      App app = App.open(new App.Config(dataDir, null, null, null));
      int port;
      try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      String token = LocalServer.announce(dataDir, "127.0.0.1", port);
      Javalin server = app.web().withBackup(token, app::backup).start("127.0.0.1", port);
      return new Served(app, server, dataDir);
    }

    @Override
    public void close() {
      LocalServer.withdraw(dataDir);
      server.stop();
      app.close();
    }
  }
}
