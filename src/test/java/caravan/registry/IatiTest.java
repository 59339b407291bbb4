package caravan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.store.RelationalStore;
import caravan.store.TestStores;
import caravan.text.Countries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
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
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class IatiTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-20T09:00:00Z"), ZoneOffset.UTC);

  RegistryService registry;
  RegistryExports exports;

  @BeforeEach
  void setUp() {
    RelationalStore store = TestStores.h2();
    Countries countries = Countries.shipped();
    registry = new RegistryService(store.jdbi(), countries, CLOCK);
    registry.loadShipped();
    exports = new RegistryExports(registry, store.jdbi(), countries, null, CLOCK);
  }

  byte[] export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.exportIati(out);
    return out.toByteArray();
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

  @Test
  void the_shipped_projects_export_validates_against_the_iati_203_schema() throws Exception {
    byte[] xml = export();

    validate(xml);
    // 21 projects in data/registry/projects.csv
    assertThat(xpath(xml, "count(/iati-activities/iati-activity)")).isEqualTo("21");
    assertThat(xpath(xml, "/iati-activities/@version")).isEqualTo("2.03");
  }

  @Test
  void the_solico_project_has_its_identifier_status_date_country_and_amount() throws Exception {
    byte[] xml = export();
    String a = "/iati-activities/iati-activity[iati-identifier='XM-CARAVAN-PRJ-001']";

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
    String a = "/iati-activities/iati-activity[iati-identifier='XM-CARAVAN-PRJ-%s']";

    // PRJ-004 "planned" → IDEA → 1; region "Hormozgan (Bandar Abbas), Iran" → IR; no investor
    // named, investor country Kazakhstan
    assertThat(xpath(xml, a.formatted("004") + "/activity-status/@code")).isEqualTo("1");
    assertThat(xpath(xml, a.formatted("004") + "/activity-date/@type")).isEqualTo("1");
    assertThat(xpath(xml, a.formatted("004") + "/recipient-country/@code")).isEqualTo("IR");
    assertThat(xpath(xml, a.formatted("004") + "/participating-org/narrative"))
        .isEqualTo("Investor not named in the source (KAZ)");
    // PRJ-006 "Mangystau region (KZ); Mazandaran, Gilan (IR)" → both, 50 % each
    assertThat(xpath(xml, "count(" + a.formatted("006") + "/recipient-country[@percentage='50'])"))
        .isEqualTo("2");
    // PRJ-009 "operational since 2014-12-03" → OPERATING → 2
    assertThat(xpath(xml, a.formatted("009") + "/activity-status/@code")).isEqualTo("2");
    // PRJ-003 has no region; investor Iran → KZ
    assertThat(xpath(xml, a.formatted("003") + "/recipient-country/@code")).isEqualTo("KZ");
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
                List.of(new Indicator.Actual(PartialDate.of(2025, 6), new BigDecimal("300"), src)),
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
    String a = "/iati-activities/iati-activity[iati-identifier='XM-CARAVAN-PRJ-001']";
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
