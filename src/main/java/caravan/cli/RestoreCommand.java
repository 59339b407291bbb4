package caravan.cli;

import caravan.store.AnalyticsStore;
import caravan.store.Backup;
import caravan.store.RelationalStore;
import caravan.text.CaravanException;
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
                  "caravan serve runs on "
                      + root.dataDir
                      + " (port "
                      + port
                      + "): stop it before restoring into its data directory",
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
      System.out.printf(
          "Restored %s (%s) into %s: %d users, %d audit entries, %d stated figures, %d trade"
              + " flows%n",
          r.dir(),
          r.note(),
          root.dataDir,
          count(c, "app_user"),
          count(c, "audit_log"),
          count(c, "stated_figure"),
          count(t, "baci_flow") + count(t, "trade_flow"));
    } catch (SQLException e) {
      throw new CaravanException("The restored stores do not read: " + e.getMessage());
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
