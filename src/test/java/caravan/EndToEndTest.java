package caravan;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.cli.CaravanCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import (CLI) → profile (CLI) → the same profile over the API → the figure on the page. */
class EndToEndTest {
  @TempDir Path dir;

  @Test
  void an_imported_file_reaches_the_cli_the_api_and_the_page() throws Exception {
    Path data = dir.resolve("data");
    Path file = dir.resolve("kaz-tkm.csv");
    // KAZ→TKM 7 m + 3 m, TKM→KAZ 5 m: turnover 15 m, balance 5 m
    Files.writeString(
        file,
        """
        year,month,reporter,partner,flow,product,hs_revision,value_usd,quantity,quantity_unit
        2023,,KAZ,TKM,export,100199,H6,7000000,,
        2023,,KAZ,TKM,export,270900,H6,3000000,,
        2023,,TKM,KAZ,export,310210,H6,5000000,,
        """);
    assertThat(
            cli("--data-dir", data.toString(), "import", "--format", "caravan", file.toString())
                .code)
        .isZero();
    Run profile =
        cli(
            "--data-dir",
            data.toString(),
            "profile",
            "KAZ",
            "TKM",
            "--basis",
            "flows",
            "--format",
            "json");
    assertThat(profile.code).isZero();
    JsonNode fromCli = new ObjectMapper().readTree(profile.out);
    assertThat(fromCli.path("turnover").path("valueUsd").asDouble()).isEqualTo(15e6);
    assertThat(fromCli.path("balance").path("valueUsd").asDouble()).isEqualTo(5e6);

    try (App app = App.open(new App.Config(data, null, null, null))) {
      Javalin server = app.web().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> api = get(base + "/api/v1/pairs/KAZ-TKM/profile?basis=flows");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(api.body()).path("turnover"))
            .isEqualTo(fromCli.path("turnover"));

        HttpResponse<String> csv =
            get(base + "/api/v1/pairs/KAZ-TKM/profile?basis=flows&format=csv&part=headline");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("turnover,2023,15000000,file:kaz-tkm.csv");

        HttpResponse<String> page = get(base + "/pairs/KAZ-TKM?lang=en");
        assertThat(page.body())
            .contains("data-figure=\"turnover\" data-value=\"1.5E7\"")
            .contains("15.0 m USD");

        HttpResponse<String> bad = get(base + "/api/v1/pairs/KAZ-XYZ/profile");
        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(bad.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        assertThat(bad.body()).contains("Unknown country code 'XYZ'").doesNotContain("Exception");
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void a_bad_command_prints_one_line_and_exits_non_zero() {
    Run r =
        cli(
            "--data-dir",
            dir.resolve("data").toString(),
            "profile",
            "KAZ",
            "IRN",
            "--period",
            "2025-13..2025-14");
    assertThat(r.code).isNotZero();
    assertThat(r.err.strip().lines()).hasSize(1).first().asString().startsWith("caravan: ");
  }

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int code = CaravanCommand.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
