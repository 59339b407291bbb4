package caravan.trade;

import caravan.text.CaravanException;
import caravan.text.Countries;
import caravan.text.Country;
import caravan.text.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The UN Comtrade API (v1): annual HS6 flows of one reporter with one partner, written as a
 * Comtrade-format CSV that {@link ImportService} imports with {@link ImportFormat#COMTRADE}.
 *
 * <p>Without a subscription key it calls the public preview ({@code public/v1/preview/C/A/HS}, at
 * most 500 rows a call, no key); with one (constructor, or the {@code COMTRADE_KEY} environment
 * variable) it calls {@code data/v1/get/C/A/HS} with the header {@code Ocp-Apim-Subscription-Key}.
 * It asks one year and one flow per call to stay under the preview's limit, and refuses a preview
 * answer of exactly 500 rows, which may be cut short.
 */
public final class ComtradeClient {
  /** The real service. */
  public static final URI PUBLIC = URI.create("https://comtradeapi.un.org/");

  static final int PREVIEW_LIMIT = 500;
  static final List<String> CSV_COLUMNS =
      List.of(
          "refYear",
          "period",
          "reporterCode",
          "reporterISO",
          "partnerCode",
          "partnerISO",
          "flowCode",
          "classificationCode",
          "cmdCode",
          "primaryValue",
          "netWgt",
          "qty",
          "qtyUnitAbbr");
  private final URI base;
  private final String key;
  private final Countries countries;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  /** A client of the API at {@code base} (e.g. {@link #PUBLIC}), key from {@code COMTRADE_KEY}. */
  public ComtradeClient(URI base) {
    this(base, System.getenv("COMTRADE_KEY"), Countries.shipped());
  }

  /** A client with an explicit subscription key (null or blank: the public preview). */
  public ComtradeClient(URI base, String subscriptionKey, Countries countries) {
    String b = base.toString();
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
    this.key = subscriptionKey == null || subscriptionKey.isBlank() ? null : subscriptionKey.trim();
    this.countries = countries;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  }

  /**
   * Fetches {@code reporter}'s reported exports to and imports from {@code partner}, HS6, years
   * {@code fromYear..toYear}, into {@code outDir/comtrade_<R>_<P>_<from>-<to>.csv}.
   */
  public Path fetch(
      String reporterIso3, String partnerIso3, int fromYear, int toYear, Path outDir) {
    Country reporter = countries.require(reporterIso3);
    Country partner = countries.require(partnerIso3);
    if (fromYear > toYear) {
      throw new CaravanException(
          Text.of("trd.err.years", String.valueOf(fromYear), String.valueOf(toYear)),
          Map.of("field", "years", "value", fromYear + "-" + toYear));
    }
    List<JsonNode> rows = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      for (String flow : List.of("X", "M")) {
        rows.addAll(call(reporter.m49(), partner.m49(), year, flow));
      }
    }
    Path out =
        outDir.resolve(
            "comtrade_"
                + reporter.iso3()
                + "_"
                + partner.iso3()
                + "_"
                + fromYear
                + "-"
                + toYear
                + ".csv");
    try {
      Files.createDirectories(outDir);
      try (CsvWriter w = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
        w.writeRecord(CSV_COLUMNS);
        for (JsonNode r : rows) {
          List<String> cells = new ArrayList<>();
          for (String col : CSV_COLUMNS) {
            JsonNode v = r.get(col);
            cells.add(v == null || v.isNull() ? "" : v.asText());
          }
          w.writeRecord(cells);
        }
      }
    } catch (IOException e) {
      throw new CaravanException(
          Text.of("trd.err.write", out.toString(), String.valueOf(e.getMessage())), Map.of(), e);
    }
    return out;
  }

  private List<JsonNode> call(int reporter, int partner, int year, String flow) {
    String path = key == null ? "public/v1/preview/C/A/HS" : "data/v1/get/C/A/HS";
    URI uri =
        base.resolve(
            path
                + "?reporterCode="
                + reporter
                + "&partnerCode="
                + partner
                + "&period="
                + year
                + "&flowCode="
                + flow
                + "&cmdCode=AG6");
    HttpRequest.Builder req =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (key != null) req.header("Ocp-Apim-Subscription-Key", key);
    HttpResponse<String> resp;
    try {
      resp =
          http.send(req.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CaravanException(
          Text.of(
              "trd.comtrade.unreachable",
              base.toString(),
              e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())),
          Map.of("field", "comtrade", "value", uri.toString()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaravanException(Text.of("trd.comtrade.interrupted", base.toString()), Map.of());
    }
    if (resp.statusCode() != 200) {
      String body = resp.body() == null ? "" : resp.body();
      throw new CaravanException(
          Text.of(
              "trd.comtrade.http",
              String.valueOf(resp.statusCode()),
              uri.toString(),
              resp.statusCode() == 401 || resp.statusCode() == 403
                  ? Text.of("trd.comtrade.key")
                  : resp.statusCode() == 429 ? Text.of("trd.comtrade.tooMany") : Text.literal(""),
              body.isBlank() ? "" : " - " + body.substring(0, Math.min(200, body.length()))),
          Map.of("field", "comtrade", "value", uri.toString()));
    }
    JsonNode data;
    try {
      JsonNode root = json.readTree(resp.body());
      data = root.get("data");
      if (data == null || !data.isArray()) {
        JsonNode err = root.get("error");
        throw new CaravanException(
            Text.of(
                "trd.comtrade.noData",
                uri.toString(),
                err != null && !err.isNull() ? ": " + err.asText() : ""),
            Map.of());
      }
    } catch (IOException e) {
      throw new CaravanException(Text.of("trd.comtrade.json", uri.toString()), Map.of());
    }
    if (key == null && data.size() >= PREVIEW_LIMIT) {
      throw new CaravanException(
          Text.of("trd.comtrade.preview", String.valueOf(PREVIEW_LIMIT), uri.toString()), Map.of());
    }
    List<JsonNode> rows = new ArrayList<>();
    data.forEach(rows::add);
    return rows;
  }
}
