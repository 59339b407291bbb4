package caravan.cli;

import caravan.store.Backup;
import caravan.text.CaravanException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How a command reaches the {@code caravan serve} that holds a data directory's stores (the H2 and
 * DuckDB files are locked by the server): the server writes its port and a random token to {@value
 * #FILE} in the data directory, readable by its owner only, and a command that finds the file asks
 * the server over loopback with the token. Whoever can read the data directory could copy its files
 * anyway, so reading the token is the right to ask for a backup.
 */
final class LocalServer {
  static final String FILE = "serve.properties";
  static final String TOKEN_HEADER = "Caravan-Local-Token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private LocalServer() {}

  /** Writes the server's address and a new token; returns the token. */
  static String announce(Path dataDir, String host, int port) {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    Properties p = new Properties();
    // a server on every address is reached over loopback; one on a single address there
    p.setProperty(
        "host", host.equals("0.0.0.0") || host.equals("::") || host.isBlank() ? "127.0.0.1" : host);
    p.setProperty("port", String.valueOf(port));
    p.setProperty("token", token);
    p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
    Path file = dataDir.resolve(FILE);
    try {
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file); // not a POSIX file system: the directory's own rights apply
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        p.store(out, "caravan serve: how local commands reach this server");
      }
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of(
              "cl.err.cannotWrite", file.toString(), String.valueOf(e.getMessage())),
          Map.of());
    }
    return token;
  }

  /** Removes the announcement when the server stops (a killed server leaves it: it is checked). */
  static void withdraw(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(FILE));
    } catch (IOException e) {
      // a stale file is harmless: the next command finds nobody listening
    }
  }

  /** The running server's port, if one announced itself and answers. */
  static Optional<Integer> running(Path dataDir) {
    return read(dataDir)
        .filter(
            p -> {
              try (java.net.Socket s = new java.net.Socket()) {
                s.connect(
                    new java.net.InetSocketAddress(p.host(), Integer.parseInt(p.port())), 2000);
                return true;
              } catch (IOException | RuntimeException e) {
                return false;
              }
            })
        .map(p -> Integer.parseInt(p.port()));
  }

  /** Asks the running server to back up into {@code dir}; empty when no server runs. */
  static Optional<Backup.Report> backup(Path dataDir, Path dir) {
    Optional<Announced> server = read(dataDir);
    if (server.isEmpty()) return Optional.empty();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://"
                        + server.get().host()
                        + ":"
                        + server.get().port()
                        + "/api/v1/admin/backup"))
            .timeout(Duration.ofHours(1))
            .header(TOKEN_HEADER, server.get().token())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.createObjectNode()
                        .put("dir", dir.toAbsolutePath().normalize().toString())
                        .toString()))
            .build();
    HttpResponse<String> answer;
    try {
      answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      return Optional.empty(); // announced by a server that is gone
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.backup.noAnswer", e.toString()), Map.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaravanException(caravan.text.Text.of("cl.backup.interrupted"), Map.of());
    }
    try {
      JsonNode body = JSON.readTree(answer.body());
      if (answer.statusCode() != 200) {
        throw new CaravanException(
            caravan.text.Text.of("cl.backup.refused", body.path("detail").asText(answer.body())),
            Map.of("field", "dir", "value", dir.toString()));
      }
      List<String> files = new ArrayList<>();
      body.path("files").forEach(f -> files.add(f.asText()));
      return Optional.of(
          new Backup.Report(
              Path.of(body.path("dir").asText()),
              Instant.parse(body.path("at").asText()),
              files,
              body.path("note").asText("")));
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of("cl.backup.notJson", answer.body()), Map.of());
    }
  }

  record Announced(String host, String port, String token) {}

  private static Optional<Announced> read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new CaravanException(
          caravan.text.Text.of(
              "cl.err.cannotRead", file.toString(), String.valueOf(e.getMessage())),
          Map.of());
    }
    if (p.getProperty("port") == null || p.getProperty("token") == null) return Optional.empty();
    return Optional.of(
        new Announced(
            p.getProperty("host", "127.0.0.1"), p.getProperty("port"), p.getProperty("token")));
  }
}
