package caravan.cli;

import caravan.App;
import caravan.text.InvalidValueException;
import caravan.text.StartTrace;
import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand CaravanCommand root;

  int port;

  @Option(names = "--port", defaultValue = "${env:CARAVAN_PORT:-7070}")
  void port(int value) {
    // refused here, before the store opens, rather than by the server after it
    if (value < 1 || value > 65535) {
      throw new InvalidValueException(
          caravan.text.Text.of("cl.serve.port", String.valueOf(value)),
          java.util.Map.of("field", "port", "value", value));
    }
    port = value;
  }

  @Option(names = "--host", defaultValue = "${env:CARAVAN_HOST:-0.0.0.0}")
  String host;

  @Option(names = "--trust-proxy", defaultValue = "${env:CARAVAN_TRUST_PROXY:-false}")
  boolean trustProxy;

  @Override
  public Integer call() throws InterruptedException {
    long t0 = System.nanoTime();
    requireFree(host, port);
    App app = root.open();
    Javalin server =
        app.web()
            .trustProxy(trustProxy)
            .withBackup(LocalServer.announce(root.dataDir, host, port), app::backup)
            .start(host, port);
    StartTrace.mark("web server started");
    // the registry's search index is built once the first pages are served (a search builds it)
    app.registry().reindexInBackground(java.time.Duration.ofSeconds(3));
    System.out.println(
        root.words()
            .get(
                "cl.serve.ready",
                String.valueOf(server.port()),
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9)));
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LocalServer.withdraw(root.dataDir);
                  server.stop();
                  app.close();
                  stop.countDown();
                }));
    stop.await();
    return 0;
  }

  /**
   * Fails with one line when the address is taken, before the store is opened (a second {@code
   * serve} on the same data directory would also find it locked).
   */
  private static void requireFree(String host, int port) {
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new java.net.InetSocketAddress(host, port));
    } catch (java.io.IOException e) {
      throw new caravan.text.CaravanException(
          caravan.text.Text.of(
              "cl.serve.portTaken", host, String.valueOf(port), String.valueOf(e.getMessage())),
          java.util.Map.of("field", "port", "value", port));
    }
  }
}
