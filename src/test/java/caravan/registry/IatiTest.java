package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import caravan.figures.FiguresService;
import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import caravan.text.InvalidValueException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The IATI export, the same on H2 and on a real (embedded) PostgreSQL. */
class IatiTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);

  /** A test publisher: the identifier is the test's, never a default of Caravan's. */
  static final String REF = "XM-TEST";

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

  /** The shipped projects.csv rows, read plainly (header names as keys). */
  static List<Map<String, String>> projectRows() throws IOException {
    try (var csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .ofNamedCsvRecord(Path.of("data/registry/projects.csv"))) {
      return csv.stream().map(r -> r.getFieldsAsMap()).toList();
    }
  }

  static List<String> undatedProjectIds() throws IOException {
    return projectRows().stream()
        .filter(r -> r.get("year").isBlank() && r.get("source_date").isBlank())
        .map(r -> r.get("id"))
        .toList();
  }

  /** The copied 2.03 schema; its imports (iati-common.xsd, xml.xsd) resolve next to it. */
  static void validate(byte[] xml) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    URL xsd = IatiTest.class.getResource("/iati-2.03/iati-activities-schema.xsd");
    Schema schema = f.newSchema(xsd);
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  static String xpath(byte[] xml, String expression) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    XPath x = XPathFactory.newInstance().newXPath();
    return x.evaluate(expression, doc);
  }

  abstract static class Contract {
    abstract RelationalStore newStore();

    RegistryService registry;
    RegistryExports exports;
    IatiExport report;

    @BeforeEach
    void setUp() {
      RelationalStore store = newStore();
      Countries countries = Countries.shipped();
      registry = new RegistryService(store.jdbi(), countries, CLOCK);
      registry.loadShipped();
      exports = new RegistryExports(registry, store.jdbi(), countries, null, CLOCK);
    }

    byte[] export() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      report = exports.exportIati(out, REF, "Test publisher");
      return out.toByteArray();
    }

    @Test
    void the_shipped_projects_export_validates_against_the_iati_203_schema() throws Exception {
      byte[] xml = export();

      validate(xml);
      // every projects.csv row except those with neither a year nor a source date (counted from
      // the CSV by a plain read): those have no date at all and are left out, named in the report
      List<String> undated = undatedProjectIds();
      int written = projectRows().size() - undated.size();
      assertThat(xpath(xml, "count(/iati-activities/iati-activity)")).isEqualTo("" + written);
      assertThat(report.activities()).isEqualTo(written);
      assertThat(report.leftOut()).hasSize(undated.size());
      for (String id : undated) {
        assertThat(report.leftOut()).anyMatch(l -> l.startsWith(id + " "));
        assertThat(xpath(xml, "count(//iati-activity[iati-identifier='" + REF + "-" + id + "'])"))
            .isEqualTo("0");
      }
      assertThat(xpath(xml, "/iati-activities/@version")).isEqualTo("2.03");
    }

    @Test
    void every_activity_date_is_one_its_source_gives_never_the_export_date() throws Exception {
      byte[] xml = export();

      for (Map<String, String> row : projectRows()) {
        String a =
            "/iati-activities/iati-activity[iati-identifier='" + REF + "-" + row.get("id") + "']";
        if (xpath(xml, "count(" + a + ")").equals("0")) continue;
        String iso = xpath(xml, a + "/activity-date/@iso-date");
        // what the row itself gives: its year's first or last day, or its source date (a month
        // only: that month's last day, the reported-by bound)
        List<String> given = new java.util.ArrayList<>();
        if (!row.get("year").isBlank()) {
          given.add(row.get("year") + "-01-01");
          given.add(row.get("year") + "-12-31");
        }
        String d = row.get("source_date");
        if (d.length() == 10) given.add(d);
        if (d.length() == 7) given.add(PartialDate.parse(d).end().toString());
        if (d.length() == 4) given.add(d + "-12-31");
        assertThat(given).as(row.get("id")).contains(iso);
        assertThat(iso).isNotEqualTo("2025-12-20"); // the export date (CLOCK)
      }
    }

    @Test
    void a_pipeline_project_gets_its_reported_by_date_and_the_narrative_says_so() throws Exception {
      byte[] xml = export();
      String a = "/iati-activities/iati-activity[iati-identifier='" + REF + "-PRJ-004']";

      // projects.csv PRJ-004: stage "planned", year 2025, source of 2025-12-11: the earliest
      // reported-by day is 2025-12-11 (the year 2025 ends later, on 2025-12-31)
      assertThat(xpath(xml, a + "/activity-date/@type")).isEqualTo("2");
      assertThat(xpath(xml, a + "/activity-date/@iso-date")).isEqualTo("2025-12-11");
      assertThat(xpath(xml, a + "/activity-date/narrative"))
          .startsWith("Start not stated")
          .contains("had started by 2025-12-11");
    }

    @Test
    void a_stated_target_linked_to_a_project_reaches_iati_as_a_result() throws Exception {
      RelationalStore store = newStore();
      FiguresService figures = new FiguresService(store.jdbi());
      figures.loadShipped();
      RegistryService linked =
          new RegistryService(
              store.jdbi(),
              Countries.shipped(),
              CLOCK,
              null,
              new TargetFigures(figures, "KAZ", "IRN"));
      linked.loadShipped();
      linked.loadStatedTargets(figures, "KAZ", "IRN");
      Source src = new Source("https://example.org/p", PartialDate.of(2025, 12, 11), "agreed");
      linked.create(
          new Decision(
              null,
              0,
              19,
              "8",
              "Grow trade through the cheese plant",
              Map.of(),
              null,
              Decision.Status.IN_PROGRESS,
              List.of(),
              List.of(
                  new Decision.Link(Decision.LinkType.PROJECT, "PRJ-001"),
                  new Decision.Link(Decision.LinkType.INDICATOR, "IND-TRADE-TURNOVER")),
              null,
              List.of(src)),
          "alice");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new RegistryExports(linked, store.jdbi(), Countries.shipped(), null, CLOCK)
          .exportIati(out, REF, "Test publisher");
      byte[] xml = out.toByteArray();

      validate(xml);
      String r = "/iati-activities/iati-activity[iati-identifier='" + REF + "-PRJ-001']/result";
      // S02 in stated-figures.csv: 3000 USD_million, no year stated
      assertThat(xpath(xml, r + "/title/narrative")).isEqualTo("Trade turnover target");
      assertThat(xpath(xml, r + "/indicator/description/narrative"))
          .isEqualTo(
              "Target as stated: 3000 USD_million; no year was stated, so no target period is given");
    }

    @Test
    void without_a_reporting_organisation_nothing_is_written() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThatThrownBy(() -> exports.exportIati(out, null, null))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("--reporting-org-ref");
      assertThatThrownBy(() -> exports.exportIati(out, REF, " "))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("--reporting-org-name");
      assertThat(out.size()).isZero();
    }

    @Test
    void the_reporting_organisation_is_the_one_given() throws Exception {
      byte[] xml = export();
      assertThat(xpath(xml, "/iati-activities/iati-activity[1]/reporting-org/@ref")).isEqualTo(REF);
      assertThat(xpath(xml, "/iati-activities/iati-activity[1]/reporting-org/narrative"))
          .isEqualTo("Test publisher");
      assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
          .doesNotContain("CARAVAN");
    }

    @Test
    void the_solico_project_has_its_identifier_status_date_country_and_amount() throws Exception {
      byte[] xml = export();
      String a = "/iati-activities/iati-activity[iati-identifier='XM-TEST-PRJ-001']";

      // projects.csv PRJ-001: stage "construction started …" → CONSTRUCTION → 2 Implementation;
      // year 2025 → actual start 2025-01-01; region "Almaty region" → KZ; amount
      // 100000000-150000000 USD → committed (construction), the low bound reported
      assertThat(xpath(xml, "count(" + a + ")")).isEqualTo("1");
      assertThat(xpath(xml, a + "/activity-status/@code")).isEqualTo("2");
      assertThat(xpath(xml, a + "/activity-date/@type")).isEqualTo("2");
      assertThat(xpath(xml, a + "/activity-date/@iso-date")).isEqualTo("2025-01-01");
      assertThat(xpath(xml, a + "/recipient-country/@code")).isEqualTo("KZ");
      assertThat(xpath(xml, a + "/participating-org/@role")).isEqualTo("1");
      assertThat(xpath(xml, a + "/participating-org/narrative")).isEqualTo("Solico Group");
      assertThat(xpath(xml, a + "/transaction/transaction-type/@code")).isEqualTo("11");
      assertThat(xpath(xml, a + "/transaction/value")).isEqualTo("100000000");
      assertThat(xpath(xml, a + "/transaction/value/@currency")).isEqualTo("USD");
      assertThat(xpath(xml, a + "/transaction/description/narrative"))
          .startsWith("Investment as stated: 100000000–150000000 USD (the low bound is reported)");
      assertThat(xpath(xml, a + "/sector/@vocabulary")).isEqualTo("99");
      assertThat(xpath(xml, a + "/sector/@code")).isEqualTo("agri-food-dairy");
      assertThat(xpath(xml, a + "/document-link/@url"))
          .startsWith("https://www.inform.kz/ru/iranskaya-kompaniya");
      assertThat(xpath(xml, a + "/document-link/document-date/@iso-date")).isEqualTo("2025-12-11");
    }

    @Test
    void status_and_countries_follow_the_stage_and_the_region() throws Exception {
      byte[] xml = export();
      String a = "/iati-activities/iati-activity[iati-identifier='XM-TEST-PRJ-%s']";

      // PRJ-004 "planned" → IDEA → 1; region "Hormozgan (Bandar Abbas), Iran" → IR; no investor
      // named, investor country Kazakhstan
      assertThat(xpath(xml, a.formatted("004") + "/activity-status/@code")).isEqualTo("1");
      assertThat(xpath(xml, a.formatted("004") + "/recipient-country/@code")).isEqualTo("IR");
      assertThat(xpath(xml, a.formatted("004") + "/participating-org/narrative"))
          .isEqualTo("Investor not named in the source (KAZ)");
      // PRJ-006 "Mangystau region (KZ); Mazandaran, Gilan (IR)" → both, 50 % each
      assertThat(
              xpath(xml, "count(" + a.formatted("006") + "/recipient-country[@percentage='50'])"))
          .isEqualTo("2");
      // PRJ-009 "operational since 2014-12-03" → OPERATING → 2
      assertThat(xpath(xml, a.formatted("009") + "/activity-status/@code")).isEqualTo("2");
      // PRJ-003 has no region; investor Iran → KZ
      assertThat(xpath(xml, a.formatted("003") + "/recipient-country/@code")).isEqualTo("KZ");
    }

    /** A KAZ-TUR project: one Kazakh investor, the given region, agreed in 2024-09. */
    Project kazTurProject(String title, String region, String investorCountry) {
      Source src = new Source("https://example.org/kaz-tur", PartialDate.of(2024, 9, 2), "agreed");
      return registry.create(
          new Project(
              null,
              0,
              title,
              List.of(new Project.Investor(title + " investor", "investor", investorCountry)),
              null,
              "Grain",
              region,
              null,
              null,
              null,
              List.of(),
              List.of(
                  new Project.StageChange(
                      Project.Stage.AGREED, PartialDate.of(2024, 9, 2), "agreed")),
              null,
              null,
              null,
              null,
              List.of(src),
              Pair.of("KAZ-TUR")),
          "alice");
    }

    @Test
    void a_kaz_tur_project_names_a_side_of_its_own_pair_as_recipient() throws Exception {
      // by hand: a region naming no place sends a Kazakh investment to the pair's other side,
      // Türkiye (TR), not Iran; a region naming "Türkiye" (the UN's English name) gives TR; one
      // naming both countries gives both sides, 50 % each
      Project kazInvests = kazTurProject("Grain terminal", "Mersin port", "KAZ");
      Project named = kazTurProject("Flour mill", "Konya, Türkiye", "TUR");
      Project both = kazTurProject("Grain corridor", "Kazakhstan and Türkiye", "KAZ");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exports.exportIati(Pair.of("KAZ-TUR"), out, REF, "Test publisher");
      byte[] xml = out.toByteArray();

      validate(xml);
      String a = "/iati-activities/iati-activity[iati-identifier='" + REF + "-%s']";
      assertThat(xpath(xml, a.formatted(kazInvests.id()) + "/recipient-country/@code"))
          .isEqualTo("TR");
      assertThat(xpath(xml, a.formatted(named.id()) + "/recipient-country/@code")).isEqualTo("TR");
      assertThat(xpath(xml, "count(" + a.formatted(both.id()) + "/recipient-country)"))
          .isEqualTo("2");
      assertThat(
              xpath(xml, a.formatted(both.id()) + "/recipient-country[@percentage='50'][2]/@code"))
          .isEqualTo("TR");
      assertThat(xpath(xml, "count(//recipient-country[@code='IR'])")).isEqualTo("0");
    }

    @Test
    void an_indicator_linked_by_a_decision_becomes_a_valid_result_with_nace_and_budget()
        throws Exception {
      Project solico = registry.get(Project.class, "PRJ-001");
      registry.update(
          "PRJ-001",
          solico.version(),
          new Project(
              null,
              0,
              solico.title(),
              solico.investors(),
              "10.51",
              solico.sectorText(),
              solico.region(),
              solico.amountLow(),
              solico.amountHigh(),
              solico.currency(),
              List.of(new Project.Budget(2026, new BigDecimal("50000000"), "USD")),
              solico.stages(),
              300,
              null,
              null,
              solico.notes(),
              solico.sources()),
          "alice");
      Source src = new Source("https://example.org/p", PartialDate.of(2023, 12, 4), "agreed");
      Indicator ind =
          registry.create(
              new Indicator(
                  null,
                  0,
                  "cheese_output",
                  "Cheese output",
                  "tonnes",
                  Indicator.Aggregation.FLOW_PER_PERIOD,
                  new BigDecimal("0"),
                  2024,
                  new BigDecimal("1200"),
                  2027,
                  null,
                  List.of(
                      new Indicator.Actual(PartialDate.of(2025, 6), new BigDecimal("300"), src)),
                  null,
                  List.of(src)),
              "alice");
      registry.create(
          new Decision(
              null,
              0,
              19,
              "7",
              "Launch the cheese plant",
              Map.of(),
              null,
              Decision.Status.IN_PROGRESS,
              List.of(),
              List.of(
                  new Decision.Link(Decision.LinkType.PROJECT, "PRJ-001"),
                  new Decision.Link(Decision.LinkType.INDICATOR, ind.id())),
              null,
              List.of(src)),
          "alice");

      byte[] xml = export();
      validate(xml);
      String a = "/iati-activities/iati-activity[iati-identifier='XM-TEST-PRJ-001']";
      assertThat(xpath(xml, a + "/sector/@vocabulary")).isEqualTo("4");
      assertThat(xpath(xml, a + "/sector/@code")).isEqualTo("10.51");
      assertThat(xpath(xml, a + "/budget/period-end/@iso-date")).isEqualTo("2026-12-31");
      assertThat(xpath(xml, a + "/budget/value")).isEqualTo("50000000");
      assertThat(xpath(xml, a + "/result/indicator/title/narrative"))
          .isEqualTo("Cheese output (tonnes)");
      assertThat(xpath(xml, a + "/result/indicator/baseline/@year")).isEqualTo("2024");
      assertThat(xpath(xml, a + "/result/indicator/period[1]/target/@value")).isEqualTo("1200");
      // the actual of 2025-06 covers 2025-06-01..2025-06-30
      assertThat(xpath(xml, a + "/result/indicator/period[2]/period-end/@iso-date"))
          .isEqualTo("2025-06-30");
      assertThat(xpath(xml, a + "/result/indicator/period[2]/actual/@value")).isEqualTo("300");
    }
  }
}
