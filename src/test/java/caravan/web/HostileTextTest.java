package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.access.Session;
import caravan.registry.Fields;
import caravan.registry.RecordField;
import caravan.registry.RegistryRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile text in every text field of every registry kind, stored through the registry's own JSON
 * API as an editor would, then read back through every page and export: no markup comes out
 * unescaped, no CSV cell starts a formula, the calendar folds and escapes, the IATI XML is
 * well-formed and the JSON valid. A field that refuses a value is a right answer too (counted).
 */
class HostileTextTest {
  @RegisterExtension static final TestServer web = new TestServer();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "=HYPERLINK(\"http://evil.example/\",\"click\")",
          "+1",
          "@SUM(1)",
          "-2+3",
          "line one\r\nline two\rthree\nfour",
          ";,\\ semicolon; comma, backslash\\",
          ("Тегеран-Алматы تهران-آلماتی ").repeat(8).substring(0, 200),
          "nul\u0000 and backspace\u0008 inside",
          "]]> end of CDATA",
          "{{7*7}} ${7*7}");

  // a record to copy for the kinds the shipped data has none of (as in RegistryApiTest)
  private static final Map<String, String> EMPTY_KINDS =
      Map.of(
          "decisions",
          """
          {"sessionNumber": 19, "text": "Prepare the roadmap of the Trade House in Tehran",
           "owners": {"KAZ": "Ministry of Trade and Integration", "IRN": "TPO"},
           "deadline": "2024-06-30", "status": "PLANNED", "evidence": [], "links": [],
           "sources": []}
          """,
          "requests",
          """
          {"direction": "OFFER", "organisationId": "ORG-007", "partnershipType": "supply",
           "hsCodes": ["1001"], "text": "Wheat by rail", "expires": "2030-12", "sources": []}
          """,
          "indicators",
          """
          {"indicator": "trade_turnover", "title": "Bilateral trade turnover", "unit": "USD",
           "aggregation": "FLOW_PER_PERIOD", "baseline": 340000000, "baselineYear": 2024,
           "target": 2000000000, "targetYear": 2030, "actuals": [], "sources": []}
          """);

  private static final Set<RecordField.Type> TEXT_TYPES =
      Set.of(
          RecordField.Type.TEXT,
          RecordField.Type.LONG_TEXT,
          RecordField.Type.LANGUAGES,
          RecordField.Type.SIDES,
          RecordField.Type.LIST);

  private static Session editor;
  // entity slug -> ids of the hostile copies stored
  private static final Map<String, List<String>> stored = new LinkedHashMap<>();
  private static int refused;
  private static int copies;

  @BeforeAll
  static void storeHostileCopies() throws Exception {
    // about 110 creations by one editor: within the write throttle's burst of 300
    web.app().access().addUser("aigerim", "caspian-steppe-42".toCharArray(), Role.EDITOR);
    editor = web.app().access().signIn("aigerim", "caspian-steppe-42".toCharArray()).orElseThrow();
    for (Map.Entry<String, Class<? extends RegistryRecord>> kind :
        RegistryApi.ENTITIES.entrySet()) {
      String slug = kind.getKey();
      JsonNode list = web.json("/api/v1/registry/" + slug);
      JsonNode base =
          list.isEmpty()
              ? JSON.readTree(EMPTY_KINDS.get(slug))
              : web.json("/api/v1/registry/" + slug + "/" + list.get(0).get("id").asText());
      List<RecordField> fields =
          Fields.of(kind.getValue()).stream().filter(f -> TEXT_TYPES.contains(f.type())).toList();
      assertThat(fields).as(slug + " has text fields").isNotEmpty();
      List<String> ids = new ArrayList<>();
      for (String hostile : HOSTILE) {
        // every text field at once; refused, then one field at a time
        String id = create(slug, copy(base, fields, hostile));
        if (id != null) {
          ids.add(id);
          continue;
        }
        for (RecordField f : fields) {
          String one = create(slug, copy(base, List.of(f), hostile));
          if (one != null) ids.add(one);
        }
      }
      stored.put(slug, ids);
    }
  }

  /** The shipped record with every field of {@code fields} set to {@code hostile}. */
  private static ObjectNode copy(JsonNode base, List<RecordField> fields, String hostile) {
    ObjectNode n = base.deepCopy();
    n.remove(List.of("id", "version"));
    // a commission session's number is unique
    if (n.has("number")) n.put("number", 100 + copies);
    copies++;
    for (RecordField f : fields) {
      switch (f.type()) {
        case LANGUAGES -> n.putObject(f.name()).put("en", hostile).put("ru", hostile);
        case SIDES -> n.putObject(f.name()).put("KAZ", hostile).put("IRN", hostile);
        case LIST -> n.putArray(f.name()).add(hostile);
        default -> n.put(f.name(), hostile);
      }
    }
    return n;
  }

  /** The new record's id, or null when the registry refused it (a 4xx in its own words). */
  private static String create(String slug, JsonNode body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/registry/" + slug))
                .header("Cookie", "caravan_session=" + editor.token())
                .header("X-CSRF-Token", editor.csrfToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 201) return JSON.readTree(r.body()).get("id").asText();
    assertThat(r.statusCode()).as(slug + " " + r.body()).isBetween(400, 499);
    refused++;
    return null;
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(web.base() + path))
            .header("Cookie", "caravan_session=" + editor.token())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(String path) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void every_kind_kept_hostile_copies() {
    // each kind took most values (refusals are allowed, but not of everything)
    stored.forEach((slug, ids) -> assertThat(ids).as(slug).hasSizeGreaterThan(HOSTILE.size() / 2));
  }

  @Test
  void pages_show_the_text_escaped() throws Exception {
    List<String> pages =
        new ArrayList<>(
            List.of(
                "/registry",
                "/registry/projects/map",
                "/registry/agreements/timeline",
                "/registry/decisions/overdue",
                "/pairs/KAZ-IRN?lang=en"));
    for (String q : List.of("script", "HYPERLINK", "Тегеран")) pages.add("/registry?q=" + q);
    stored.forEach(
        (slug, ids) -> {
          pages.add("/registry/" + slug);
          pages.add("/registry/" + slug + "?lang=en");
          for (String id : ids) pages.add("/registry/" + slug + "/" + id);
          // the form puts values into attributes: the markup and formula strings come first
          for (String id : ids.subList(0, Math.min(3, ids.size()))) {
            pages.add("/registry/" + slug + "/" + id + "/edit");
          }
        });
    int pagesRead = 0;
    for (String page : pages) {
      HttpResponse<byte[]> r = get(page);
      if (r.statusCode() == 404) continue; // a kind without an edit form
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      String html = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(html)
          .as(page)
          .doesNotContain("<script>alert")
          .doesNotContain("<img src=x")
          // an event handler inside a real tag (escaped text, &lt;img …, is harmless)
          .doesNotContainPattern("(?i)<[a-z][^<>]*\\son(error|load|click)\\s*=");
      pagesRead++;
    }
    assertThat(pagesRead).isGreaterThan(120);
    // and the escaped form is there to be read
    assertThat(text("/registry/" + first("agreements")))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  private static String first(String slug) {
    return slug + "/" + stored.get(slug).get(0);
  }

  @Test
  void csv_cells_never_start_a_formula() throws Exception {
    int cells = 0;
    int neutralised = 0;
    for (String slug : stored.keySet()) {
      String csv = text("/api/v1/registry/" + slug + "?format=csv");
      try (CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(csv)) {
        for (CsvRecord row : rows) {
          for (String cell : row.getFields()) {
            cells++;
            if (cell.startsWith("'")) neutralised++;
            // a number may be negative; any other cell must not begin as a formula would
            if (cell.matches("-?\\d+(\\.\\d+)?")) continue;
            assertThat(cell).as(slug).doesNotMatch("(?s)[=+\\-@\\t\\r].*");
          }
        }
      }
    }
    assertThat(cells).isGreaterThan(1000);
    assertThat(neutralised).isPositive();
    // the profile CSV too (its numbers, some negative, stay numbers)
    for (String part : List.of("headline", "series", "sources")) {
      String csv = text("/api/v1/pairs/KAZ-IRN/profile?format=csv&part=" + part);
      try (CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(csv)) {
        for (CsvRecord row : rows) {
          for (String cell : row.getFields()) {
            if (cell.matches("-?\\d+(\\.\\d+)?")) continue;
            assertThat(cell).as(part).doesNotMatch("(?s)[=+\\-@\\t\\r].*");
          }
        }
      }
    }
  }

  @Test
  void the_calendar_folds_at_75_octets_and_escapes_text() throws Exception {
    byte[] ics = get("/api/v1/registry/calendar.ics").body();
    String all = new String(ics, StandardCharsets.UTF_8);
    assertThat(all).endsWith("\r\n");
    String[] physical = all.split("\r\n", -1);
    for (int i = 0; i < physical.length - 1; i++) {
      byte[] line = physical[i].getBytes(StandardCharsets.UTF_8);
      assertThat(line.length).as("line " + i).isLessThanOrEqualTo(75);
      // each physical line alone is whole UTF-8: no character split by the fold
      strictUtf8(line);
      assertThat(physical[i])
          .as("line " + i)
          .doesNotContainPattern("[\\x00-\\x08\\x0A-\\x1F\\x7F]");
    }
    // unfolded, every SUMMARY of a hostile event reads back (unescaped by §3.3.11) as stored
    String unfolded = all.replace("\r\n ", "");
    List<String> summaries = new ArrayList<>();
    for (String line : unfolded.split("\r\n")) {
      if (line.startsWith("SUMMARY:")) summaries.add(unescape(line.substring(8)));
      if (line.startsWith("SUMMARY:")
          || line.startsWith("DESCRIPTION:")
          || line.startsWith("LOCATION:")) {
        // no bare ; or , : each is preceded by a backslash that is not itself escaped
        assertThat(line.substring(line.indexOf(':') + 1).replace("\\\\", ""))
            .doesNotContainPattern("(?<!\\\\)[;,]");
      }
    }
    assertThat(summaries).contains(";,\\ semicolon; comma, backslash\\");
    // line breaks as \n, a lone CR dropped (§3.3.11 knows only \n)
    assertThat(summaries).contains("line one\nline twothree\nfour");
  }

  // RFC 5545 §3.3.11, read back by hand: \\ \; \, \n \N
  private static String unescape(String v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\' && i + 1 < v.length()) {
        char n = v.charAt(++i);
        b.append(n == 'n' || n == 'N' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void strictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new AssertionError(
          "a fold split a UTF-8 character: " + new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @Test
  void the_iati_export_is_well_formed_xml_with_the_text_in_it() throws Exception {
    byte[] xml =
        get("/api/v1/registry/projects.iati.xml?reportingOrgRef=XM-DAC-0000&reportingOrgName=Test")
            .body();
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml));
    String content = doc.getDocumentElement().getTextContent();
    assertThat(content).contains("<script>alert(1)</script>").contains("]]> end of CDATA");
    assertThat(content).contains("nul and backspace inside");
  }

  @Test
  void the_json_export_and_api_give_every_value_back_exactly() throws Exception {
    JsonNode export = JSON.readTree(get("/api/v1/registry/export.json").body());
    List<String> texts = new ArrayList<>();
    export.findValues("title").forEach(t -> collect(t, texts));
    for (String slug : stored.keySet()) {
      JSON.readTree(text("/api/v1/registry/" + slug))
          .forEach(r -> r.forEach(v -> collect(v, texts)));
    }
    // the hostile strings come back byte for byte, U+0000 included (JSON escapes it)
    assertThat(texts).contains("<script>alert(1)</script>", "nul\u0000 and backspace\u0008 inside");
    assertThat(texts).contains("line one\r\nline two\rthree\nfour");
  }

  private static void collect(JsonNode n, List<String> into) {
    if (n.isTextual()) into.add(n.asText());
    else if (n instanceof ArrayNode || n.isObject()) n.forEach(c -> collect(c, into));
  }
}
