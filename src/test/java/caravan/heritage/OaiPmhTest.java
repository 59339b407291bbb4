package caravan.heritage;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.registry.RegistryService;
import caravan.registry.Source;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

/**
 * The OAI-PMH repository over a catalogue the test writes (twelve records, one a day, one withdrawn
 * later), on H2 and on PostgreSQL: every answer is checked against the OAI-PMH and oai_dc schema
 * rules (by hand, see OaiRules), and each expected list is the test's own bookkeeping of what it
 * wrote on which day.
 */
class OaiPmhTest {
  static final String BASE = "http://caravan.test";
  static Countries countries;

  @BeforeAll
  static void countries() {
    countries = Countries.shipped();
  }

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now;

    MovingClock(String at) {
      now = Instant.parse(at);
    }

    void set(String at) {
      now = Instant.parse(at);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Nested
  class OnH2 extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.h2();
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    RelationalStore newStore() {
      return TestStores.postgres();
    }
  }

  // one catalogue per store, written once: a fresh migrated store per test would double the time
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class Contract {
    // a data directory without images: none of these records has any
    final Path dataDir = Path.of("target", "oai-test-no-images");
    MovingClock storeClock = new MovingClock("2026-01-01T10:00:00Z");
    MovingClock oaiClock = new MovingClock("2026-02-01T00:00:00Z");
    RegistryService service;
    OaiPmh oai;
    // the day of January each record was written on, by id
    final Map<String, Integer> dayOf = new TreeMap<>();
    String withdrawn;

    abstract RelationalStore newStore();

    static HeritageItem item(String title) {
      return item(title, List.of());
    }

    static HeritageItem item(String title, List<String> collections) {
      return new HeritageItem(
          null,
          0,
          title,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          "manuscript copy",
          "18th century",
          null,
          "Persian",
          null,
          "Archive",
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          null,
          List.of(),
          collections,
          null,
          List.of(new Source("https://example.org/source", null, "as quoted")),
          null);
    }

    @BeforeEach
    void atFirstOfFebruary() {
      oaiClock.set("2026-02-01T00:00:00Z");
    }

    @BeforeAll
    void catalogue() {
      writeCatalogue(newStore());
    }

    void writeCatalogue(RelationalStore store) {
      dayOf.clear();
      storeClock.set("2026-01-01T10:00:00Z");
      service = new RegistryService(store.jdbi(), countries, storeClock);
      for (int day = 1; day <= 12; day++) {
        storeClock.set(String.format("2026-01-%02dT10:00:00Z", day));
        // the first three are al-Farabi's (a collection of data/heritage/collections.csv)
        List<String> in = day <= 3 ? List.of("COL-FARABI") : List.of();
        dayOf.put(service.create(item("Manuscript " + day, in), "tester").id(), day);
      }
      withdrawn = idOfDay(12);
      storeClock.set("2026-01-20T08:00:00Z");
      service.delete(HeritageItem.class, withdrawn, 1, "tester");
      oai =
          new OaiPmh(
              new PublishedItems(service, store.jdbi(), dataDir),
              oaiClock,
              5,
              Duration.ofHours(1),
              "archivist@caravan.test");
    }

    String idOfDay(int day) {
      return dayOf.entrySet().stream().filter(e -> e.getValue() == day).findFirst().get().getKey();
    }

    /** The answer to {@code args} (name, value, name, value…), valid by the schema rules. */
    String ask(String... args) throws Exception {
      Map<String, List<String>> params = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i += 2) {
        params.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[i + 1]);
      }
      String xml = oai.answer(BASE + "/oai", BASE, params);
      assertThat(OaiRules.problems(xml)).as(xml).isEmpty();
      return xml;
    }

    static Element root(String xml) throws Exception {
      return OaiRules.parse(xml).getDocumentElement();
    }

    static Element body(String xml) throws Exception {
      return OaiRules.children(root(xml)).get(2);
    }

    /** The error code of an answer, and that its request echoes the arguments or, if bad, none. */
    static String error(String xml) throws Exception {
      Element e = body(xml);
      assertThat(e.getLocalName()).as(xml).isEqualTo("error");
      assertThat(OaiRules.text(e)).isNotBlank();
      String code = e.getAttribute("code");
      Element request = OaiRules.children(root(xml)).get(1);
      if (code.equals("badVerb") || code.equals("badArgument")) {
        assertThat(request.getAttributes().getLength()).as("request of " + code).isZero();
      }
      assertThat(OaiRules.text(request)).isEqualTo(BASE + "/oai");
      return code;
    }

    static List<String> identifiers(String xml) throws Exception {
      List<String> ids = new ArrayList<>();
      var nodes = root(xml).getElementsByTagNameNS(OaiRules.OAI, "identifier");
      for (int i = 0; i < nodes.getLength(); i++) {
        String id = nodes.item(i).getTextContent();
        // an Identify answer has no record identifiers
        ids.add(id.substring(OaiPmh.ID_PREFIX.length()));
      }
      return ids;
    }

    static Element token(String xml) throws Exception {
      var t = root(xml).getElementsByTagNameNS(OaiRules.OAI, "resumptionToken");
      return t.getLength() == 0 ? null : (Element) t.item(0);
    }

    @Test
    void identify_describes_the_repository() throws Exception {
      Element id = body(ask("verb", "Identify"));
      Map<String, String> f = new LinkedHashMap<>();
      for (Element e : OaiRules.children(id)) f.put(e.getLocalName(), OaiRules.text(e));
      assertThat(f.get("baseURL")).isEqualTo(BASE + "/oai");
      // the first record was written on 1 January at 10:00 UTC
      assertThat(f.get("earliestDatestamp")).isEqualTo("2026-01-01T10:00:00Z");
      assertThat(f.get("deletedRecord")).isEqualTo("persistent");
      assertThat(f.get("granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
      assertThat(f.get("adminEmail")).isEqualTo("archivist@caravan.test");
      assertThat(ask("verb", "ListMetadataFormats"))
          .contains("<metadataPrefix>oai_dc</metadataPrefix>");
    }

    @Test
    void a_catalogue_larger_than_a_page_is_listed_with_resumption_tokens() throws Exception {
      String first = ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
      // 12 records, 5 a page: 5 + 5 + 2, cursors 0, 5, 10
      assertThat(identifiers(first)).hasSize(5);
      Element t1 = token(first);
      assertThat(t1.getAttribute("cursor")).isEqualTo("0");
      assertThat(t1.getAttribute("completeListSize")).isEqualTo("12");
      // one hour after the answer
      assertThat(t1.getAttribute("expirationDate")).isEqualTo("2026-02-01T01:00:00Z");
      String second = ask("verb", "ListIdentifiers", "resumptionToken", t1.getTextContent());
      assertThat(identifiers(second)).hasSize(5);
      assertThat(token(second).getAttribute("cursor")).isEqualTo("5");
      String third =
          ask("verb", "ListIdentifiers", "resumptionToken", token(second).getTextContent());
      assertThat(identifiers(third)).hasSize(2);
      Element last = token(third);
      assertThat(last.getTextContent()).isEmpty();
      assertThat(last.getAttribute("cursor")).isEqualTo("10");
      assertThat(last.getAttribute("completeListSize")).isEqualTo("12");
      List<String> all = new ArrayList<>(identifiers(first));
      all.addAll(identifiers(second));
      all.addAll(identifiers(third));
      assertThat(all).containsExactlyElementsOf(dayOf.keySet());
      // the withdrawn record is still told, as deleted, at the time it was withdrawn
      String xml = first + second + third;
      assertThat(xml)
          .containsPattern(
              "<header status=\"deleted\"><identifier>oai:caravan:"
                  + withdrawn
                  + "</identifier><datestamp>2026-01-20T08:00:00Z</datestamp>");
    }

    @Test
    void list_records_carries_dublin_core_and_a_deleted_record_none() throws Exception {
      String all = ask("verb", "ListRecords", "metadataPrefix", "oai_dc");
      for (String id : identifiers(all)) {
        if (!id.equals(withdrawn)) {
          assertThat(all)
              .contains("<dc:title xml:lang=\"en\">Manuscript " + dayOf.get(id) + "</dc:title>");
        }
      }
      String gone =
          ask(
              "verb",
              "GetRecord",
              "identifier",
              "oai:caravan:" + withdrawn,
              "metadataPrefix",
              "oai_dc");
      assertThat(gone).contains("status=\"deleted\"").doesNotContain("<metadata>");
      String one =
          ask(
              "verb",
              "GetRecord",
              "identifier",
              "oai:caravan:" + idOfDay(3),
              "metadataPrefix",
              "oai_dc");
      assertThat(one)
          .contains("<dc:title xml:lang=\"en\">Manuscript 3</dc:title>")
          .contains("<dc:language>Persian</dc:language>")
          .contains("<dc:relation>https://example.org/source</dc:relation>")
          .contains("<datestamp>2026-01-03T10:00:00Z</datestamp>");
    }

    @Test
    void from_and_until_select_by_day_or_by_second() throws Exception {
      String days =
          ask(
              "verb",
              "ListIdentifiers",
              "metadataPrefix",
              "oai_dc",
              "from",
              "2026-01-03",
              "until",
              "2026-01-05");
      // written on the 3rd, 4th and 5th; until a day takes that whole day
      assertThat(identifiers(days)).containsExactlyInAnyOrder(idOfDay(3), idOfDay(4), idOfDay(5));
      assertThat(token(days)).isNull();
      String second =
          ask(
              "verb",
              "ListIdentifiers",
              "metadataPrefix",
              "oai_dc",
              "from",
              "2026-01-04T10:00:00Z",
              "until",
              "2026-01-04T10:00:00Z");
      assertThat(identifiers(second)).containsExactly(idOfDay(4));
      String after =
          ask(
              "verb",
              "ListIdentifiers",
              "metadataPrefix",
              "oai_dc",
              "from",
              "2026-01-04T10:00:01Z",
              "until",
              "2026-01-05T09:59:59Z");
      assertThat(error(after)).isEqualTo("noRecordsMatch");
      // the withdrawal on the 20th is the withdrawn record's datestamp
      String late =
          ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2026-01-13");
      assertThat(identifiers(late)).containsExactly(withdrawn);
    }

    @Test
    void an_edit_moves_a_records_datestamp() throws Exception {
      // on a catalogue of its own: the others read the datestamps as first written
      writeCatalogue(newStore());
      storeClock.set("2026-01-25T12:30:00Z");
      String id = idOfDay(3);
      service.update(id, 1, item("Manuscript 3, corrected"), "tester");
      String since = ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-01-25");
      assertThat(identifiers(since)).containsExactly(id);
      assertThat(since)
          .contains("<datestamp>2026-01-25T12:30:00Z</datestamp>")
          .contains("Manuscript 3, corrected");
    }

    @Test
    void each_bad_verb_and_argument_is_named_by_its_code() throws Exception {
      assertThat(error(ask())).isEqualTo("badVerb");
      assertThat(error(ask("verb", "ListEverything"))).isEqualTo("badVerb");
      assertThat(error(ask("verb", "Identify", "verb", "Identify"))).isEqualTo("badVerb");
      assertThat(error(ask("verb", "Identify", "set", "x"))).isEqualTo("badArgument");
      assertThat(error(ask("verb", "ListRecords"))).isEqualTo("badArgument");
      assertThat(error(ask("verb", "GetRecord", "metadataPrefix", "oai_dc")))
          .isEqualTo("badArgument");
      assertThat(
              error(
                  ask(
                      "verb",
                      "ListRecords",
                      "metadataPrefix",
                      "oai_dc",
                      "metadataPrefix",
                      "oai_dc")))
          .isEqualTo("badArgument");
      assertThat(
              error(ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-13-01")))
          .isEqualTo("badArgument");
      assertThat(
              error(
                  ask(
                      "verb",
                      "ListRecords",
                      "metadataPrefix",
                      "oai_dc",
                      "from",
                      "2026-01-01",
                      "until",
                      "2026-01-02T00:00:00Z")))
          .isEqualTo("badArgument");
      assertThat(
              error(
                  ask(
                      "verb",
                      "ListRecords",
                      "metadataPrefix",
                      "oai_dc",
                      "from",
                      "2026-01-05",
                      "until",
                      "2026-01-01")))
          .isEqualTo("badArgument");
      assertThat(
              error(ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "resumptionToken", "x")))
          .isEqualTo("badArgument");
      assertThat(error(ask("verb", "ListRecords", "metadataPrefix", "marc21")))
          .isEqualTo("cannotDisseminateFormat");
      assertThat(
              error(
                  ask(
                      "verb",
                      "GetRecord",
                      "identifier",
                      "oai:caravan:" + idOfDay(1),
                      "metadataPrefix",
                      "mods")))
          .isEqualTo("cannotDisseminateFormat");
      assertThat(
              error(
                  ask(
                      "verb",
                      "GetRecord",
                      "identifier",
                      "oai:caravan:NOPE",
                      "metadataPrefix",
                      "oai_dc")))
          .isEqualTo("idDoesNotExist");
      assertThat(
              error(ask("verb", "GetRecord", "identifier", idOfDay(1), "metadataPrefix", "oai_dc")))
          .isEqualTo("idDoesNotExist");
      assertThat(error(ask("verb", "ListMetadataFormats", "identifier", "oai:caravan:NOPE")))
          .isEqualTo("idDoesNotExist");
      assertThat(
              error(ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2030-01-01")))
          .isEqualTo("noRecordsMatch");
      // a set none of these records is in, and one the catalogue does not have
      assertThat(
              error(ask("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "COL-KHANATE")))
          .isEqualTo("noRecordsMatch");
      assertThat(
              error(ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "COL-NONE")))
          .isEqualTo("noRecordsMatch");
    }

    @Test
    void the_catalogues_collections_are_sets() throws Exception {
      String sets = ask("verb", "ListSets");
      // data/heritage/collections.csv: three collections, named here in English
      assertThat(sets)
          .contains("<setSpec>COL-HANDOVER-2025</setSpec>")
          .contains("<setSpec>COL-FARABI</setSpec><setName>The heritage of al-Farabi</setName>")
          .contains("<setSpec>COL-KHANATE</setSpec>");
      String farabi =
          ask("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "COL-FARABI");
      assertThat(identifiers(farabi)).containsExactlyInAnyOrder(idOfDay(1), idOfDay(2), idOfDay(3));
      assertThat(farabi).contains("<setSpec>COL-FARABI</setSpec>");
    }

    @Test
    void a_forged_altered_expired_or_misused_token_is_refused() throws Exception {
      String token = token(ask("verb", "ListRecords", "metadataPrefix", "oai_dc")).getTextContent();
      assertThat(error(ask("verb", "ListRecords", "resumptionToken", "not-a-token")))
          .isEqualTo("badResumptionToken");
      // one character changed in the signed part: the signature no longer matches
      char c = token.charAt(3);
      String altered = token.substring(0, 3) + (c == 'A' ? 'B' : 'A') + token.substring(4);
      assertThat(error(ask("verb", "ListRecords", "resumptionToken", altered)))
          .isEqualTo("badResumptionToken");
      // a ListRecords token given to ListIdentifiers
      assertThat(error(ask("verb", "ListIdentifiers", "resumptionToken", token)))
          .isEqualTo("badResumptionToken");
      assertThat(error(ask("verb", "ListSets", "resumptionToken", token)))
          .isEqualTo("badResumptionToken");
      // still good 59 minutes on, refused once its hour has passed
      oaiClock.set("2026-02-01T00:59:00Z");
      assertThat(identifiers(ask("verb", "ListRecords", "resumptionToken", token))).hasSize(5);
      oaiClock.set("2026-02-01T01:00:00Z");
      assertThat(error(ask("verb", "ListRecords", "resumptionToken", token)))
          .isEqualTo("badResumptionToken");
    }
  }

  @Test
  void collections_are_sets_and_select_records() throws Exception {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<PublishedItem> items =
        List.of(
            new PublishedItem(
                "A",
                Map.of("en", "a"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("handover-2025"),
                null,
                t,
                false),
            new PublishedItem(
                "B",
                Map.of("en", "b"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("farabi"),
                null,
                t,
                false));
    Map<String, Map<String, String>> sets =
        Map.of(
            "handover-2025",
            Map.of("en", "The 2025 handover"),
            "farabi",
            Map.of("en", "al-Farabi"));
    OaiPmh repo =
        new OaiPmh(
            () -> items,
            () -> sets,
            Clock.fixed(t, ZoneOffset.UTC),
            5,
            Duration.ofHours(1),
            "a@b.test");
    String listSets = repo.answer(BASE + "/oai", BASE, Map.of("verb", List.of("ListSets")));
    assertThat(OaiRules.problems(listSets)).isEmpty();
    assertThat(listSets).contains("<setSpec>farabi</setSpec><setName>al-Farabi</setName>");
    String inSet =
        repo.answer(
            BASE + "/oai",
            BASE,
            Map.of(
                "verb",
                List.of("ListIdentifiers"),
                "metadataPrefix",
                List.of("oai_dc"),
                "set",
                List.of("farabi")));
    assertThat(OaiRules.problems(inSet)).isEmpty();
    OaiPmh noSets =
        new OaiPmh(
            () -> items,
            Map::of,
            Clock.fixed(t, ZoneOffset.UTC),
            5,
            Duration.ofHours(1),
            "a@b.test");
    assertThat(noSets.answer(BASE + "/oai", BASE, Map.of("verb", List.of("ListSets"))))
        .contains("code=\"noSetHierarchy\"");
    assertThat(
            noSets.answer(
                BASE + "/oai",
                BASE,
                Map.of(
                    "verb",
                    List.of("ListRecords"),
                    "metadataPrefix",
                    List.of("oai_dc"),
                    "set",
                    List.of("x"))))
        .contains("code=\"noSetHierarchy\"");
    assertThat(inSet)
        .contains("oai:caravan:B")
        .doesNotContain("oai:caravan:A")
        .contains("<setSpec>farabi</setSpec>");
  }
}
