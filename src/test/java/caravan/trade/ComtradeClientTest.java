package caravan.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.store.AnalyticsStore;
import caravan.text.CaravanException;
import caravan.text.Countries;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Comtrade client against a local server answering with the recorded (hand-made) fixture. */
class ComtradeClientTest {
  static final Path FIXTURE =
      Path.of("src/test/resources/trade/comtrade-preview-KAZ-IRN-2016.json");
  @TempDir Path dir;
  private HttpServer server;
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private final List<String> keys = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode fixture = (ObjectNode) json.readTree(FIXTURE.toFile());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          String q = ex.getRequestURI().getQuery();
          queries.add(path + "?" + q);
          String key = ex.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key");
          keys.add(key == null ? "-" : key);
          // the fixture holds 2016; other years answer empty; the flow asked filters the rows
          ObjectNode answer = fixture.deepCopy();
          ArrayNode data = json.createArrayNode();
          if (q.contains("period=2016")) {
            fixture
                .get("data")
                .forEach(
                    r -> {
                      if (q.contains("flowCode=" + r.get("flowCode").asText())) data.add(r);
                    });
          }
          answer.set("data", data);
          answer.put("count", data.size());
          byte[] body = json.writeValueAsBytes(answer);
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Test
  void fetchesThePreviewAndTheCsvImports() throws Exception {
    ComtradeClient client = new ComtradeClient(base(), null, Countries.shipped());
    Path csv = client.fetch("KAZ", "IRN", 2015, 2016, dir);

    assertThat(csv.getFileName().toString()).isEqualTo("comtrade_KAZ_IRN_2015-2016.csv");
    assertThat(queries)
        .hasSize(4)
        .allMatch(q -> q.startsWith("/public/v1/preview/C/A/HS?reporterCode=398&partnerCode=364"))
        .anyMatch(q -> q.contains("period=2015&flowCode=X&cmdCode=AG6"));
    assertThat(keys).containsOnly("-");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    // header + the fixture's 5 rows (count in the JSON file: 3 X, 2 M)
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo(String.join(",", ComtradeClient.CSV_COLUMNS));

    try (AnalyticsStore store = AnalyticsStore.inMemory()) {
      ImportService service = new ImportService(store, Countries.shipped());
      ImportReport r = service.importFile(csv, ImportOptions.of(ImportFormat.COMTRADE), null);
      assertThat(r.rowsKept()).isEqualTo(5);
      // by hand from the fixture: 41250000.5 + 12800000 + 3100000 exports
      assertThat(
              BaciImportTest.number(
                  store,
                  "SELECT sum(value_usd) FROM trade_flow WHERE reporter = 'KAZ' AND partner = 'IRN'"
                      + " AND flow = 'export' AND year = 2016 AND hs_revision = 'H4'"))
          .isEqualTo(57_150_000.5);
      // the row without netWgt and qty keeps no quantity
      assertThat(
              BaciImportTest.count(
                  store,
                  "SELECT count(*) FROM trade_flow WHERE product = '271019' AND quantity IS NULL"))
          .isEqualTo(1);
    }
  }

  @Test
  void aKeyUsesTheDataEndpointAndItsHeader() {
    new ComtradeClient(base(), "secret", Countries.shipped()).fetch("KAZ", "IRN", 2016, 2016, dir);
    assertThat(queries).allMatch(q -> q.startsWith("/data/v1/get/C/A/HS?"));
    assertThat(keys).containsOnly("secret");
  }

  @Test
  void unreachableServiceSaysWhatToDo() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    ComtradeClient client =
        new ComtradeClient(URI.create("http://127.0.0.1:" + port + "/"), null, Countries.shipped());
    assertThatThrownBy(() -> client.fetch("KAZ", "IRN", 2016, 2016, dir))
        .isInstanceOf(CaravanException.class)
        .hasMessageContaining("UN Comtrade is not reachable at http://127.0.0.1:" + port)
        .hasMessageContaining("caravan import --format comtrade");
  }
}
