package caravan.cli;

import caravan.store.AnalyticsStore;
import caravan.store.Backup;
import caravan.store.RelationalStore;
import caravan.text.CaravanException;
import caravan.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
  @ParentCommand CaravanCommand root;

  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "DIR")
  Path dir;

  @Override
  public Integer call() {
    Optional<Backup.Report> byServer = LocalServer.backup(root.dataDir, dir);
    Backup.Report r = byServer.orElseGet(this::offline);
    String lang = CliLanguage.of(root.lang);
    System.out.println(
        Text.of(
                byServer.isPresent() ? "sto.cli.backedUpByServer" : "sto.cli.backedUp",
                String.valueOf(root.dataDir),
                r.dir().toString(),
                r.at().toString(),
                String.join(", ", r.files()))
            .in(lang));
    if (!r.note().isBlank()) {
      System.out.println(Text.of("sto.cli.note", Backup.noteText(r.note())).in(lang));
    }
    return 0;
  }

  private Backup.Report offline() {
    if (!Files.isDirectory(root.dataDir)) {
      throw new CaravanException(
          Text.of("sto.cli.noDataDir", String.valueOf(root.dataDir)),
          java.util.Map.of("field", "data-dir"));
    }
    try (RelationalStore relational = open(root);
        AnalyticsStore trade = AnalyticsStore.file(root.dataDir)) {
      return Backup.write(
          relational,
          trade,
          root.dataDir,
          dir,
          new Backup.Login(root.db, root.dbUser, root.dbPassword));
    }
  }

  static RelationalStore open(CaravanCommand root) {
    return root.db == null || root.db.isBlank()
        ? RelationalStore.h2File(root.dataDir)
        : RelationalStore.open(root.db, root.dbUser, root.dbPassword);
  }
}
