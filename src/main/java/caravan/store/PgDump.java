package caravan.store;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own backup tools, {@code pg_dump} and {@code pg_restore}, run as the operator would
 * run them: a consistent snapshot while the database is in use, in the custom format. Caravan ships
 * no PostgreSQL client; where none is on the PATH the backup says so and the README shows the
 * command.
 */
final class PgDump {
  static final String FILE = "caravan.pgdump";
  static final String NOT_FOUND =
      "the relational store is PostgreSQL and no pg_dump is on the PATH: back it up with"
          + " pg_dump --format=custom (see the README, Backups)";

  private PgDump() {}

  /** Dumps the database into {@code dir}; empty when no pg_dump is installed. */
  static Optional<String> dump(String jdbcUrl, String user, String password, Path dir) {
    Optional<Path> tool = onPath("pg_dump");
    if (tool.isEmpty()) return Optional.empty();
    run(
        List.of(
            tool.get().toString(),
            "--format=custom",
            "--no-owner",
            "--file=" + dir.resolve(FILE),
            "--dbname=" + libpqUrl(jdbcUrl)),
        user,
        password);
    return Optional.of(FILE);
  }

  /** Replaces the database's objects by the dump's ({@code pg_restore --clean}). */
  static void restore(String jdbcUrl, String user, String password, Path dump) {
    Path tool =
        onPath("pg_restore")
            .orElseThrow(
                () ->
                    new CaravanException(
                        Text.of("sto.pg.noRestore", dump.toString()), Map.of("field", "db")));
    run(
        List.of(
            tool.toString(),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--dbname=" + libpqUrl(jdbcUrl),
            dump.toString()),
        user,
        password);
  }

  /**
   * {@code jdbc:postgresql://host:port/db?user=…} as libpq reads it: the JDBC-only parameters
   * dropped, as libpq refuses parameters it does not know.
   */
  static String libpqUrl(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    StringBuilder kept = new StringBuilder();
    if (uri.getRawQuery() != null) {
      for (String p : uri.getRawQuery().split("&")) {
        String name = p.split("=", 2)[0];
        if (List.of("user", "password", "sslmode").contains(name)) {
          kept.append(kept.isEmpty() ? "?" : "&").append(p);
        }
      }
    }
    String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
    return "postgresql://" + authority + uri.getRawPath() + kept;
  }

  private static void run(List<String> command, String user, String password) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (user != null) pb.environment().put("PGUSER", user);
    if (password != null) pb.environment().put("PGPASSWORD", password);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new CaravanException(
            Text.of(
                "sto.pg.failed",
                String.valueOf(Path.of(command.get(0)).getFileName()),
                out.strip().lines().reduce((a, b) -> b).orElse("exit " + p.exitValue())),
            Map.of("field", "db"));
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("sto.pg.run", command.get(0), String.valueOf(e.getMessage())), Map.of(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaravanException(Text.of("sto.pg.interrupted", command.get(0)), Map.of());
    }
  }

  private static Optional<Path> onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
