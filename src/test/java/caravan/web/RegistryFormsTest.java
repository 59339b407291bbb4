package caravan.web;

import static org.assertj.core.api.Assertions.assertThat;

import caravan.access.Role;
import caravan.registry.Agreement;
import caravan.registry.CommissionSession;
import caravan.registry.Indicator;
import caravan.registry.Organisation;
import caravan.registry.PartialDate;
import caravan.registry.Project;
import caravan.registry.RegistryFilter;
import caravan.registry.RegistryRecord;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The agreement, project, organisation, commission-session and indicator forms on a real server
 * over the shipped data set: an editor opens each, creates and edits through it (an edit posts back
 * what the form showed, so every field round-trips), and a bad value is shown beside its field with
 * the input kept and nothing written.
 */
class RegistryFormsTest {
  static final String PASSWORD = "caspian-steppe-42";
  static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects

  @RegisterExtension static final TestServer web = new TestServer();
  static String session;

  @BeforeAll
  static void start() throws Exception {
    web.app().access().addUser("dana", PASSWORD.toCharArray(), Role.EDITOR);
    session = signIn();
  }

  // --- agreements ---

  @Test
  void an_editor_creates_an_agreement_with_actions_and_sees_its_derived_status() throws Exception {
    Form form = open("/registry/agreements/new?lang=en");
    assertThat(form.html)
        .contains("id=\"field-titles\"")
        .contains("name=\"titles.en\"")
        .contains("name=\"titles.fa\"")
        .contains("data-readonly=\"status\"")
        .doesNotContain("?registry.");
    form.set("titles.en", "Agreement on International Road Transport");
    form.set("titles.ru", "Соглашение о международном автомобильном сообщении");
    form.set("kind", "agreement");
    form.set("domains", "transport\nroads");
    form.set("signedOn", "2025-12-11");
    form.set("place", "Astana");
    form.set("signatories", "Minister of Transport\nMinister of Roads and Urban Development");
    form.set(
        "actions",
        "signed both 2025-12-11\nratified KAZ 2026-02\nratified IRN 2026-03-10\n"
            + "in_force both 2026-04-01 on receipt of the last note");
    source(form);

    HttpResponse<String> r = form.post("/registry/agreements/new");

    assertThat(r.statusCode()).isEqualTo(303);
    Agreement a = web.app().registry().get(Agreement.class, idIn(r, "AGR"));
    assertThat(a.titles())
        .containsEntry("en", "Agreement on International Road Transport")
        .containsEntry("ru", "Соглашение о международном автомобильном сообщении");
    assertThat(a.domains()).containsExactly("transport", "roads");
    assertThat(a.signedOn()).isEqualTo(PartialDate.of(2025, 12, 11));
    assertThat(a.actions())
        .containsExactly(
            new Agreement.Action(
                Agreement.BOTH, Agreement.ActionType.SIGNED, PartialDate.of(2025, 12, 11), null),
            new Agreement.Action(
                "KAZ", Agreement.ActionType.RATIFIED, PartialDate.of(2026, 2), null),
            new Agreement.Action(
                "IRN", Agreement.ActionType.RATIFIED, PartialDate.of(2026, 3, 10), null),
            new Agreement.Action(
                Agreement.BOTH,
                Agreement.ActionType.IN_FORCE,
                PartialDate.of(2026, 4, 1),
                "on receipt of the last note"));
    assertThat(a.status()).isEqualTo(Agreement.Status.IN_FORCE);
    assertThat(open("/registry/agreements/" + a.id() + "/edit?lang=en").html)
        .contains("data-readonly=\"status\">in force<")
        .contains("in_force both 2026-04-01 on receipt of the last note");
  }

  @Test
  void an_editor_edits_a_shipped_agreement_and_the_rest_of_it_is_kept() throws Exception {
    Agreement before = web.app().registry().get(Agreement.class, "AGR-002");
    Form form = open("/registry/agreements/AGR-002/edit?lang=en");
    form.set("place", "Astana, Akorda");
    form.set("actions", form.get("actions") + "\nratified KAZ 2026-05 law signed");

    HttpResponse<String> r = form.post("/registry/agreements/AGR-002/edit");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    Agreement after = web.app().registry().get(Agreement.class, "AGR-002");
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.place()).isEqualTo("Astana, Akorda");
    assertThat(after.actions()).hasSize(before.actions().size() + 1);
    assertThat(after.actions().subList(0, before.actions().size())).isEqualTo(before.actions());
    assertThat(after.titles()).isEqualTo(before.titles());
    assertThat(after.kind()).isEqualTo(before.kind());
    assertThat(after.signatories()).isEqualTo(before.signatories());
    assertThat(after.sources()).isEqualTo(before.sources());
    assertThat(after.notes()).isEqualTo(before.notes());
  }

  @Test
  void a_bad_action_line_is_named_beside_the_actions_and_nothing_is_written() throws Exception {
    int before = count(Agreement.class);
    Form form = open("/registry/agreements/new?lang=en");
    form.set("titles.en", "Memorandum on customs cooperation");
    form.set("kind", "memorandum");
    form.set("actions", "signed KAZ 2025-12-11\nratifed IRN 2026");

    HttpResponse<String> r = form.post("/registry/agreements/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .containsPattern(
            "(?s)id=\"field-actions\">.*?ratifed IRN 2026</textarea>.*?<p class=\"problem\""
                + " data-field=\"actions\">line 2 'ratifed IRN 2026': unknown action"
                + " 'ratifed': use signed, ratified, in_force")
        .contains("value=\"Memorandum on customs cooperation\"");
    assertThat(count(Agreement.class)).isEqualTo(before);

    form.set("titles.en", "");
    form.set("actions", "signed KAZ 2025-12-11");
    HttpResponse<String> untitled = form.post("/registry/agreements/new");

    assertThat(untitled.statusCode()).isEqualTo(422);
    assertThat(untitled.body())
        .containsPattern(
            "(?s)id=\"field-titles\">.*?<p class=\"problem\" data-field=\"titles\">missing: give"
                + " at least one of en, ru, kk, fa")
        .doesNotContain("id=\"form-problems\"");
    assertThat(count(Agreement.class)).isEqualTo(before);
  }

  @Test
  void a_bad_line_on_a_russian_form_is_named_in_russian() throws Exception {
    // before, the reason stayed English on a Russian page; expected: the ru bundle lines
    // lang.form.line and lang.form.unknownAction filled in by hand
    Form form = open("/registry/agreements/new?lang=ru");
    form.set("titles.en", "Memorandum on customs cooperation");
    form.set("kind", "memorandum");
    form.set("actions", "signed KAZ 2025-12-11\nratifed IRN 2026");

    HttpResponse<String> r = form.post("/registry/agreements/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains(
            "data-field=\"actions\">строка 2 «ratifed IRN 2026»: неизвестное действие «ratifed»:"
                + " используйте signed, ratified, in_force");
  }

  @Test
  void a_missing_title_on_a_russian_form_is_named_in_russian() throws Exception {
    // before, a record's own problems stayed English on a Russian page ("title: missing");
    // expected: the ru bundle lines lang.rec.missing and lang.rec.currencyMissing, by hand
    Form form = open("/registry/projects/new?lang=ru");
    form.set("amountLow", "1000");
    source(form);

    HttpResponse<String> r = form.post("/registry/projects/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("data-field=\"title\">отсутствует<")
        .contains("data-field=\"currency\">отсутствует: для суммы нужна валюта, например USD<")
        .doesNotContain("missing");
  }

  // --- projects ---

  @Test
  void a_source_that_is_not_a_web_address_is_refused_and_nothing_is_written() throws Exception {
    // issue 11 §3: a javascript: source would run when a reader follows it from the page
    int before = count(Agreement.class);
    Form form = open("/registry/agreements/new?lang=en");
    form.set("titles.en", "Memorandum on customs cooperation");
    form.set("kind", "memorandum");
    source(form);
    form.set("sourceUrl", "javascript:alert(document.cookie)");

    HttpResponse<String> r = form.post("/registry/agreements/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("is not a web address: give an http:// or https:// link")
        .doesNotContain("href=\"javascript:");
    assertThat(count(Agreement.class)).isEqualTo(before);
  }

  @Test
  void an_editor_creates_a_project_with_investors_stages_and_a_place() throws Exception {
    Form form = open("/registry/projects/new?lang=en");
    form.set("title", "Aktau grain terminal");
    form.set("investors", "Caspian Grain LLP; operator; KAZ\nPars Logistics; investor; irn");
    form.set("sectorCode", "5224");
    form.set("sectorText", "cargo handling");
    form.set("region", "Mangystau region");
    form.set("amountLow", "100000000");
    form.set("amountHigh", "150000000.50");
    form.set("currency", "usd");
    form.set("budgets", "2026 40000000 USD\n2027 60000000");
    form.set("stages", "idea 2024 first talks\nagreed 2025-06\nconstruction ? site works started");
    form.set("jobs", "350");
    form.set("latitude", "43.65");
    form.set("longitude", "51.17");
    source(form);

    HttpResponse<String> r = form.post("/registry/projects/new");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    Project p = web.app().registry().get(Project.class, idIn(r, "PRJ"));
    assertThat(p.title()).isEqualTo("Aktau grain terminal");
    assertThat(p.investors())
        .containsExactly(
            new Project.Investor("Caspian Grain LLP", "operator", "KAZ"),
            new Project.Investor("Pars Logistics", "investor", "IRN"));
    assertThat(p.amountLow()).isEqualByComparingTo("100000000");
    assertThat(p.amountHigh()).isEqualByComparingTo("150000000.50");
    assertThat(p.currency()).isEqualTo("USD");
    assertThat(p.budgets()).extracting(Project.Budget::year).containsExactly(2026, 2027);
    assertThat(p.budgets().get(0).amount()).isEqualByComparingTo("40000000");
    assertThat(p.budgets().get(1).amount()).isEqualByComparingTo("60000000");
    assertThat(p.budgets()).extracting(Project.Budget::currency).containsExactly("USD", null);
    assertThat(p.stages())
        .containsExactly(
            new Project.StageChange(Project.Stage.IDEA, PartialDate.of(2024), "first talks"),
            new Project.StageChange(Project.Stage.AGREED, PartialDate.of(2025, 6), null),
            new Project.StageChange(Project.Stage.CONSTRUCTION, null, "site works started"));
    assertThat(p.jobs()).isEqualTo(350);
    assertThat(p.latitude()).isEqualTo(43.65);
    assertThat(p.longitude()).isEqualTo(51.17);
  }

  @Test
  void an_editor_edits_a_shipped_project_and_the_rest_of_it_is_kept() throws Exception {
    Project before = web.app().registry().get(Project.class, "PRJ-001");
    Form form = open("/registry/projects/PRJ-001/edit?lang=en");
    form.set("jobs", "420");

    HttpResponse<String> r = form.post("/registry/projects/PRJ-001/edit");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    Project after = web.app().registry().get(Project.class, "PRJ-001");
    assertThat(after.jobs()).isEqualTo(420);
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.title()).isEqualTo(before.title());
    assertThat(after.investors()).isEqualTo(before.investors());
    assertThat(after.stages()).isEqualTo(before.stages());
    assertThat(after.budgets()).isEqualTo(before.budgets());
    assertThat(after.currency()).isEqualTo(before.currency());
    assertThat(after.amountLow()).isEqualByComparingTo(before.amountLow());
    assertThat(after.amountHigh()).isEqualByComparingTo(before.amountHigh());
    assertThat(after.sources()).isEqualTo(before.sources());
  }

  @Test
  void a_bad_stage_line_is_named_beside_the_stages_and_nothing_is_written() throws Exception {
    Project before = web.app().registry().get(Project.class, "PRJ-002");
    Form form = open("/registry/projects/PRJ-002/edit?lang=en");
    form.set("stages", "operating 2025-11\nbuildng 2026");

    HttpResponse<String> r = form.post("/registry/projects/PRJ-002/edit");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .containsPattern(
            "(?s)id=\"field-stages\">.*?buildng 2026</textarea>.*?<p class=\"problem\""
                + " data-field=\"stages\">line 2 'buildng 2026': unknown stage"
                + " 'buildng': use idea, agreed");
    assertThat(web.app().registry().get(Project.class, "PRJ-002")).isEqualTo(before);
  }

  // --- organisations ---

  @Test
  void an_editor_creates_and_edits_an_organisation() throws Exception {
    Form form = open("/registry/organisations/new?lang=en");
    assertThat(form.html).contains("name=\"names.kk\"");
    form.set("names.en", "Aktau Sea Trade Port");
    form.set("names.kk", "Ақтау халықаралық теңіз сауда порты");
    form.set("country", "kaz");
    form.set("kind", "port operator");
    form.set("region", "Mangystau region");
    form.set("role", "Caspian gateway");
    form.set("hsCodes", "1001, 100199");
    form.set("sectors", "ports\nlogistics");
    form.set("contacts", "https://www.portaktau.kz");
    source(form);

    HttpResponse<String> created = form.post("/registry/organisations/new");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String id = idIn(created, "ORG");
    Organisation o = web.app().registry().get(Organisation.class, id);
    assertThat(o.names())
        .containsEntry("en", "Aktau Sea Trade Port")
        .containsEntry("kk", "Ақтау халықаралық теңіз сауда порты");
    assertThat(o.country()).isEqualTo("KAZ");
    assertThat(o.hsCodes()).containsExactly("1001", "100199");
    assertThat(o.sectors()).containsExactly("ports", "logistics");

    Form edit = open("/registry/organisations/" + id + "/edit?lang=en");
    edit.set("role", "Main Caspian gateway to Iran");
    HttpResponse<String> edited = edit.post("/registry/organisations/" + id + "/edit");

    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
    Organisation after = web.app().registry().get(Organisation.class, id);
    assertThat(after.role()).isEqualTo("Main Caspian gateway to Iran");
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.names()).isEqualTo(o.names());
    assertThat(after.hsCodes()).isEqualTo(o.hsCodes());
    assertThat(after.contacts()).isEqualTo(o.contacts());
    assertThat(after.sources()).isEqualTo(o.sources());
  }

  @Test
  void an_editor_edits_a_shipped_organisation() throws Exception {
    Organisation before = web.app().registry().get(Organisation.class, "ORG-002");
    Form form = open("/registry/organisations/ORG-002/edit?lang=en");
    form.set("region", "Astana and Tehran");

    HttpResponse<String> r = form.post("/registry/organisations/ORG-002/edit");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    Organisation after = web.app().registry().get(Organisation.class, "ORG-002");
    assertThat(after.region()).isEqualTo("Astana and Tehran");
    assertThat(after.names()).isEqualTo(before.names());
    assertThat(after.countryNote()).isEqualTo(before.countryNote());
    assertThat(after.sources()).isEqualTo(before.sources());
  }

  @Test
  void a_bad_hs_code_is_shown_beside_its_field_and_nothing_is_written() throws Exception {
    int before = count(Organisation.class);
    Form form = open("/registry/organisations/new?lang=en");
    form.set("names.en", "Caspian Fish Export");
    form.set("kind", "company");
    form.set("hsCodes", "0302, 12345");

    HttpResponse<String> r = form.post("/registry/organisations/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .containsPattern(
            "(?s)id=\"field-hsCodes\">.*?value=\"0302, 12345\".*?<p class=\"problem\""
                + " data-field=\"hsCodes\">bad HS code '12345'");
    assertThat(count(Organisation.class)).isEqualTo(before);
  }

  // --- commission sessions ---

  @Test
  void an_editor_creates_and_edits_a_commission_session() throws Exception {
    Form form = open("/registry/sessions/new?lang=en");
    form.set("number", "40");
    form.set("startDate", "2027-05-12");
    form.set("endDate", "2027-05-13");
    form.set("place", "Tehran");
    form.set("coChairs.KAZ", "Minister of Trade and Integration");
    form.set("coChairs.IRN", "Minister of Roads and Urban Development");
    form.set("outcomes", "Road map on transit; protocol signed");
    source(form);

    HttpResponse<String> created = form.post("/registry/sessions/new");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/registry/sessions/SES-40?lang=en");
    CommissionSession s = web.app().registry().get(CommissionSession.class, "SES-40");
    assertThat(s.startDate()).isEqualTo(PartialDate.of(2027, 5, 12));
    assertThat(s.coChair("IRN")).isEqualTo("Minister of Roads and Urban Development");

    Form edit = open("/registry/sessions/SES-12/edit?lang=en");
    CommissionSession shipped = web.app().registry().get(CommissionSession.class, "SES-12");
    edit.set("coChairs.KAZ", "Minister of Industry and New Technologies");
    HttpResponse<String> edited = edit.post("/registry/sessions/SES-12/edit");

    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
    CommissionSession after = web.app().registry().get(CommissionSession.class, "SES-12");
    assertThat(after.coChair("KAZ")).isEqualTo("Minister of Industry and New Technologies");
    assertThat(after.coChair("IRN")).isEqualTo(shipped.coChair("IRN"));
    assertThat(after.startDate()).isEqualTo(shipped.startDate());
    assertThat(after.outcomes()).isEqualTo(shipped.outcomes());
    assertThat(after.notes()).isEqualTo(shipped.notes());
    assertThat(after.sources()).isEqualTo(shipped.sources());
  }

  @Test
  void an_end_before_the_start_is_shown_beside_the_end_and_nothing_is_written() throws Exception {
    int before = count(CommissionSession.class);
    Form form = open("/registry/sessions/new?lang=en");
    form.set("number", "41");
    form.set("startDate", "2028-03");
    form.set("endDate", "2028-01");
    form.set("place", "Almaty");

    HttpResponse<String> r = form.post("/registry/sessions/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .containsPattern(
            "(?s)id=\"field-endDate\">.*?value=\"2028-01\".*?<p class=\"problem\""
                + " data-field=\"endDate\">2028-01 is before the start 2028-03")
        .contains("value=\"Almaty\"");
    assertThat(count(CommissionSession.class)).isEqualTo(before);
  }

  // --- indicators ---

  @Test
  void an_editor_creates_an_indicator_with_actuals_and_edits_it() throws Exception {
    Form form = open("/registry/indicators/new?lang=en");
    assertThat(form.html).contains("value=\"FLOW_PER_PERIOD\"").contains("value=\"STOCK\"");
    form.set("indicator", "trade_turnover");
    form.set("title", "Bilateral trade turnover");
    form.set("unit", "USD");
    form.set("aggregation", "FLOW_PER_PERIOD");
    form.set("baseline", "340000000");
    form.set("baselineYear", "2024");
    form.set("target", "2000000000");
    form.set("targetYear", "2030");
    form.set(
        "actuals",
        "2024 340000000 https://stat.gov.kz/trade-2024\n"
            + "2025-06 180000000.5 https://stat.gov.kz/trade-2025h1 2025-07-20 Turnover in the"
            + " first half");
    source(form);

    HttpResponse<String> created = form.post("/registry/indicators/new");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String id = idIn(created, "IND");
    Indicator i = web.app().registry().get(Indicator.class, id);
    assertThat(i.aggregation()).isEqualTo(Indicator.Aggregation.FLOW_PER_PERIOD);
    assertThat(i.baseline()).isEqualByComparingTo("340000000");
    assertThat(i.targetYear()).isEqualTo(2030);
    assertThat(i.actuals()).hasSize(2);
    assertThat(i.actuals().get(0).period()).isEqualTo(PartialDate.of(2024));
    assertThat(i.actuals().get(0).value()).isEqualByComparingTo("340000000");
    assertThat(i.actuals().get(0).source().url()).isEqualTo("https://stat.gov.kz/trade-2024");
    assertThat(i.actuals().get(1).value()).isEqualByComparingTo("180000000.5");
    assertThat(i.actuals().get(1).source().date()).isEqualTo(PartialDate.of(2025, 7, 20));
    assertThat(i.actuals().get(1).source().quote()).isEqualTo("Turnover in the first half");

    Form edit = open("/registry/indicators/" + id + "/edit?lang=en");
    edit.set("target", "3000000000");
    HttpResponse<String> edited = edit.post("/registry/indicators/" + id + "/edit");

    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
    Indicator after = web.app().registry().get(Indicator.class, id);
    assertThat(after.target()).isEqualByComparingTo("3000000000");
    assertThat(after.actuals()).isEqualTo(i.actuals());
    assertThat(after.baselineYear()).isEqualTo(2024);
    assertThat(after.sources()).isEqualTo(i.sources());
  }

  @Test
  void a_bad_actual_value_is_named_beside_the_actuals_and_nothing_is_written() throws Exception {
    int before = count(Indicator.class);
    Form form = open("/registry/indicators/new?lang=en");
    form.set("indicator", "accumulated_investment");
    form.set("unit", "USD");
    form.set("aggregation", "STOCK");
    form.set("actuals", "2024 lots https://example.org/fdi");

    HttpResponse<String> r = form.post("/registry/indicators/new");

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .containsPattern(
            "(?s)id=\"field-actuals\">.*?2024 lots https://example.org/fdi</textarea>.*?<p"
                + " class=\"problem\" data-field=\"actuals\">line 1 '2024 lots"
                + " https://example.org/fdi': value: 'lots' is not a number")
        .containsPattern("<option value=\"STOCK\" selected");
    assertThat(count(Indicator.class)).isEqualTo(before);
  }

  @Test
  void every_new_form_answers_in_russian_without_missing_words() throws Exception {
    for (String slug :
        List.of("agreements", "projects", "organisations", "sessions", "indicators")) {
      HttpResponse<String> r = get("/registry/" + slug + "/new?lang=ru", session);
      assertThat(r.statusCode()).as(slug).isEqualTo(200);
      assertThat(r.body()).as(slug).doesNotContain("?registry.").contains("class=\"hint\"");
      assertThat(get("/registry/" + slug + "?lang=en", session).body())
          .as(slug)
          .contains("/registry/" + slug + "/new");
    }
  }

  // --- helpers ---

  static void source(Form form) {
    form.set("sourceUrl", "https://example.org/registry-source");
    form.set("sourceDate", "2025-12-12");
    form.set("sourceQuote", "As reported.");
  }

  static int count(Class<? extends RegistryRecord> type) {
    return web.app().registry().list(type, RegistryFilter.ALL).size();
  }

  static String idIn(HttpResponse<String> r, String prefix) {
    String location = r.headers().firstValue("Location").orElseThrow();
    Matcher m = Pattern.compile("/(" + prefix + "-[0-9A-Z]+)\\?").matcher(location);
    assertThat(m.find()).as(location).isTrue();
    return m.group(1);
  }

  /** A form as the page showed it: every named input, textarea and select with its value. */
  static final class Form {
    final String html;
    final List<String[]> fields = new ArrayList<>();

    Form(String html) {
      this.html = html;
      String form = html.substring(html.indexOf("id=\"registry-form\""));
      Matcher m =
          Pattern.compile(
                  "(?s)<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\""
                      + "|<textarea[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</textarea>"
                      + "|<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>")
              .matcher(form);
      while (m.find()) {
        if (m.group(1) != null) {
          fields.add(new String[] {m.group(1), unescape(m.group(2))});
        } else if (m.group(3) != null) {
          fields.add(new String[] {m.group(3), unescape(m.group(4))});
        } else {
          Matcher o =
              Pattern.compile("<option value=\"([^\"]*)\" selected[ >]").matcher(m.group(6));
          fields.add(new String[] {m.group(5), o.find() ? unescape(o.group(1)) : ""});
        }
      }
    }

    String get(String name) {
      return fields.stream().filter(f -> f[0].equals(name)).findFirst().orElseThrow()[1];
    }

    /** Sets the first field of that name whose value is blank, or the only one. */
    void set(String name, String value) {
      List<String[]> named = fields.stream().filter(f -> f[0].equals(name)).toList();
      assertThat(named).as("field " + name).isNotEmpty();
      String[] target =
          named.size() == 1
              ? named.get(0)
              : named.stream().filter(f -> f[1].isEmpty()).findFirst().orElse(named.get(0));
      target[1] = value;
    }

    HttpResponse<String> post(String path) throws Exception {
      String body =
          fields.stream()
              .map(
                  f ->
                      URLEncoder.encode(f[0], StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(web.base() + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", "caravan_session=" + session)
              .POST(HttpRequest.BodyPublishers.ofString(body));
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  static Form open(String path) throws Exception {
    HttpResponse<String> r = get(path, session);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return new Form(r.body());
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("'", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  static String signIn() throws Exception {
    HttpResponse<String> page = get("/signin", null);
    String signin = AccessRoutesTest.cookie(page, "caravan_signin");
    String body =
        Map.of("_csrf", signin, "name", "dana", "password", PASSWORD).entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "caravan_signin=" + signin)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    return AccessRoutesTest.cookie(r, "caravan_session");
  }

  static HttpResponse<String> get(String path, String session) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base() + path));
    if (session != null) b.header("Cookie", "caravan_session=" + session);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
