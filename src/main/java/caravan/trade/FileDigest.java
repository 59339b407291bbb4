package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The sha-256 of a file, the identity of its import batch, computed on another thread from when an
 * import asks for it to start: the BACI fast path starts it once DuckDB has read the file, so that
 * the two do not share the machine's cores while the rows are written.
 */
final class FileDigest {
  private final Path file;
  private CompletableFuture<String> running;

  FileDigest(Path file) {
    this.file = file;
  }

  /** Starts computing, when not started yet. */
  synchronized void start() {
    if (running == null) running = CompletableFuture.supplyAsync(() -> sha256(file));
  }

  /** The digest, waiting for it (and starting it) as needed. */
  String get() {
    start();
    try {
      return running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaravanException(Text.of("trd.err.interrupted"), Map.of());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      throw new CaravanException(Text.of("trd.err.readFile", cause.getMessage()), Map.of(), cause);
    }
  }

  synchronized void cancel() {
    if (running != null) running.cancel(true);
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 20];
      int n;
      while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("trd.err.read", file.toString(), String.valueOf(e.getMessage())), Map.of(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
