package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.corridor.CorridorService;
import caravan.corridor.NetworkPlanner;
import caravan.corridor.RouteQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/routes against the same service the CLI uses. */
class CorridorApiTest {
  @TempDir Path tmp;

  @Test
  void the_api_gives_the_services_routes_and_a_problem_detail_with_reasons_when_there_are_none()
      throws Exception {
    CorridorService corridor = new CorridorService(tmp, new NetworkPlanner());
    Javalin server =
        new WebServer(null, null, caravan.text.Countries.shipped())
            .withCorridor(corridor)
            .start("127.0.0.1", 0);
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/routes?";
      HttpResponse<String> ok = get(http, base + "from=Almaty&to=" + enc("Bandar Abbas"));
      assertThat(ok.statusCode()).isEqualTo(200);
      JsonNode body = new ObjectMapper().readTree(ok.body());
      var direct =
          corridor.route(
              new RouteQuery(
                  "Almaty",
                  "Bandar Abbas",
                  "container",
                  65,
                  Set.of(),
                  Set.of("rail", "sea", "road"),
                  Set.of()));
      assertThat(body.get("routes").size()).isEqualTo(direct.routes().size());
      assertThat(body.get("routes").get(0).get("hours").asDouble())
          .isEqualTo(direct.routes().get(0).hours());

      HttpResponse<String> none = get(http, base + "from=Aktau&to=Makhachkala&cargo=container");
      assertThat(none.statusCode()).isEqualTo(422);
      assertThat(none.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(new ObjectMapper().readTree(none.body()).get("reasons").get(0).asText())
          .startsWith("No route takes container");

      assertThat(get(http, base + "from=Atlantis&to=Almaty").statusCode()).isEqualTo(404);
      assertThat(get(http, base + "to=Almaty").statusCode()).isEqualTo(400);
      assertThat(get(http, base + "from=Almaty&to=Tehran&tonnes=-3").statusCode()).isEqualTo(400);
    } finally {
      server.stop();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
