package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.registry.Fields;
import caravan.registry.RecordField;
import caravan.registry.RegistryRecord;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The served OpenAPI document against the server's own routes: every API route is documented, every
 * documented operation is routed, and each registry kind's schema is its field description.
 */
class OpenApiRoutesTest {
  @RegisterExtension static final TestServer web = new TestServer();
  static Javalin server;
  static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    // a second server on the same app, whose router this test may read
    server = web.app().web().start("127.0.0.1", 0);
    doc = web.json("/api/v1/openapi.json");
  }

  @AfterAll
  static void stop() {
    if (server != null) server.stop();
  }

  /** "GET /api/v1/…" for every route the server answers under /api/v1. */
  static Set<String> routed() {
    Set<String> out = new TreeSet<>();
    for (ParsedEndpoint e : server.unsafe.internalRouter.allHttpHandlers()) {
      String method = e.endpoint.method.name();
      if (!e.endpoint.path.startsWith("/api/v1/")) continue;
      if (Set.of("BEFORE", "AFTER", "BEFORE_MATCHED", "AFTER_MATCHED", "HEAD", "OPTIONS")
          .contains(method)) {
        continue;
      }
      out.add(method + " " + e.endpoint.path);
    }
    return out;
  }

  /** "GET /api/v1/…" for every operation of the document's paths. */
  static Set<String> documented() {
    Set<String> out = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return out;
  }

  @Test
  void every_route_is_documented_and_every_documented_operation_is_routed() {
    Set<String> routed = routed();
    Set<String> documented = documented();
    // the registry's own routes at least: list, create, read, update, delete, audit, exports
    assertThat(routed)
        .contains(
            "GET /api/v1/registry/{entity}",
            "POST /api/v1/registry/{entity}",
            "PUT /api/v1/registry/{entity}/{id}",
            "DELETE /api/v1/registry/{entity}/{id}");
    assertThat(documented).as("routes not documented").containsAll(routed);
    assertThat(routed).as("documented but not routed").containsAll(documented);
  }

  @Test
  void each_kinds_schema_is_its_field_description() {
    JsonNode schemas = doc.get("components").get("schemas");
    for (Class<? extends RegistryRecord> type : Fields.kinds()) {
      JsonNode s = schemas.get(type.getSimpleName());
      assertThat(s).as(type.getSimpleName()).isNotNull();
      List<String> props = new ArrayList<>();
      s.get("properties").fieldNames().forEachRemaining(props::add);
      // bookkeeping, the described fields in order, then sources, pair and the thin flag
      List<String> expected = new ArrayList<>(List.of("id", "version"));
      Fields.of(type).forEach(f -> expected.add(f.name()));
      expected.addAll(List.of("sources", "pair", "thinSource"));
      assertThat(props).as(type.getSimpleName()).isEqualTo(expected);
      List<String> required = new ArrayList<>();
      s.get("required").forEach(r -> required.add(r.asText()));
      assertThat(required)
          .isEqualTo(
              Fields.of(type).stream()
                  .filter(RecordField::required)
                  .map(RecordField::name)
                  .toList());
      for (RecordField f : Fields.of(type)) {
        JsonNode p = s.get("properties").get(f.name());
        if (f.type() == RecordField.Type.ENUM) {
          List<String> values = new ArrayList<>();
          p.get("enum").forEach(v -> values.add(v.asText()));
          assertThat(values).as(type.getSimpleName() + "." + f.name()).isEqualTo(f.values());
        }
        if (!f.stored()) assertThat(p.get("readOnly").asBoolean()).isTrue();
      }
    }
  }

  @Test
  void a_record_the_api_returns_has_only_documented_properties() throws Exception {
    JsonNode agreement = web.json("/api/v1/registry/agreements").get(0);
    JsonNode props = doc.get("components").get("schemas").get("Agreement").get("properties");
    agreement.fieldNames().forEachRemaining(n -> assertThat(props.has(n)).as(n).isTrue());
  }
}
