package caravan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.App;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store file damaged on disk: the command that meets it ends with one line naming the file, what
 * its database found, and the restore command, and a non-zero exit; never a stack trace. Each
 * command runs in its own JVM so that everything it prints is seen, library logs included.
 */
class DamagedStoreTest {
  @TempDir static Path tmp;
  static Path sound;

  @BeforeAll
  static void aDataDirectoryWithTheShippedData() {
    sound = tmp.resolve("sound");
    // parts open on first use: ask for both stores so that each is made and filled
    try (App app = App.open(new App.Config(sound, null, null, null))) {
      app.registry();
      app.analytics();
    }
  }

  @Test
  void a_damaged_h2_file_is_named_with_the_restore_command() throws Exception {
    Path dir = copy("h2");
    damageMiddle(dir.resolve("caravan.mv.db"));

    ChildProcess run = readAll(dir);

    assertOneLineNaming(run, dir.resolve("caravan.mv.db"), dir);
  }

  @Test
  void a_damaged_duckdb_file_is_named_with_the_restore_command() throws Exception {
    Path dir = copy("duck");
    damageMiddle(dir.resolve("trade.duckdb"));

    ChildProcess run =
        ChildProcess.caravan(
            "--data-dir", dir.toString(), "profile", "ZAF", "KAZ", "--basis", "flows");

    assertOneLineNaming(run, dir.resolve("trade.duckdb"), dir);
  }

  @Test
  void the_latest_backup_recorded_is_the_one_named() throws Exception {
    Path dir = copy("backed");
    Path older = tmp.resolve("older-backup");
    Path latest = tmp.resolve("latest-backup");
    for (Path b : new Path[] {older, latest}) {
      assertThat(ChildProcess.caravan("--data-dir", dir.toString(), "backup", b.toString()).exit())
          .isZero();
    }
    damageMiddle(dir.resolve("caravan.mv.db"));

    ChildProcess run = readAll(dir);

    assertThat(run.out()).contains("caravan restore " + latest + " --data-dir " + dir + " --force");
  }

  /** A command that reads every registry record (the bulk of the H2 file), to stdout. */
  private static ChildProcess readAll(Path dir) throws Exception {
    return ChildProcess.caravan(
        "--data-dir",
        dir.toString(),
        "export",
        "--format",
        "json",
        "--out",
        tmp.resolve("x").toString());
  }

  private static void assertOneLineNaming(ChildProcess run, Path file, Path dir) {
    assertThat(run.exit()).as(run.out()).isEqualTo(1);
    assertThat(run.out().strip().lines()).as(run.out()).hasSize(1);
    assertThat(run.out())
        .startsWith("caravan: ")
        .contains(file.toString())
        .contains("damaged")
        .contains("caravan restore BACKUP_DIR --data-dir " + dir + " --force")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  private static Path copy(String name) throws Exception {
    Path to = tmp.resolve(name);
    Files.createDirectories(to);
    for (String f : new String[] {"caravan.mv.db", "trade.duckdb", "shipped-flows.done"}) {
      Files.copy(sound.resolve(f), to.resolve(f));
    }
    return to;
  }

  /** Overwrites the middle half of the file, where its live pages are, with a repeated byte. */
  private static void damageMiddle(Path file) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long size = f.length();
      byte[] junk = new byte[(int) (size / 2)];
      Arrays.fill(junk, (byte) 0x5A);
      f.seek(size / 4);
      f.write(junk);
    }
  }
}
