package caravan.bench;

import caravan.App;
import caravan.cli.CaravanCommand;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The training run of the build's class-data sharing archive (target/caravan.jsa): what {@code
 * caravan profile} and {@code caravan serve} load on their way to the first answer, so that the JVM
 * maps those classes from the archive instead of reading, verifying and linking them at every
 * start. Run by the build as {@code java -XX:ArchiveClassesAtExit=… -cp target/caravan.jar
 * caravan.bench.StartTraining DATA-DIR}; not a command of its own.
 */
public final class StartTraining {
  private StartTraining() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "target/cds-training");
    int code = CaravanCommand.run("--data-dir", data.toString(), "profile", "KAZ", "IRN");
    if (code != 0) throw new IllegalStateException("profile KAZ IRN failed with " + code);
    try (App app = App.open(new App.Config(data, null, null, null))) {
      app.registry().reindexInBackground();
      Javalin server = app.web().start("127.0.0.1", 0);
      try {
        HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String page : new String[] {"/", "/api/v1/pairs/KAZ-IRN/profile"}) {
          HttpRequest get =
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + page))
                  .build();
          int status = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status != 200) throw new IllegalStateException(page + " answered " + status);
        }
      } finally {
        server.stop();
      }
    }
  }
}
