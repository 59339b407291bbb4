package caravan.web;

import caravan.App;
import io.javalin.Javalin;
import java.nio.file.Path;

/** Caravan over a fresh data directory, served on a free local port: what the web tests call. */
record TestServer(App app, Javalin server, String base) implements AutoCloseable {
  static TestServer start(Path dataDir) {
    App app = App.open(new App.Config(dataDir, null, null, null));
    try {
      Javalin server = app.web().start("127.0.0.1", 0);
      return new TestServer(app, server, "http://127.0.0.1:" + server.port());
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  @Override
  public void close() {
    server.stop();
    app.close();
  }
}
