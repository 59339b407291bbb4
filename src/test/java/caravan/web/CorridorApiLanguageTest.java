package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.corridor.CorridorService;
import caravan.corridor.NetworkPlanner;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corridor API words its sentences by Accept-Language (or ?lang=): the routes' capacity lines
 * and estimates, the reasons of a 422, how a node's position was estimated on the map. Each
 * expected text is the bundle's line for its key (messages_ru / messages_fa, cor.* and
 * corr.page.use*, lang.how.*), English when no language is asked, as the API always answered.
 */
class CorridorApiLanguageTest {
  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void routes_capacity_estimates_and_reasons_follow_accept_language() throws Exception {
    Javalin server = start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/routes?";
      String almatyBandar = base + "from=Almaty&to=" + enc("Bandar Abbas");
      JsonNode en = json.readTree(get(http, almatyBandar, null).body());
      JsonNode ru = json.readTree(get(http, almatyBandar, "ru-RU,ru;q=0.9,en;q=0.5").body());
      List<String> capacityEn = texts(en, "capacity"), capacityRu = texts(ru, "capacity");
      List<String> estimatesEn = texts(en, "estimates"), estimatesRu = texts(ru, "estimates");
      assertThat(capacityEn).isNotEmpty().allMatch(l -> l.contains(" % of stated capacity"));
      // corr.page.use / useNear of the ru bundle, then how the figure was reached in Russian
      assertThat(capacityRu)
          .hasSameSizeAs(capacityEn)
          .allMatch(l -> l.contains(" % заявленной пропускной способности"))
          .noneMatch(l -> l.contains("capacity"));
      assertThat(estimatesEn).isNotEmpty().anyMatch(l -> l.contains("ESTIMATE: "));
      // lang.how.estimateLine with a cor.step.* name and lang.how.travel / greatCircle in Russian
      assertThat(estimatesRu)
          .hasSameSizeAs(estimatesEn)
          .anyMatch(l -> l.contains("ОЦЕНКА: "))
          .noneMatch(l -> l.contains("ESTIMATE"));
      // the figures are the same whatever the language
      assertThat(ru.get("routes").get(0).get("hours").asDouble())
          .isEqualTo(en.get("routes").get(0).get("hours").asDouble());

      HttpResponse<String> none =
          get(http, base + "from=Aktau&to=Makhachkala&cargo=container", "ru");
      assertThat(none.statusCode()).isEqualTo(422);
      JsonNode problem = json.readTree(none.body());
      // cor.reason.cargo of the ru bundle
      String expected =
          "Ни один маршрут не принимает груз «container»: каждый проходит по участку, который"
              + " его не берёт (столбец cargo в links.csv)";
      assertThat(problem.get("detail").asText()).isEqualTo(expected);
      assertThat(problem.get("reasons").get(0).asText()).isEqualTo(expected);
      HttpResponse<String> noneEn = get(http, base + "from=Aktau&to=Makhachkala", null);
      assertThat(json.readTree(noneEn.body()).get("detail").asText())
          .startsWith("No route takes container");
    } finally {
      server.stop();
    }
  }

  @Test
  void the_maps_position_estimates_follow_the_language_asked() throws Exception {
    Javalin server = start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/api/v1/corridor/network";
      List<String> en = positions(json.readTree(get(http, url, null).body()));
      List<String> ru = positions(json.readTree(get(http, url + "?lang=ru", null).body()));
      List<String> fa = positions(json.readTree(get(http, url, "fa").body()));
      // cor.how.placed of each bundle: its opening words
      assertThat(en).isNotEmpty().allMatch(h -> h.startsWith("ESTIMATE: on the straight line "));
      assertThat(ru).hasSameSizeAs(en).allMatch(h -> h.startsWith("ОЦЕНКА: на прямой "));
      assertThat(fa).hasSameSizeAs(en).allMatch(h -> h.startsWith("برآورد: روی خط راست "));
    } finally {
      server.stop();
    }
  }

  private Javalin start() {
    CorridorService corridor = new CorridorService(tmp, new NetworkPlanner());
    return new WebServer(null, null, caravan.text.Countries.shipped())
        .withCorridor(corridor)
        .start("127.0.0.1", 0);
  }

  /** Every route's lines of one list field, in order. */
  private static List<String> texts(JsonNode answer, String field) {
    List<String> out = new ArrayList<>();
    answer.get("routes").forEach(r -> r.get(field).forEach(x -> out.add(x.asText())));
    return out;
  }

  /** How each node placed by estimate was placed. */
  private static List<String> positions(JsonNode network) {
    List<String> out = new ArrayList<>();
    network
        .get("nodes")
        .forEach(
            n -> {
              if (n.get("positionEstimate").asBoolean()) out.add(n.get("positionHow").asText());
            });
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(HttpClient http, String url, String acceptLanguage)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
