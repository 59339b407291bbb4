package caravan;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import caravan.store.TestStores;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through on a real PostgreSQL: Caravan starts on it, serves the shipped registry,
 * an editor adds a commission decision whose deadline has passed, it is overdue, and the projects
 * export as IATI 2.03 that validates against the schema.
 */
class RegistryOnPostgresTest {
  @TempDir Path dir;

  @Test
  void the_registry_walk_through_runs_on_postgresql() throws Exception {
    String url = TestStores.postgresUrl();
    try (App app = App.open(new App.Config(dir, url, "postgres", null))) {
      app.access().addUser("dana", "caspian-steppe-42".toCharArray(), Role.EDITOR);
      Session s = app.access().signIn("dana", "caspian-steppe-42".toCharArray()).orElseThrow();
      Javalin server = app.web().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/registry/agreements?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);

        String decision =
            """
            {"sessionNumber": 19, "text": "Open the Trade House of Kazakhstan in Tehran",
             "deadline": "2025-03", "status": "IN_PROGRESS", "evidence": [], "links": [], "sources": []}
            """;
        HttpResponse<String> created =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/decisions"))
                    .POST(HttpRequest.BodyPublishers.ofString(decision))
                    .header("Content-Type", "application/json")
                    .header("Cookie", "caravan_session=" + s.token())
                    .header("X-CSRF-Token", s.csrfToken())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> overdue =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/registry/decisions/overdue?lang=en"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overdue.body()).contains("Open the Trade House of Kazakhstan in Tehran");

        HttpResponse<byte[]> iati =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "/api/v1/registry/projects.iati.xml?reportingOrgRef=XM-TEST"
                                + "&reportingOrgName=Test%20publisher"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(iati.statusCode()).isEqualTo(200);
        // projects.csv rows with neither a year nor a source date (PRJ-005, -011, -014, -018,
        // -020, -021, counted by hand) have no date IATI could take: left out and named
        String leftOut = iati.headers().firstValue("Caravan-Left-Out").orElse("");
        for (String id : new String[] {"005", "011", "014", "018", "020", "021"}) {
          assertThat(leftOut).contains("PRJ-" + id + " (");
        }
        assertThat(leftOut.split("; ")).hasSize(6);
        // asked again, the answer comes from the cache (same ETag) and still names them
        HttpResponse<byte[]> again =
            http.send(
                HttpRequest.newBuilder(iati.uri()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(iati.headers().firstValue("ETag"));
        assertThat(again.headers().firstValue("Caravan-Left-Out")).hasValue(leftOut);
        assertThat(new String(iati.body(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("<!-- Left out, IATI requires an activity date and none is known: PRJ-005");
        // without the publisher's identifier Caravan writes nothing rather than a placeholder
        HttpResponse<String> unnamed =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/projects.iati.xml"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(unnamed.body()).contains("reportingOrgRef");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(
                RegistryOnPostgresTest.class.getResource("/iati-2.03/iati-activities-schema.xsd"))
            .newValidator()
            .validate(new StreamSource(new ByteArrayInputStream(iati.body())));
      } finally {
        server.stop();
      }
    }
  }
}
