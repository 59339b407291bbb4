package caravan.cli;

import caravan.store.AnalyticsStore;
import caravan.store.Backup;
import caravan.store.RelationalStore;
import caravan.text.CaravanException;
import caravan.text.Text;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "DIR")
  Path dir;

  @Option(names = "--force", defaultValue = "${env:CARAVAN_RESTORE_FORCE:-false}")
  boolean force;

  @Override
  public Integer call() {
    LocalServer.running(root.dataDir)
        .ifPresent(
            port -> {
              throw new CaravanException(
                  Text.of("sto.cli.serverRuns", root.dataDir.toString(), String.valueOf(port)),
                  Map.of("field", "data-dir", "value", root.dataDir.toString()));
            });
    Backup.Report r =
        Backup.restore(
            dir, root.dataDir, new Backup.Login(root.db, root.dbUser, root.dbPassword), force);
    // the restored stores must open and read: say what they hold
    try (RelationalStore relational = BackupCommand.open(root);
        AnalyticsStore trade = AnalyticsStore.file(root.dataDir);
        Connection c = relational.dataSource().getConnection();
        Connection t = trade.connect()) {
      System.out.println(
          Text.of(
                  "sto.cli.restored",
                  r.dir().toString(),
                  Backup.noteText(r.note()),
                  root.dataDir.toString(),
                  String.valueOf(count(c, "app_user")),
                  String.valueOf(count(c, "audit_log")),
                  String.valueOf(count(c, "stated_figure")),
                  String.valueOf(count(t, "baci_flow") + count(t, "trade_flow")))
              .in(CliLanguage.of(root.lang)));
    } catch (SQLException e) {
      throw new CaravanException(
          Text.of("sto.cli.unreadable", String.valueOf(e.getMessage())), Map.of(), e);
    }
    return 0;
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
